import { describe, expect, it } from 'vitest';
import { qrDrawer } from './roomQr.js';

describe('room QR codes', () => {
  it('draws a code once and gives the same SVG for the same link', () => {
    const codes = qrDrawer(4);
    const url = 'https://example.org/calendar?view=resourceTimeGridDay&date=2027-06-08&rooms=a';
    expect(codes.kept(url)).toBeUndefined();
    const svg = codes.draw(url);
    expect(svg).toMatch(/^<svg/);
    expect(codes.kept(url)).toBe(svg);
    expect(codes.draw(url)).toBe(svg);
    expect(codes.draw(`${url}b`)).not.toBe(svg);
  });

  it('keeps a bounded number of codes, forgetting the oldest first', () => {
    const codes = qrDrawer(3);
    for (const room of ['a', 'b', 'c', 'd', 'e']) codes.draw(`https://example.org/calendar?rooms=${room}`);
    expect(codes.size()).toBe(3);
    expect(codes.kept('https://example.org/calendar?rooms=b')).toBeUndefined();
    expect(codes.kept('https://example.org/calendar?rooms=c')).toBeDefined();
    expect(codes.kept('https://example.org/calendar?rooms=e')).toBeDefined();
  });
});
