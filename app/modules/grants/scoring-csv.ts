/** One CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(",");
}

/** Rows as a CSV document (CRLF line ends, as RFC 4180 says). */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [csvLine(header), ...rows.map(csvLine)].join("\r\n") + "\r\n";
}

/** Pence as pounds with two decimals, for spreadsheets ("12500.00"). */
export function csvPounds(pence: number | null | undefined): string {
  return pence === null || pence === undefined ? "" : (pence / 100).toFixed(2);
}

/** A score to two decimals, or empty. */
export function csvScore(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : value.toFixed(2);
}
