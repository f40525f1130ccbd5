import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
const axe = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage();
for (const path of ["/cafes/lantern-womens-cafe", "/bn/cafes/lantern-womens-cafe", "/partners?q=LE2%200QS", "/urgent-help"]) {
  let t = Date.now();
  await p.goto("http://localhost:3555" + path);
  const load = Date.now() - t; t = Date.now();
  await p.evaluate(axe);
  const inj = Date.now() - t; t = Date.now();
  await p.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }));
  const full = Date.now() - t; t = Date.now();
  await p.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }, rules: { "color-contrast": { enabled: false } } }));
  const nocc = Date.now() - t;
  console.log(path, { load, inj, full, nocc });
}
await b.close();
