// Copies the NHS.UK frontend stylesheet into app/styles/vendor/ for the build:
// - without its web fonts (licensed for NHS bodies, and fetched from another origin);
// - with its icons referenced relatively, so the build fingerprints and serves them itself;
// - keeping only the rules the app can use: a rule that names an `nhsuk-` class survives only when
//   the app's source mentions that class (or a class it starts with, so `nhsuk-checkboxes` keeps
//   `nhsuk-checkboxes__item`, and `nhsuk-input--width-${…}` keeps every width). Element and
//   utility-free rules stay. This takes the stylesheet from about 29 KB to about 12 KB gzipped.
// Run by `npm install` (postinstall) and `npm run build`.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve("nhsuk-frontend/package.json"));
const source = path.join(pkgDir, "dist/nhsuk/nhsuk-frontend.min.css");
const imagesDir = path.join(pkgDir, "dist/nhsuk/assets/images");
const outDir = path.resolve("app/styles/vendor");

/** Every `nhsuk-…` class name (or name prefix before a `${`) in the app's source files. */
function classesUsedByApp(dir) {
  const used = new Set();
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const file = path.join(d, entry);
      if (statSync(file).isDirectory()) {
        if (entry !== "vendor") walk(file);
      } else if (/\.(tsx?|css)$/.test(entry)) {
        for (const m of readFileSync(file, "utf8").matchAll(/nhsuk-[A-Za-z0-9_-]*/g)) used.add(m[0]);
      }
    }
  };
  walk(dir);
  return [...used];
}

/** Splits CSS into top-level items: rules `selector{…}` and at-rules (`@media …{…}`, `@charset …;`). */
function parse(css) {
  const items = [];
  let i = 0;
  while (i < css.length) {
    while (i < css.length && /\s/.test(css[i])) i++;
    if (i >= css.length) break;
    const start = i;
    let quote = null;
    while (i < css.length) {
      const c = css[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "{" || c === ";") break;
      i++;
    }
    const prelude = css.slice(start, i).trim();
    if (css[i] === ";") {
      items.push({ prelude, body: null });
      i++;
      continue;
    }
    // Find the matching closing brace.
    let depth = 0;
    const bodyStart = i + 1;
    quote = null;
    for (; i < css.length; i++) {
      const c = css[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "{") depth++;
      else if (c === "}") {
        depth--;
        if (depth === 0) break;
      }
    }
    items.push({ prelude, body: css.slice(bodyStart, i) });
    i++;
  }
  return items;
}

/** Splits a selector list on top-level commas (not those inside :is(…), :not(…) and the like). */
function splitSelectors(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

function purge(css, used) {
  const known = new Map();
  const isUsed = (cls) => {
    if (!known.has(cls)) known.set(cls, used.some((u) => cls === u || cls.startsWith(u)));
    return known.get(cls);
  };
  const keepSelector = (selector) => [...selector.matchAll(/\.(nhsuk-[A-Za-z0-9_-]+)/g)].every((m) => isUsed(m[1]));
  const out = [];
  for (const item of parse(css)) {
    if (item.body === null) {
      out.push(`${item.prelude};`);
    } else if (item.prelude.startsWith("@media") || item.prelude.startsWith("@supports") || item.prelude.startsWith("@container")) {
      const inner = purge(item.body, used);
      if (inner) out.push(`${item.prelude}{${inner}}`);
    } else if (item.prelude.startsWith("@")) {
      out.push(`${item.prelude}{${item.body}}`);
    } else {
      const kept = splitSelectors(item.prelude).filter(keepSelector);
      if (kept.length) out.push(`${kept.join(",")}{${item.body}}`);
    }
  }
  return out.join("");
}

mkdirSync(path.join(outDir, "images"), { recursive: true });
let css = readFileSync(source, "utf8");
const fullGzip = gzipSync(css).length;
css = css.replace(/\/\*[\s\S]*?\*\//g, ""); // comments, including the source map reference
css = css.replace(/@font-face\{[^}]*\}/g, "");
css = css.replace(/url\(\/assets\/images\/([^)]+)\)/g, "url(./images/$1)");
css = purge(css, classesUsedByApp(path.resolve("app")));
const icons = new Set([...css.matchAll(/url\(\.\/images\/([^)]+)\)/g)].map((m) => m[1]));
for (const file of readdirSync(imagesDir)) {
  if (icons.has(file)) copyFileSync(path.join(imagesDir, file), path.join(outDir, "images", file));
}
writeFileSync(
  path.join(outDir, "nhsuk-frontend.css"),
  "/* nhsuk-frontend (MIT): web fonts removed, rules the app does not use left out (scripts/prepare-styles.mjs) */\n" + css,
);
console.log(
  `prepared app/styles/vendor/nhsuk-frontend.css: ${(gzipSync(css).length / 1024).toFixed(1)} KB gzipped (of ${(fullGzip / 1024).toFixed(1)} KB), ${icons.size} icons`,
);
