import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './content-encoding.js';

describe('chooseEncoding', () => {
  it('chooses the encoding the browser accepts', () => {
    expect(chooseEncoding('gzip, br', { br: true, gz: true })).toBe('br');
    expect(chooseEncoding('br;q=0, gzip', { br: true, gz: true })).toBe('gzip');
    expect(chooseEncoding('br', { br: false, gz: true })).toBeNull();
    expect(chooseEncoding(undefined, { br: true, gz: true })).toBeNull();
  });
});
