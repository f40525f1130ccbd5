/**
 * What an uploaded file is, from its first bytes (never its name or the type the browser claims):
 * PDF, Word (.doc, .docx), OpenDocument (text, spreadsheet, presentation) or an image (PNG, JPEG, GIF,
 * WebP). Anything else, a ZIP that is neither Word nor OpenDocument included, is refused.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_MEDIA_TYPES = [
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
] as const;
export type AttachmentMediaType = (typeof ALLOWED_MEDIA_TYPES)[number];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "application/msword";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument: the first entry is an uncompressed "mimetype" file holding the type.
    if (startsWith(bytes, ascii("mimetype"), 30)) {
      const head = new TextDecoder("latin1").decode(bytes.subarray(38, 38 + 80));
      for (const type of ["application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation"] as const) {
        if (head.startsWith(type) && !head.startsWith(`${type}-`)) return type;
      }
      return null;
    }
    // Word (OOXML): a ZIP whose entries include word/document.xml (entry names are stored uncompressed).
    const names = new TextDecoder("latin1").decode(bytes);
    if (names.includes("[Content_Types].xml") && names.includes("word/document.xml")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    return null;
  }
  return null;
}

/**
 * The original name made safe to show and to offer as a download name: no folders, no control
 * characters, at most 150 characters; "document" when nothing is left.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"<>|:*?\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(-150);
  return cleaned || "document";
}

/** A Content-Disposition header for downloading `name` (an ASCII fallback and the UTF-8 name, RFC 6266). */
export function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  const fallback = safe.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"%;]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
