import { prisma } from "./db.server";

/** Whether the database answers a query (for /healthcheck). */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await prisma.footprint.count();
    return true;
  } catch (error) {
    console.error("healthcheck failed", error);
    return false;
  }
}
