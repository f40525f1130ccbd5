import { CafeStatusTag } from "~/components/auth/CafeStatusTag";
import { t } from "~/lib/i18n";

export type CafeTableRow = { id: string; name: string; place: string; status: string; organisation?: string };

/** A table of cafés: name, (operator), where, status. */
export function CafeTable({ cafes, withOrganisation = false }: { cafes: CafeTableRow[]; withOrganisation?: boolean }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t("homes.col.cafe")}</th>
          {withOrganisation ? <th scope="col">{t("homes.col.organisation")}</th> : null}
          <th scope="col">{t("homes.col.town")}</th>
          <th scope="col">{t("homes.col.status")}</th>
        </tr>
      </thead>
      <tbody>
        {cafes.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            {withOrganisation ? <td>{c.organisation}</td> : null}
            <td>{c.place}</td>
            <td>
              <CafeStatusTag status={c.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
