import { describe, expect, it } from "vitest";
import { contentDisposition, detectMediaType, safeFileName } from "./attachments";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

describe("an attachment's type, from its content", () => {
  it("knows PDF, images, Word and OpenDocument by their first bytes", () => {
    expect(detectMediaType(bytes("%PDF-1.7\n..."))).toBe("application/pdf");
    expect(detectMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(detectMediaType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(detectMediaType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("application/msword");
    const odt = bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), "mimetypeapplication/vnd.oasis.opendocument.textPK");
    expect(detectMediaType(odt)).toBe("application/vnd.oasis.opendocument.text");
    const docx = bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), "[Content_Types].xml....word/document.xml");
    expect(detectMediaType(docx)).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("refuses anything else, whatever it is called", () => {
    expect(detectMediaType(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectMediaType(bytes("MZ\x90\x00"))).toBeNull();
    expect(detectMediaType(bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), "evil.exe"))).toBeNull();
    expect(detectMediaType(new Uint8Array(0))).toBeNull();
  });
});

describe("the original name", () => {
  it("is kept for download only, without folders or control characters", () => {
    expect(safeFileName("C:\\Users\\asha\\Safeguarding policy.pdf")).toBe("Safeguarding policy.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName('a"b\r\nc.pdf')).toBe("abc.pdf");
    expect(safeFileName("")).toBe("document");
    expect(contentDisposition('Polisi "diogelu".pdf')).toBe(`attachment; filename="Polisi diogelu.pdf"; filename*=UTF-8''Polisi%20diogelu.pdf`);
    expect(contentDisposition("Politique sécurité.pdf")).toContain("filename*=UTF-8''Politique%20s%C3%A9curit%C3%A9.pdf");
  });
});
