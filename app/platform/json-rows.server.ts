import { prisma } from "./db.server";
import { isPostgresql } from "./env.server";

/**
 * A large read as one value: the database builds the rows into one JSON array of arrays (SQLite
 * `json_group_array`, PostgreSQL `json_agg`), so tens of thousands of rows cross the driver as one string
 * and are parsed at once, instead of becoming a row object each through the ORM (which was most of the
 * coverage dashboard's time at national scale). The one place outside migrations where the app writes SQL;
 * see ADR 009.
 *
 * `select` is plain SQL with `?` for each bound value, in the order of `values` (written once for both
 * databases: the placeholders become `$1`, `$2`… on PostgreSQL). It must not contain a `?` of its own.
 * `columns` are the names of its columns, in the order of each row's array. Values come back as JSON gives
 * them: text, numbers (whole numbers and counts as numbers on both databases), null; a boolean column is
 * 0/1 on SQLite and true/false on PostgreSQL (read it with `Boolean`); a date-time column needs `dateTime`.
 * Floating-point columns are not exact on SQLite (15 significant digits): read those through Prisma.
 */
export async function jsonRows<Row extends readonly unknown[]>(select: string, values: readonly unknown[], columns: readonly string[]): Promise<Row[]> {
  const postgresql = isPostgresql();
  let n = 0;
  const text = postgresql ? select.replace(/\?/g, () => `$${++n}`) : select;
  const list = columns.map((c) => `q."${c}"`).join(", ");
  const query = postgresql
    ? `SELECT COALESCE(json_agg(json_build_array(${list})), '[]')::text AS "rows" FROM (${text}) q`
    : `SELECT json_group_array(json_array(${list})) AS "rows" FROM (${text}) q`;
  const result = await prisma.$queryRawUnsafe<{ rows: string }[]>(query, ...values);
  // Parsing a large array holds the process; let requests that came in meanwhile go first.
  await giveWay();
  return JSON.parse(result[0]?.rows ?? "[]") as Row[];
}

/**
 * A date-time column (Prisma `DateTime`) as text `new Date` reads the same on both databases: SQLite keeps
 * ISO text with its offset; PostgreSQL's `timestamp` is UTC without a zone, so it is given one.
 */
export function dateTime(column: string): string {
  return isPostgresql() ? `(${column} AT TIME ZONE 'UTC')` : column;
}

/** Lets other requests in between slices of a long piece of work. */
export const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve));
