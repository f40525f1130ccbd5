/**
 * An error in one line, for the server's log where the cause is plain and repeats (a database that cannot be
 * reached, a connection lost): "<message> (<code>)", the message's first line only. Anything unexpected is
 * still logged whole by whoever catches it.
 */
export function errorLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error).split("\n")[0] ?? "";
  const message = error.message.split("\n").map((line) => line.trim()).filter(Boolean).at(-1) ?? error.name;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
}

/** Whether an error is the database being out of reach (down, unknown host, refused, no such database). */
export function isDatabaseUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (
    (typeof code === "string" && ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "P1001", "P1003", "3D000", "28P01", "28000"].includes(code)) ||
    /Can't reach database server|ECONNREFUSED|ENOTFOUND|does not exist|Connection terminated|password authentication failed/i.test(message)
  );
}
