import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { t, type MessageKey } from "~/lib/i18n";
import { panelAssignments } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";

export const meta: MetaFunction = () => [{ title: `${t("homes.panel.title")} – ${t("brand.appName")}` }];

/** The panel member's home: the applications assigned to them, and what each needs (declare, score, done). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "panel.view");
  const assignments = await panelAssignments(user);
  return {
    assignments,
    toDeclare: assignments.filter((a) => a.task === "declare").length,
    toScore: assignments.filter((a) => a.task === "score" || a.task === "draft").length,
  };
}

export default function PanelHome() {
  const { assignments, toDeclare, toScore } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("homes.panel.title")}</h1>
      <p>{t("grantsPanel.home.intro")}</p>
      {assignments.length === 0 ? (
        <p>{t("grantsPanel.home.none")}</p>
      ) : (
        <>
          <ul>
            <li>{t("grantsPanel.home.toDeclare", { count: toDeclare })}</li>
            <li>{t("grantsPanel.home.toScore", { count: toScore })}</li>
          </ul>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("grantsPanel.home.col.reference")}</th>
                <th scope="col">{t("grantsPanel.home.col.round")}</th>
                <th scope="col">{t("grantsPanel.home.col.organisation")}</th>
                <th scope="col">{t("grantsPanel.home.col.todo")}</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.task === "recused" ? a.reference : <Link to={`/panel/applications/${a.id}`}>{a.reference}</Link>}
                  </th>
                  <td>{a.round.title}</td>
                  <td>{a.organisation}</td>
                  <td>{t(`grantsPanel.home.task.${a.task}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
