// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentModule, documentName, documentText, importDocuments } from './graphql-documents.js';

const generated = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'src', 'graphql', 'graphql.ts'), 'utf8');

describe('documents imported by name', () => {
  it('names a document as the generator exports it', () => {
    expect(documentName('query Me { me { id } }')).toBe('MeDocument');
    expect(documentName('\n  mutation Login($email: String!) { login(email: $email) { id } }\n')).toBe('LoginDocument');
    expect(documentName('fragment ViewerFields on User { id }')).toBe('ViewerFieldsFragmentDoc');
    expect(() => documentName('{ me { id } }')).toThrow(/named operation/);
  });

  it('replaces each call and the map’s import, and leaves other modules alone', () => {
    const code = [
      "import { graphql } from '../graphql/index.js';",
      'export const MeQuery = graphql(`',
      '  query Me { me { id } }',
      '`);',
      'export const Fields = graphql(`fragment ViewerFields on User { id }`);',
      'export const Again = graphql(`query Me { me { id } }`);',
    ].join('\n');
    const result = importDocuments(code)!;
    expect(result).not.toContain("from '../graphql/index.js'");
    expect(result).not.toContain('graphql(');
    expect(result).toContain('export const MeQuery = __document_MeDocument;');
    expect(result).toContain('export const Again = __document_MeDocument;');
    expect(result.match(/import __document_MeDocument from/g)).toHaveLength(1);
    expect(result).toContain('import __document_ViewerFieldsFragmentDoc from "\\u0000graphql-document:ViewerFieldsFragmentDoc";');
    expect(importDocuments('export const x = 1;')).toBeNull();
  });

  it('gives each document its own module holding the generated syntax tree, fragments included', async () => {
    const source = documentModule(generated, 'MeDocument');
    const tree = JSON.parse(source.replace(/^export default /, '').replace(/;\n$/, '')) as { definitions: Array<{ kind: string }> };
    const { MeDocument } = await import('./src/graphql/graphql.js');
    expect(tree).toEqual(JSON.parse(JSON.stringify(MeDocument)));
    expect(tree.definitions.map((definition) => definition.kind)).toEqual(['OperationDefinition', 'FragmentDefinition']);
    expect(() => documentModule(generated, 'NoSuchDocument')).toThrow(/npm run codegen/);
  });

  it('prints a document as the text Apollo Client sends: the same question, __typename asked everywhere', async () => {
    const { print } = await import('graphql');
    const { addTypenameToDocument } = await import('@apollo/client/utilities');
    const { BookingsInRangeDocument } = await import('./src/graphql/graphql.js');
    const text = documentText(generated, 'BookingsInRangeDocument');
    expect(text).toBe(print(addTypenameToDocument(BookingsInRangeDocument)));
    expect(text).toMatch(/^query BookingsInRange\(/);
    expect(text).toContain('fragment BookingFields on Booking');
    expect(text.match(/__typename/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
