import pg from "pg";

/**
 * A PostgreSQL server for the tests that need one: TEST_POSTGRES_URL, else one on 127.0.0.1:5432 (user
 * postgres). Without one those tests are skipped with a loud warning; with REQUIRE_POSTGRES=1 (CI) a
 * missing server is an error.
 */
export async function postgresForTests(what: string): Promise<{ url: string } | null> {
  const url = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { url };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (process.env.REQUIRE_POSTGRES === "1") throw new Error(`REQUIRE_POSTGRES=1 but no PostgreSQL at ${url} for the ${what} tests: ${why}`);
    console.warn(`\n*** WARNING: no PostgreSQL at ${url} (${why}): the ${what} tests are SKIPPED. Set TEST_POSTGRES_URL, or REQUIRE_POSTGRES=1 to make this an error. ***\n`);
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
