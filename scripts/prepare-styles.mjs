// Copies the NHS.UK frontend stylesheet into app/styles/vendor/ for the build, without its web fonts
// (they are licensed for NHS bodies and would be fetched from another origin) and with its icons
// referenced relatively, so the build fingerprints and serves them itself.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve("nhsuk-frontend/package.json"));
const source = path.join(pkgDir, "dist/nhsuk/nhsuk-frontend.min.css");
const imagesDir = path.join(pkgDir, "dist/nhsuk/assets/images");
const outDir = path.resolve("app/styles/vendor");

mkdirSync(path.join(outDir, "images"), { recursive: true });
let css = readFileSync(source, "utf8");
css = css.replace(/@font-face\{[^}]*\}/g, "");
css = css.replace(/url\(\/assets\/images\/([^)]+)\)/g, "url(./images/$1)");
const used = new Set([...css.matchAll(/url\(\.\/images\/([^)]+)\)/g)].map((m) => m[1]));
for (const file of readdirSync(imagesDir)) {
  if (used.has(file)) copyFileSync(path.join(imagesDir, file), path.join(outDir, "images", file));
}
writeFileSync(path.join(outDir, "nhsuk-frontend.css"), "/* nhsuk-frontend (MIT), fonts removed */\n" + css);
console.log(`prepared app/styles/vendor/nhsuk-frontend.css (${(css.length / 1024).toFixed(0)} KB, ${used.size} icons)`);
