import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { text } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { startApplication } from "~/modules/grants/index.server";
import { authorise, requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";

/** Starting an application: the button on the organisation's home, for a round taking applications. */
export async function loader() {
  return redirect("/organisation");
}

const startForm = z.object({ organisationId: text(z.string().trim().min(1)), roundId: text(z.string().trim().min(1)) });

export async function action({ request }: ActionFunctionArgs | LoaderFunctionArgs) {
  const user = await requirePermission(request, "organisation.apply");
  const read = await readSubmission(request, startForm);
  if (!read.ok) return read.response;
  authorise(user, "organisation.apply", { organisationId: read.value.organisationId });
  const result = await startApplication(user, read.value.organisationId, read.value.roundId);
  if (!result.ok) return read.refuse({ formError: t("grants.start.roundNotOpen") }, 409);
  return redirect(`/organisation/applications/${result.applicationId}`);
}
