import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The app's layout, enforced (docs/architecture.md): imports run routes → modules → lib, and modules →
 * platform; platform never imports a module; a module uses another only through its public face
 * (`index.ts` for code that runs anywhere, `index.server.ts` on the server) and only along the arrows
 * below, so the modules form no cycle. Only the modules' `*.server.ts` files (and platform's own tables)
 * use the database client.
 */
const MODULE_DEPENDENCIES = {
  audit: [],
  outbox: ["audit"],
  identity: ["audit", "outbox"],
  organisation: ["audit", "identity"],
  tags: ["audit"],
  geo: [],
  schedule: [],
  footprint: ["geo"],
  cafe: ["audit", "footprint", "geo", "identity", "organisation", "outbox", "schedule", "tags"],
  finder: ["cafe", "footprint", "geo", "schedule", "tags"],
  bookings: ["audit", "cafe", "finder", "footprint", "geo", "identity", "outbox", "schedule"],
  coverage: ["cafe", "footprint", "geo", "grants", "partners", "schedule"],
  grants: ["audit", "cafe", "footprint", "geo", "identity", "organisation", "outbox", "schedule", "tags"],
  partners: ["audit", "footprint", "geo", "identity", "organisation", "outbox", "schedule", "tags"],
  oruk: ["geo", "partners"],
};
const MODULES = Object.keys(MODULE_DEPENDENCIES);

const DATABASE = { group: ["~/platform/db.server"], message: "Only the modules' *.server.ts files (and platform) use the database client." };
const DEEP_MODULE = {
  group: ["~/modules/*/*", "!~/modules/*/index.server"],
  message: "Use another module only through its public face: ~/modules/<name> or ~/modules/<name>/index.server.",
};
const SERVER_ONLY = { group: ["*.server", "**/*.server", "~/platform/*"], message: "Code that runs in the browser, or pure rules, must not import server-only modules." };
const ROUTES = { group: ["~/routes/*", "~/root"], message: "Nothing imports a route module." };
const COMPONENTS = { group: ["~/components/*", "~/components/**"], message: "Modules and lower layers do not render: components are for routes." };
const ALL_MODULES = { group: ["~/modules", "~/modules/*", "~/modules/**"], message: "platform and lib never import a module (modules register with platform instead)." };
const PLATFORM = { group: ["~/platform/*"], message: "lib holds no I/O: it may not use platform." };
const WORDS = { group: ["~/lib/i18n", "~/lib/i18n/*"], message: "A module's *.server.ts returns codes; routes and components turn them into words." };

function restricted(...patterns) {
  return { "no-restricted-imports": ["error", { patterns }] };
}

/** A module may import only the modules it depends on (and never itself through the alias). */
function otherModules(name) {
  const forbidden = MODULES.filter((m) => !MODULE_DEPENDENCIES[name].includes(m));
  return {
    group: forbidden.flatMap((m) => [`~/modules/${m}`, `~/modules/${m}/*`]),
    message: `The ${name} module may use only: ${MODULE_DEPENDENCIES[name].join(", ") || "no other module"} (eslint.config.js, MODULE_DEPENDENCIES).`,
  };
}

export default tseslint.config(
  {
    ignores: ["build/**", "public/build/**", "node_modules/**", ".cache/**", "tests/.tmp/**", "app/styles/vendor/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
      "no-control-regex": "off",
    },
  },
  // Source files stay small enough to read whole.
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.test.{ts,tsx}"],
    rules: { "max-lines": ["error", { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  // The layers.
  { files: ["app/routes/**/*.{ts,tsx}", "app/root.tsx", "app/entry.*.tsx"], rules: restricted(DATABASE, DEEP_MODULE) },
  { files: ["app/components/**/*.{ts,tsx}"], rules: restricted(SERVER_ONLY, ROUTES, DEEP_MODULE) },
  { files: ["app/lib/**/*.{ts,tsx}"], rules: restricted(ALL_MODULES, PLATFORM, ROUTES, COMPONENTS) },
  { files: ["app/platform/**/*.{ts,tsx}"], rules: restricted(ALL_MODULES, ROUTES, COMPONENTS) },
  ...MODULES.flatMap((name) => [
    // Pure rules: no I/O, no server-only code.
    {
      files: [`app/modules/${name}/**/*.{ts,tsx}`],
      rules: restricted(SERVER_ONLY, DATABASE, ROUTES, COMPONENTS, DEEP_MODULE, otherModules(name)),
    },
    // Reads and writes: the database, but no words.
    {
      files: [`app/modules/${name}/**/*.server.ts`],
      ignores: [`app/modules/${name}/index.server.ts`],
      rules: restricted(ROUTES, COMPONENTS, DEEP_MODULE, WORDS, otherModules(name)),
    },
    {
      files: [`app/modules/${name}/index.server.ts`],
      rules: restricted(ROUTES, COMPONENTS, DEEP_MODULE, otherModules(name)),
    },
  ]),
);
