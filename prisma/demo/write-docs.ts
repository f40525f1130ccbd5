/**
 * Rewrites docs/demo-data.md from the demo definitions:
 *   npx tsx prisma/demo/write-docs.ts
 */
import { writeFileSync } from "node:fs";
import { DEMO_DOCS_PATH, renderDemoDocs } from "./docs";

writeFileSync(DEMO_DOCS_PATH, renderDemoDocs());
console.log(`Wrote ${DEMO_DOCS_PATH}`);
