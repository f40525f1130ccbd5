import { prisma } from "~/platform/db.server";

/** 200 once the database answers a query; 503 otherwise. For load balancers and uptime checks. */
export async function loader() {
  try {
    await prisma.footprint.count();
    return new Response("OK", { status: 200, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("healthcheck failed", error);
    return new Response("Database unavailable", { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
