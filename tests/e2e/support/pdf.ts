import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Reading the PDFs Chromium prints: page sizes from the PDF itself, and text and fonts through Debian's
 * poppler-utils (pdftotext, pdffonts), which .ci/run installs. Without them `hasPoppler` is false and the
 * tests that need them say so loudly.
 */

/** A4 is 210 × 297 mm, A6 105 × 148 mm; a PDF point is 1/72 inch. */
export const A4_POINTS = { width: 595, height: 842 };
export const A6_POINTS = { width: 298, height: 420 };

/**
 * The pages of a PDF as Chromium writes it (page objects uncompressed): each page's MediaBox width and
 * height in points, rounded.
 */
export function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const pages: { width: number; height: number }[] = [];
  for (const object of pdf.toString("latin1").split(/\bendobj\b/)) {
    if (!/\/Type\s*\/Page(?![a-zA-Z])/.test(object)) continue;
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(object);
    if (!box) throw new Error(`A PDF page without a MediaBox: ${object.slice(0, 200)}`);
    const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
    pages.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) });
  }
  return pages;
}

function available(command: string): boolean {
  try {
    execFileSync(command, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const hasPoppler = available("pdftotext") && available("pdffonts");

function withFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const directory = mkdtempSync(path.join(tmpdir(), "pdf-"));
  const file = path.join(directory, "page.pdf");
  try {
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The text of a PDF, as pdftotext extracts it (UTF-8). */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (file) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

/** The names of the fonts embedded in a PDF, as pdffonts lists them ("AAAAAA+NotoSansBengali-Regular"). */
export function pdfFonts(pdf: Buffer): string[] {
  const listing = withFile(pdf, (file) => execFileSync("pdffonts", [file], { encoding: "utf8" }));
  return listing
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? "")
    .filter(Boolean);
}
