import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { CafeNav } from "~/components/manage/CafeNav";
import { BackLink } from "~/components/manage/BackLink";
import { t } from "~/lib/i18n";
import { getCafeHeading } from "~/modules/cafe/index.server";
import { can } from "~/modules/identity";
import { requireCafe } from "~/modules/identity/index.server";
import manageStyles from "~/styles/manage.css";

/** The frame of one café's management pages: its name, whether this user may change it, and the sections. */
export const links: LinksFunction = () => [{ rel: "stylesheet", href: manageStyles }];

export async function loader(args: LoaderFunctionArgs) {
  const { cafeId, user, cafe } = await requireCafe(args, "cafe.view", getCafeHeading);
  return { cafe, canEdit: can(user, "cafe.edit", { cafeId }) };
}

export default function CafeFrame() {
  const { cafe, canEdit } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/manage">{t("manage.backToDashboard")}</BackLink>
      <p className="nhsuk-caption-l manage-caption">{cafe.name}</p>
      {!canEdit ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">{t("manage.readOnly.label")} </span>
          <p>{t("manage.readOnly.text")}</p>
        </div>
      ) : null}
      <CafeNav cafeId={cafe.id} />
      <Outlet />
    </>
  );
}
