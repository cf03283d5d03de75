// Validates manifest/manifest.json (and every localization file it lists) against the Teams JSON
// schemas that ship inside @microsoft/app-manifest, so it works offline. The placeholders are
// filled with a sample app id and domain first, as `package` would fill them.
//
//   node tests/manifest/validate-manifest.mjs [manifestDirectory]
//
// Exits 0 when valid; otherwise lists every error and exits 1.
import { readFile, access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(path.join(repoRoot, "package.json"));
const { AppManifestUtils } = require("@microsoft/app-manifest");

const manifestDirectory = path.resolve(process.argv[2] ?? path.join(repoRoot, "manifest"));
const sample = {
  "{{MICROSOFT_APP_ID}}": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
  "{{BOT_DOMAIN}}": "expertbot-sample.azurewebsites.net",
};
const schemaPrefix = "https://developer.microsoft.com/json-schemas/";
const schemaRoot = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas");

async function readFilled(file) {
  let text = await readFile(file, "utf8");
  for (const [token, value] of Object.entries(sample)) {
    text = text.replaceAll(token, value);
  }
  const leftover = text.match(/\{\{[A-Z_]+\}\}/g);
  if (leftover) {
    throw new Error(`${path.basename(file)}: unknown placeholders ${[...new Set(leftover)].join(", ")}`);
  }
  return JSON.parse(text);
}

// Loaded from the package's own copy on purpose: fetchSchema would silently go to the network
// for a version the package does not ship.
async function loadLocalSchema(schemaUrl) {
  if (typeof schemaUrl !== "string" || !schemaUrl.startsWith(schemaPrefix)) {
    throw new Error(`$schema must start with ${schemaPrefix}, got ${JSON.stringify(schemaUrl)}`);
  }
  const file = path.join(schemaRoot, schemaUrl.substring(schemaPrefix.length));
  try {
    await access(file);
  } catch {
    throw new Error(`@microsoft/app-manifest does not ship ${schemaUrl} (looked for ${file})`);
  }
  let raw = await readFile(file, "utf8");
  // Every localization schema since v1.8 has a pattern `...\b]\.description$` with an unescaped
  // `]`, which AJV's unicode regular expressions reject; `\]` is what the pattern means.
  raw = raw.replaceAll("\\\\b]", "\\\\b\\\\]");
  return JSON.parse(raw.replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
}

async function validate(file, expectedSchemaName) {
  const document = await readFilled(file);
  const schemaUrl = document.$schema;
  if (typeof schemaUrl !== "string" || !schemaUrl.endsWith(`/${expectedSchemaName}`)) {
    return [`$schema should point at ${expectedSchemaName}, got ${JSON.stringify(schemaUrl)}`];
  }
  const schema = await loadLocalSchema(schemaUrl);
  return { document, errors: await AppManifestUtils.validateAgainstSchema(document, schema) };
}

const failures = [];
let manifest;
try {
  const result = await validate(path.join(manifestDirectory, "manifest.json"), "MicrosoftTeams.schema.json");
  if (Array.isArray(result)) {
    failures.push(...result.map((e) => `manifest.json: ${e}`));
  } else {
    manifest = result.document;
    failures.push(...result.errors.map((e) => `manifest.json: ${e}`));
    const version = manifest.$schema.match(/\/teams\/v([0-9.]+)\//)?.[1];
    if (version !== manifest.manifestVersion) {
      failures.push(`manifest.json: manifestVersion ${manifest.manifestVersion} does not match $schema version ${version}`);
    }
  }
} catch (error) {
  failures.push(`manifest.json: ${error.message}`);
}

const versionFolder = manifest?.$schema?.match(/(\/teams\/v[0-9.]+\/)/)?.[1];
for (const language of manifest?.localizationInfo?.additionalLanguages ?? []) {
  const file = path.join(manifestDirectory, language.file);
  try {
    const result = await validate(file, "MicrosoftTeams.Localization.schema.json");
    if (Array.isArray(result)) {
      failures.push(...result.map((e) => `${language.file}: ${e}`));
      continue;
    }
    failures.push(...result.errors.map((e) => `${language.file}: ${e}`));
    if (!result.document.$schema.includes(versionFolder)) {
      failures.push(`${language.file}: $schema ${result.document.$schema} is not the manifest's version ${versionFolder}`);
    }
  } catch (error) {
    failures.push(`${language.file}: ${error.message}`);
  }
}

if (failures.length > 0) {
  console.error(`Teams manifest in ${manifestDirectory} is invalid:`);
  for (const failure of failures) {
    console.error(`  - ${failure}`);
  }
  process.exit(1);
}
const languages = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
console.log(`manifest.json (v${manifest.manifestVersion})${languages.length ? ` and ${languages.join(", ")}` : ""} are valid.`);
