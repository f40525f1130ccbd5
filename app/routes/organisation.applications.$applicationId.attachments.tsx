import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  MaxPartSizeExceededError,
  redirect,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { safeRedirect } from "~/modules/identity";
import { isAttachmentKind, MAX_ATTACHMENT_BYTES } from "~/modules/grants";
import { addAttachment, applicationAccess, removeAttachment } from "~/modules/grants/index.server";
import { requireUser } from "~/modules/identity/index.server";
import { readForm } from "~/platform/forms.server";
import { forbidden, notFound } from "~/platform/responses.server";

/**
 * Uploading and removing an application's documents (no page of its own: the forms sit on the section
 * pages, and the answer goes back there, with ?upload=<kind>:<problem> when a file was refused). The only
 * route that reads a body larger than the usual form limit: a multipart upload of one file up to 10 MB.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/organisation/applications/${params.applicationId ?? ""}`);
}

/** A little over the file itself, for the other fields and the multipart framing. */
const MAX_UPLOAD_BODY = MAX_ATTACHMENT_BYTES + 64 * 1024;

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

  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_UPLOAD_BODY) return back(null, applicationId, "file:too-large");
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_composeUploadHandlers(unstable_createMemoryUploadHandler({ maxPartSize: MAX_ATTACHMENT_BYTES })),
    );
  } catch (error) {
    return back(null, applicationId, error instanceof MaxPartSizeExceededError ? "file:too-large" : "file:unreadable");
  }
  const kind = form.get("kind");
  const file = form.get("file");
  const returnTo = form.get("returnTo");
  if (!isAttachmentKind(kind)) return back(returnTo, applicationId, "file:unreadable");
  if (!(file instanceof File) || file.size === 0) return back(returnTo, applicationId, `${kind}:empty`);
  const result = await addAttachment(user, applicationId, kind, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) {
    if (result.reason === "not-found") throw notFound();
    return back(returnTo, applicationId, `${kind}:${result.reason}`);
  }
  return back(returnTo, applicationId);
}
