import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { badInput, type AppError } from '../shared/errors.js';
import { hasControlCharacters } from '../shared/text-input.js';

/** The field a string value belongs to: the last key of its variable path, or the argument or input field around a literal. */
function findInVariables(value: unknown, key: string): string | null {
  if (typeof value === 'string') return hasControlCharacters(value) ? key : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findInVariables(item, key);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) {
      const found = findInVariables(item, name);
      if (found !== null) return found;
    }
  }
  return null;
}

function findInDocument(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found !== null || !hasControlCharacters(node.value)) return;
      // `ancestors` stops before the parent, which is the Argument or ObjectField of a plain literal
      const owner = [...ancestors, parent]
        .reverse()
        .find(
          (ancestor): ancestor is ASTNode & { name: { value: string } } =>
            ancestor !== undefined && !Array.isArray(ancestor) && [Kind.ARGUMENT, Kind.OBJECT_FIELD].includes((ancestor as ASTNode).kind),
        );
      found = owner?.name.value ?? '';
    },
  });
  return found;
}

/**
 * Refuses control characters (a NUL byte above all) anywhere in an operation's string input, naming the
 * field, before anything runs: PostgreSQL cannot store NUL in text, and nothing people type needs the others.
 * Services still check their own fields (`shared/text-input.ts`); this catches every field at once,
 * including ones no service normalises, such as a login e-mail.
 */
export function controlCharacterRefusal(document: DocumentNode, variables: Record<string, unknown> | null | undefined): AppError | null {
  const field = findInVariables(variables ?? {}, '') ?? findInDocument(document);
  return field === null ? null : badInput(field, 'CONTROL_CHARACTERS');
}
