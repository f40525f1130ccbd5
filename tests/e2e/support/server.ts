import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** A production build of the app served by `node server.js` on a free port, for browser tests. */
export type AppServer = {
  url: string;
  databaseFile: string;
  /** The server's process id (it leads its own process group) */
  pid: number;
  /** Everything the server has written to stdout and stderr so far */
  output(): string;
  stop(): Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The settings of `node server.js` in production on a port and a database file of its own, without tiles. */
export function serverEnv(port: number, databaseFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${databaseFile}`,
    SESSION_SECRET: "e2e-session-secret-at-least-32-characters",
    MAP_TILE_URL: "none",
  };
}

/** The instant browser tests pin "now" to: Wednesday 25 November 2026, 6:30pm in London. */
export const E2E_NOW = "2026-11-25T18:30:00Z";

export async function startAppServer(options: {
  /** A database file to copy (the server gets its own copy) */
  baseDatabase: string;
  directory: string;
  env?: Record<string, string>;
  /** Serve this database file as it is, instead of a copy of baseDatabase (a restart on the same data). */
  databaseFile?: string;
  /** Start `node server.js` through `sh -c` with this shell prefix (e.g. "trap '' XFSZ;"). */
  shellPrefix?: string;
}): Promise<AppServer> {
  mkdirSync(options.directory, { recursive: true });
  const port = await freePort();
  const databaseFile = options.databaseFile ?? path.join(options.directory, `app-${port}.db`);
  if (!options.databaseFile) copyFileSync(options.baseDatabase, databaseFile);
  const [command, args] = options.shellPrefix
    ? ["sh", ["-c", `${options.shellPrefix} exec "$0" server.js`, process.execPath]]
    : [process.execPath, ["server.js"]];
  const child: ChildProcess = spawn(command, args, {
    env: {
      ...serverEnv(port, databaseFile),
      FIXED_NOW: E2E_NOW,
      OUTBOX_POLL_MS: "200",
      APP_URL: `http://127.0.0.1:${port}`,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`App server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/healthcheck`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`App server did not start within 30s:\n${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    databaseFile,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    },
  };
}

/** Signs a demo account in with a plain form post (no browser) and returns the session cookie. */
export async function signInOverHttp(server: AppServer, email: string): Promise<string> {
  const response = await fetch(`${server.url}/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: "cafe-network-demo" }).toString(),
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`Sign-in failed with ${response.status}`);
  return cookie;
}
