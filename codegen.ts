import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the client, generated from the server's committed SDL. `npm run codegen`. */
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  documents: ['client/src/**/*.{ts,vue}', '!client/src/graphql/**'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
      },
    },
  },
};

export default config;
