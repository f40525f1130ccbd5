/** Reading the open-data tables in prisma/data: comma-separated text with a header line. */

/** Splits one CSV line, honouring double quotes ("" inside quotes is one quote). */
export function csvFields(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

export type CsvTable = {
  /** The rows after the header, as lists of fields. */
  rows: string[][];
  /** The position of a named column; throws when the header lacks it (the data folder is broken). */
  column(name: string): number;
};

/** Reads CSV text (LF or CRLF line ends, blank lines ignored) whose first line names the columns. */
export function parseCsv(text: string, source = "CSV"): CsvTable {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = csvFields(lines[0] ?? "");
  return {
    rows: lines.slice(1).map(csvFields),
    column(name: string) {
      const i = header.indexOf(name);
      if (i < 0) throw new Error(`${source}: column "${name}" missing`);
      return i;
    },
  };
}
