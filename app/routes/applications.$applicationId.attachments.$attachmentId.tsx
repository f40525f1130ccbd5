import type { LoaderFunctionArgs } from "@remix-run/node";
import { contentDisposition } from "~/modules/grants";
import { applicationAccess, readAttachment } from "~/modules/grants/index.server";
import { requireUser } from "~/modules/identity/index.server";
import { forbidden, notFound } from "~/platform/responses.server";

/**
 * An application's document, for those applicationAccess lets see the application: staff, the applying
 * organisation's members, and panel members assigned to it who declared no conflict. Sent as a download
 * (never shown inline), with its detected type and its original name.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const gate = await applicationAccess(user, params.applicationId ?? "");
  if (!gate) throw forbidden();
  if (gate.access !== "staff" && gate.access !== "applicant" && gate.access !== "panel") throw forbidden();
  const file = await readAttachment(gate.application.id, params.attachmentId ?? "");
  if (!file) throw notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": contentDisposition(file.name),
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
