import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A local HTTP server standing in for Resend's API (POST /emails), so the real `resend` SDK is
 * exercised over the network. It records what it receives, can be told to fail the next N requests
 * or to be out of service (see `outage`), and lists what it received at GET /__emails (for browser
 * tests in other processes). Like Resend, it delivers an email once per idempotency key: a request
 * repeating a key it has already accepted gets the same answer and is counted, not delivered again.
 */
export type ReceivedEmail = {
  from: string;
  to: string[];
  subject: string;
  text?: string;
  html?: string;
  authorization: string | null;
  idempotencyKey: string | null;
  receivedAt: string;
};

export type FakeResend = {
  url: string;
  emails: ReceivedEmail[];
  /** The next `count` requests get an error response with this status. */
  failNext(count: number, status?: number): void;
  /**
   * Puts the provider out of service until `outage("none")`: "error" answers every request 500,
   * "refuse" stops listening (connections are refused), "drop" accepts and delivers the email but
   * closes the connection before answering (the sender never learns it was sent).
   */
  outage(kind: "none" | "error" | "refuse" | "drop"): Promise<void>;
  /** Requests that carried each idempotency key and were accepted (a repeat after a lost answer counts again). */
  acceptedByKey: Map<string, number>;
  close(): Promise<void>;
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

export async function startFakeResend(port = 0): Promise<FakeResend> {
  const emails: ReceivedEmail[] = [];
  let failures = 0;
  let failureStatus = 500;
  let nextId = 1;
  let down: "none" | "error" | "refuse" | "drop" = "none";
  const acceptedByKey = new Map<string, number>();
  const answers = new Map<string, string>();
  const sockets = new Set<Socket>();

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && req.url?.startsWith("/__emails")) {
      return send(200, emails);
    }
    if (req.method === "DELETE" && req.url?.startsWith("/__emails")) {
      emails.length = 0;
      return send(200, { ok: true });
    }
    if (req.method === "POST" && req.url === "/emails") {
      const raw = await readBody(req);
      if (down === "error") return send(500, { statusCode: 500, name: "internal_server_error", message: "Simulated outage" });
      if (failures > 0) {
        failures -= 1;
        return send(failureStatus, {
          statusCode: failureStatus,
          name: failureStatus === 429 ? "rate_limit_exceeded" : "internal_server_error",
          message: "Simulated provider failure",
        });
      }
      const auth = req.headers.authorization ?? null;
      if (!auth?.startsWith("Bearer ")) {
        return send(401, { statusCode: 401, name: "missing_api_key", message: "Missing API key" });
      }
      const body = JSON.parse(raw) as { from: string; to: string | string[]; subject: string; text?: string; html?: string };
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      if (key) acceptedByKey.set(key, (acceptedByKey.get(key) ?? 0) + 1);
      const earlier = key ? answers.get(key) : undefined;
      if (earlier) return down === "drop" ? req.socket.destroy() : send(200, { id: earlier });
      const id = `fake-${nextId++}`;
      if (key) answers.set(key, id);
      emails.push({
        from: body.from,
        to: Array.isArray(body.to) ? body.to : [body.to],
        subject: body.subject,
        text: body.text,
        html: body.html,
        authorization: auth,
        idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null,
        receivedAt: new Date().toISOString(),
      });
      if (down === "drop") return req.socket.destroy();
      return send(200, { id });
    }
    send(404, { statusCode: 404, name: "not_found", message: "Not found" });
  });

  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    emails,
    failNext(count, status = 500) {
      failures = count;
      failureStatus = status;
    },
    async outage(kind) {
      if (kind === "refuse" && down !== "refuse") {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await closed;
      }
      if (kind !== "refuse" && down === "refuse") await new Promise<void>((resolve) => server.listen(actual, "127.0.0.1", resolve));
      down = kind;
    },
    acceptedByKey,
    close: () => new Promise<void>((resolve) => (down === "refuse" ? resolve() : server.close(() => resolve()))),
  };
}
