import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

/**
 * A validator for 360Giving packages: ajv 8 with the draft the schemas declare (2020-12) and ajv-formats
 * (date-time, uri), over the copies in tests/support/360giving.
 */
const HERE = path.resolve("tests/support/360giving");
const SHARED = path.resolve("../shared/data/standards/360giving");
export const SCHEMA_FILES = ["360-giving-schema.json", "360-giving-package-schema.json"] as const;

/**
 * A schema as published. They declare the 2020-12 draft by its http:// address; ajv knows the draft by its
 * canonical https:// one (the same draft), so the declaration is read as that.
 */
function load(file: string): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(path.join(HERE, file), "utf8")) as Record<string, unknown>;
  if (schema.$schema === "http://json-schema.org/draft/2020-12/schema") schema.$schema = "https://json-schema.org/draft/2020-12/schema";
  return schema;
}

/** The shared copies, when present next to the project, for a test that ours are the same. */
export function sharedSchemaText(file: string): string | null {
  const p = path.join(SHARED, file);
  return existsSync(p) ? readFileSync(p, "utf8") : null;
}
export function ourSchemaText(file: string): string {
  return readFileSync(path.join(HERE, file), "utf8");
}

export function packageValidator() {
  // "codelist", "openCodelist" and "rollUp" are the standard's own annotations.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const grant = load("360-giving-schema.json");
  ajv.addSchema(grant);
  const pack = load("360-giving-package-schema.json");
  const items = ((pack.properties as Record<string, { items?: { $ref?: string } }>).grants?.items?.$ref ?? "") as string;
  if (items && items !== grant.$id) ajv.addSchema({ ...grant, $id: items });
  return ajv.compile(pack);
}
