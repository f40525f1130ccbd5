import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/modules/identity";
import { isAttachmentKind, MAX_ATTACHMENT_BYTES } from "~/modules/grants";
import { addAttachment, applicationAccess, removeAttachment } from "~/modules/grants/index.server";
import { requireUser } from "~/modules/identity/index.server";
import { readForm } from "~/platform/forms.server";
import { forbidden, notFound } from "~/platform/responses.server";
import { readUpload } from "~/platform/uploads.server";

/**
 * Uploading and removing an application's documents (no page of its own: the forms sit on the section
 * pages, and the answer goes back there, with ?upload=<kind>:<problem> when a file was refused). The only
 * route that reads a body larger than the usual form limit: a multipart upload of one file up to 10 MB.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/organisation/applications/${params.applicationId ?? ""}`);
}

function back(returnTo: unknown, applicationId: string, problem?: string) {
  const base = safeRedirect(typeof returnTo === "string" ? returnTo : "", `/organisation/applications/${applicationId}`);
  const target = base.startsWith(`/organisation/applications/${applicationId}`) ? base.split("?")[0]! : `/organisation/applications/${applicationId}`;
  return redirect(problem ? `${target}?upload=${encodeURIComponent(problem)}` : `${target}?uploaded=1`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const applicationId = params.applicationId ?? "";
  const gate = await applicationAccess(user, applicationId);
  if (!gate) throw forbidden();
  if (gate.access !== "applicant") throw forbidden();

  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    // Removing a document is an ordinary small form.
    const read = await readForm(request);
    if (!read.ok) return back(null, applicationId, "form:unreadable");
    const form = read.formData;
    if (form.get("intent") !== "remove") return back(form.get("returnTo"), applicationId, "form:unreadable");
    await removeAttachment(user, applicationId, String(form.get("attachmentId") ?? ""));
    return back(form.get("returnTo"), applicationId);
  }

  // The whole body is read, even a file too large to keep, so that the browser receives the answer.
  const upload = await readUpload(request, { maxFileBytes: MAX_ATTACHMENT_BYTES });
  if (!upload.ok) return back(null, applicationId, `file:${upload.reason === "too-large" ? "too-large" : "unreadable"}`);
  const { kind, returnTo } = upload.fields;
  if (!isAttachmentKind(kind)) return back(returnTo, applicationId, upload.fileTooLarge ? "file:too-large" : "file:unreadable");
  if (upload.fileTooLarge) return back(returnTo, applicationId, `${kind}:too-large`);
  const file = upload.file;
  if (!file || file.bytes.byteLength === 0) return back(returnTo, applicationId, `${kind}:empty`);
  const result = await addAttachment(user, applicationId, kind, { name: file.name, bytes: file.bytes });
  if (!result.ok) {
    if (result.reason === "not-found") throw notFound();
    return back(returnTo, applicationId, `${kind}:${result.reason}`);
  }
  return back(returnTo, applicationId);
}
