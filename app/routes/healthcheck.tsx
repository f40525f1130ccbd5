import { databaseAnswers } from "~/platform/health.server";

/** 200 once the database answers a query; 503 otherwise. For load balancers and uptime checks. */
export async function loader() {
  const ok = await databaseAnswers();
  return new Response(ok ? "OK" : "Database unavailable", { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
