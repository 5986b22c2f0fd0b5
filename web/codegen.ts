// GraphQL Code Generator: typed documents for every graphql() call under src/, from the
// gateway's committed SDL. `npm run codegen` rewrites src/gql/; CODEGEN_OUT checks a copy.
import type { CodegenConfig } from "@graphql-codegen/cli";

const out = process.env.CODEGEN_OUT ?? "src/gql/";

const config: CodegenConfig = {
  schema: "../docs/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: "string", Date: "string" } },
    },
  },
};

export default config;
