import pg from "pg";

/** Where the tests look for PostgreSQL when TEST_POSTGRES_URL is not given. */
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * The PostgreSQL server the integration tests may use (a URL to a database they can connect to and create
 * databases from), or null after a loud warning when none answers. REQUIRE_POSTGRES=1 makes that an error.
 */
export async function postgresqlForTests(): Promise<string | null> {
  const url = process.env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return url;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message =
      `PostgreSQL is not available at ${redact(url)} (${reason}): the PostgreSQL integration tests cannot run. ` +
      "Start a server on 127.0.0.1:5432 (user postgres) or set TEST_POSTGRES_URL.";
    if (process.env.REQUIRE_POSTGRES === "1") throw new Error(`REQUIRE_POSTGRES=1: ${message}`);
    const bar = "!".repeat(100);
    console.warn(`\n${bar}\n!! SKIPPED: ${message}\n!! Only SQLite is tested in this run.\n${bar}\n`);
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The same address with another database. */
export function withDatabase(url: string, database: string): string {
  const address = new URL(url);
  address.pathname = `/${database}`;
  return address.toString();
}

function redact(url: string): string {
  const address = new URL(url);
  if (address.password) address.password = "***";
  return address.toString();
}
