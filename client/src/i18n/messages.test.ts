import { describe, expect, it } from 'vitest';
import { messages } from './messages.js';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('messages', () => {
  it('has every German text in English too, and no more', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.de).sort());
  });
});
