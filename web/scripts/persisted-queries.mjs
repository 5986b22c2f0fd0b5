// Writes dist/persisted-queries.json, the gateway's allow-list for this build
// (docs/persisted-queries.md): every operation the client can send, keyed by the SHA-256 of the
// exact text it sends. That text is urql's: queries and mutations pass urql's cacheExchange,
// which adds __typename (formatDocument), then are printed by stringifyDocument; subscriptions
// are printed as written. The documents are read from the generated src/gql/graphql.ts,
// transpiled by TypeScript's own compiler, so what is listed is what was built.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { formatDocument, stringifyDocument } from "@urql/core";

const generated = readFileSync("src/gql/graphql.ts", "utf8");
const { outputText } = ts.transpileModule(generated, {
  compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
});
const scratch = mkdtempSync(join(tmpdir(), "smartpick-web-"));
let documents;
try {
  const module = join(scratch, "graphql.mjs");
  writeFileSync(module, outputText);
  documents = await import(pathToFileURL(module).href);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const manifest = {};
for (const document of Object.values(documents)) {
  const operation = document?.definitions?.find((d) => d.kind === "OperationDefinition");
  if (!operation) continue; // a fragment alone is never sent
  const sent = operation.operation === "subscription" ? document : formatDocument(document);
  const text = stringifyDocument(sent);
  manifest[createHash("sha256").update(text, "utf8").digest("hex")] = text;
}
writeFileSync("dist/persisted-queries.json", `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`dist/persisted-queries.json: ${Object.keys(manifest).length} operations`);
