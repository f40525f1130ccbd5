// Prisma CLI configuration for the embedded SQLite database.
// Prisma's .env loading is off when this file exists, and `prisma generate` falls back to a
// downloadable query engine when DATABASE_URL cannot be resolved: always give it a value.
// Driver adapters resolve `file:` URLs from the working directory (the project root).
process.env.DATABASE_URL ??= "file:./data/cafe-network.db";

import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  // The WebAssembly schema engine shipped inside the `prisma` package: migrations run offline.
  engine: "js",
  adapter: async () => new PrismaLibSQL({ url }),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
