import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";

/**
 * Reading a multipart upload of one file. A file larger than the form accepts is still read to the end
 * (and thrown away) so that the browser, which is still sending, receives the answer and shows the page
 * with its message: a server that answers before reading the body makes most browsers show a "connection
 * reset" error instead. Past DRAIN_UPLOAD_UP_TO_BYTES the server stops reading (the connection is closed).
 */

/** How much of an upload is read at most, kept or not. */
export const DRAIN_UPLOAD_UP_TO_BYTES = 40 * 1024 * 1024;

/** The most a text field of an upload form keeps. */
const MAX_TEXT_FIELD_BYTES = 8 * 1024;

export type UploadedFile = { name: string; type: string; bytes: Uint8Array };

export type Upload =
  | { ok: true; fields: Record<string, string>; file: UploadedFile | null; fileTooLarge: boolean }
  | { ok: false; reason: "too-large" | "unreadable" };

class TooMuch extends Error {}

/** Reads a multipart form with at most one file (`fileField`) of at most `maxFileBytes`; see the top of the file. */
export async function readUpload(request: Request, options: { maxFileBytes: number; fileField?: string }): Promise<Upload> {
  const fileField = options.fileField ?? "file";
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > DRAIN_UPLOAD_UP_TO_BYTES) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: false, reason: "unreadable" };
  let total = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > DRAIN_UPLOAD_UP_TO_BYTES) controller.error(new TooMuch());
        else controller.enqueue(chunk);
      },
    }),
  );
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  let fileTooLarge = false;
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    const isFile = typeof filename === "string";
    const limit = isFile ? options.maxFileBytes : MAX_TEXT_FIELD_BYTES;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > limit) chunks.length = 0; // read on to the end of the part, keeping nothing
      else chunks.push(chunk);
    }
    const over = size > limit;
    if (!isFile) {
      if (!over && !(name in fields)) fields[name] = new TextDecoder().decode(Buffer.concat(chunks));
    } else if (name === fileField && file === null && !fileTooLarge) {
      if (over) fileTooLarge = true;
      else if (filename) file = { name: filename, type: contentType, bytes: new Uint8Array(Buffer.concat(chunks)) };
    }
    return undefined;
  };
  try {
    await unstable_parseMultipartFormData({ headers: request.headers, body: counted } as Request, handler);
  } catch (error) {
    return { ok: false, reason: error instanceof TooMuch || total > DRAIN_UPLOAD_UP_TO_BYTES ? "too-large" : "unreadable" };
  }
  return { ok: true, fields, file, fileTooLarge };
}
