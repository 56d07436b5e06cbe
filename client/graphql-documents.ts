import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import type { Plugin } from 'vite';

const GENERATED = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src', 'graphql', 'graphql.ts');
/** One module per document: a module is never split between chunks, so one module of all documents would again go everywhere. */
const VIRTUAL = '\0graphql-document:';
/** `graphql-text:<Name>`: a document as the text the API client sends (`first-answers/early.ts` asks with it). */
const TEXT = 'graphql-text:';
const VIRTUAL_TEXT = '\0graphql-text:';
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const MAP_IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*\/graphql\/index(?:\.js)?['"];?\s*$/m;

/** The generated constant a document's first definition is exported as (the client preset's naming). */
export function documentName(source: string): string {
  const first = parse(source).definitions[0];
  if (first?.kind === Kind.OPERATION_DEFINITION && first.name) return `${first.name.value}Document`;
  if (first?.kind === Kind.FRAGMENT_DEFINITION) return `${first.name.value}FragmentDoc`;
  throw new Error(`a GraphQL document needs a named operation or fragment first:\n${source}`);
}

/**
 * Replaces each `graphql(`…`)` call with the generated document it stands for, imported by name. The call
 * looks its document up in one map that holds every document of the app, so any page that made one call
 * downloaded all of them (about 19 kB compressed, also on the sign-in page); imported by name, each page
 * carries only its own. Returns null when the module makes no call.
 */
export function importDocuments(code: string): string | null {
  if (!code.includes('graphql(')) return null;
  const names = new Set<string>();
  const replaced = code.replace(CALL, (_call, source: string) => {
    const name = documentName(source);
    names.add(name);
    return `__document_${name}`;
  });
  if (names.size === 0) return null;
  const imports = [...names].map((name) => `import __document_${name} from ${JSON.stringify(`${VIRTUAL}${name}`)};\n`).join('');
  return `${imports}${replaced.replace(MAP_IMPORT, '')}`;
}

/**
 * The module of one generated document: its syntax tree as the generator wrote it (fragments it spreads
 * included), read from the generated file, where each document is one `export const` line.
 */
export function documentModule(generatedSource: string, name: string): string {
  const start = `export const ${name} = `;
  const line = generatedSource.split('\n').find((candidate) => candidate.startsWith(start));
  const end = line?.lastIndexOf(' as unknown as ') ?? -1;
  if (!line || end < 0) throw new Error(`${name} is not in the generated documents: run npm run codegen`);
  return `export default ${line.slice(start.length, end)};\n`;
}

/**
 * A generated document as the text Apollo Client sends for it: `__typename` added to every selection, printed.
 * A script that asks before the app runs then asks exactly the app's question, and the cache can store its answer.
 */
export function documentText(generatedSource: string, name: string): string {
  const tree = JSON.parse(documentModule(generatedSource, name).slice('export default '.length).replace(/;\n$/, '')) as DocumentNode;
  return print(addTypenameToDocument(tree));
}

/**
 * The build-time form of the codegen client preset's Babel plugin, for Vite. `answeredByServer` names the
 * operations whose texts the build leaves in `first-questions.json`, by operation name: the server answers
 * them into the calendar's page (`server/src/http/first-answers.ts`) with exactly the app's question.
 */
export function graphqlDocuments(options: { answeredByServer?: readonly string[] } = {}): Plugin {
  return {
    name: 'kollektiv-graphql-documents',
    enforce: 'pre',
    generateBundle() {
      if (!options.answeredByServer?.length) return;
      const generated = fs.readFileSync(GENERATED, 'utf8');
      const texts = Object.fromEntries(options.answeredByServer.map((name) => [name, documentText(generated, `${name}Document`)]));
      this.emitFile({ type: 'asset', fileName: 'first-questions.json', source: `${JSON.stringify(texts, null, 2)}\n` });
    },
    resolveId(id) {
      if (id.startsWith(TEXT)) return `\0${id}`;
      return id.startsWith(VIRTUAL) ? id : null;
    },
    load(id) {
      if (id.startsWith(VIRTUAL_TEXT)) {
        return `export default ${JSON.stringify(documentText(fs.readFileSync(GENERATED, 'utf8'), id.slice(VIRTUAL_TEXT.length)))};\n`;
      }
      return id.startsWith(VIRTUAL) ? documentModule(fs.readFileSync(GENERATED, 'utf8'), id.slice(VIRTUAL.length)) : null;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ts') || file.includes('/src/graphql/') || file.includes('/node_modules/')) return null;
      const result = importDocuments(code);
      return result === null ? null : { code: result, map: null };
    },
  };
}
