/**
 * News of changes between app instances: when one instance changes what others keep in memory (the
 * public data: the finder's index, café pages, cached public pages), it publishes a topic; every other
 * instance hears it and forgets what it kept.
 *
 * - PostgreSQL (`DATABASE_URL=postgresql://…`): one `pg` connection per instance LISTENs on the channel
 *   CHANNEL; a change is sent with `pg_notify` after its transaction committed, and arrives at the other
 *   instances within milliseconds. If the connection drops, it reconnects (after 1, 2, 4 … 30 s), and
 *   every topic is treated as changed once it is back, since news may have been missed meanwhile.
 * - SQLite: nothing is sent or heard. One instance owns the file; anything else that writes to it is
 *   noticed by the periodic checks the caches keep anyway (the finder's index compares a fingerprint of
 *   the tables every 30 seconds), which are the fallback on PostgreSQL too.
 *
 * Each message carries the sending instance's id, so an instance never acts on its own news twice.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { getEnv } from "./env.server";
import { errorLine } from "./error-line.server";

export const CHANNEL = "cafe_network_changes";
const INSTANCE = randomBytes(6).toString("hex");

type Listener = (topic: string) => void;
const listeners = new Set<Listener>();

let client: pg.Client | undefined;
let connecting: Promise<pg.Client | undefined> | undefined;
let retryMs = 1000;
let retryTimer: NodeJS.Timeout | undefined;
let stopped = true;
/** The PostgreSQL server listened to (set by startChangeFeed) */
let feedUrl: string | undefined;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function deliver(topic: string) {
  for (const listener of listeners) {
    try {
      listener(topic);
    } catch (error) {
      console.error(`[change feed] a listener failed on "${topic}"`, error);
    }
  }
}

/** The connection string for `pg`: Prisma's `schema` parameter is Prisma's own, not the server's. */
function pgConnectionString(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete("schema");
    parsed.searchParams.delete("connection_limit");
    parsed.searchParams.delete("pool_timeout");
    return parsed.toString();
  } catch {
    return url;
  }
}

function scheduleReconnect() {
  if (stopped || retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void connect().then((c) => {
      // News may have been missed while disconnected.
      if (c) deliver("*");
    });
  }, retryMs);
  retryTimer.unref();
  retryMs = Math.min(retryMs * 2, 30_000);
}

function connect(): Promise<pg.Client | undefined> {
  if (client) return Promise.resolve(client);
  if (connecting) return connecting;
  const url = feedUrl;
  if (!url) return Promise.resolve(undefined);
  const c = new pg.Client({ connectionString: pgConnectionString(url), application_name: "cafe-network change feed" });
  connecting = (async () => {
    try {
      await c.connect();
      c.on("notification", (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        const [from, topic] = [message.payload.slice(0, 12), message.payload.slice(13)];
        if (from !== INSTANCE && topic) deliver(topic);
      });
      const lost = (error?: unknown) => {
        if (client !== c) return;
        client = undefined;
        if (error) console.error(`[change feed] lost the PostgreSQL connection (${errorLine(error)}); caches fall back to their periodic checks`);
        c.end().catch(() => undefined);
        scheduleReconnect();
      };
      c.on("error", lost);
      c.on("end", () => lost());
      await c.query(`LISTEN ${CHANNEL}`);
      if (stopped) {
        await c.end();
        return undefined;
      }
      client = c;
      retryMs = 1000;
      return c;
    } catch (error) {
      console.error(`[change feed] could not listen for changes on PostgreSQL (${errorLine(error)}); caches fall back to their periodic checks, trying again in ${Math.round(retryMs / 1000)} s`);
      c.end().catch(() => undefined);
      scheduleReconnect();
      return undefined;
    } finally {
      connecting = undefined;
    }
  })();
  return connecting;
}

/** Whether changes travel between instances here (PostgreSQL, once started). */
export function changeFeedListening(): boolean {
  return client !== undefined;
}

/**
 * Starts listening (PostgreSQL only; does nothing on SQLite). server.js calls it once the server
 * listens, through the app's startBackgroundJobs. Resolves once listening (or once it failed and a retry
 * is scheduled).
 */
export async function startChangeFeed(url: string = getEnv().DATABASE_URL): Promise<void> {
  if (!isPostgresUrl(url)) return;
  feedUrl = url;
  stopped = false;
  await connect();
}

/** Stops listening (tests, shutdown). */
export async function stopChangeFeed(): Promise<void> {
  stopped = true;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = undefined;
  const c = client ?? (await connecting);
  client = undefined;
  await c?.end().catch(() => undefined);
}

/** Calls `listener(topic)` for every change another instance publishes ("*": anything may have changed). */
export function onChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tells the other instances that `topic` changed. Call it after the change committed. Never throws:
 * news that cannot be sent is left to the others' periodic checks.
 */
export function publishChange(topic: string): void {
  if (stopped || !feedUrl) return;
  void (async () => {
    const c = client ?? (await connect());
    if (!c) return;
    await c.query("SELECT pg_notify($1, $2)", [CHANNEL, `${INSTANCE}:${topic}`]);
  })().catch((error: unknown) => console.error(`[change feed] could not publish "${topic}"`, error));
}
