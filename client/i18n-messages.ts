import { baseCompile } from '@intlify/message-compiler';
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';

/**
 * The app's message files: a language's file (`i18n/locales/xx.ts`) and a screen's own words
 * (`…/texts/xx.ts`, `…/findTexts/xx.ts`, …). Every string they hold is a message.
 */
export const MESSAGE_FILE = /\/src\/(?:i18n\/locales|[\w/-]*\/(?:texts|\w+Texts))\/[a-z]{2}\.ts$/;

/** A message as vue-i18n's runtime evaluates it without a compiler: its syntax tree, in the compiler's short form. */
export function compiledMessage(message: string): string {
  const { ast } = baseCompile(message, {
    jit: true,
    location: false,
    minify: true,
    onError: (error) => {
      throw new Error(`message ${JSON.stringify(message)}: ${error.message}`);
    },
  });
  return JSON.stringify(ast);
}

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The message strings of a message module: values in its objects and arrays, not keys nor import paths. */
function messageStrings(node: Node, found: Array<{ start: number; end: number; text: string }>): void {
  if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration') return;
  if (node.type === 'Literal' && typeof node.value === 'string') {
    found.push({ start: node.start, end: node.end, text: node.value });
    return;
  }
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as Array<{ value: { cooked: string } }>;
    if ((node.expressions as unknown[]).length > 0) throw new Error('a message is a plain string, not a template with ${…}');
    found.push({ start: node.start, end: node.end, text: quasis[0]!.value.cooked });
    return;
  }
  for (const [field, value] of Object.entries(node)) {
    if (node.type === 'Property' && field === 'key' && node.computed !== true) continue;
    if (node.type === 'ExportNamedDeclaration' && field === 'source') continue;
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) messageStrings(child, found);
  }
}

/** A message module with every message compiled; null when the module is not one. */
export function compileMessages(code: string, id: string): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!MESSAGE_FILE.test(id.split('?')[0] ?? id)) return null;
  const found: Array<{ start: number; end: number; text: string }> = [];
  messageStrings(parseAst(code) as unknown as Node, found);
  const output = new MagicString(code);
  for (const { start, end, text } of found) output.overwrite(start, end, compiledMessage(text));
  return { code: output.toString(), map: output.generateMap({ hires: true }) };
}

/**
 * Compiles the messages at build time, so that vue-i18n's message compiler (about 8 kB compressed) is left out
 * of every page: with `__INTLIFY_DROP_MESSAGE_COMPILER__` the runtime only evaluates compiled messages. A
 * message that does not compile fails the build instead of showing a broken text.
 */
export function i18nMessages(): Plugin {
  return {
    name: 'kollektiv-i18n-messages',
    apply: 'build',
    transform(code, id) {
      return compileMessages(code, id);
    },
  };
}
