import { describe, expect, it } from 'vitest';
import { tableCsv } from './report-files.js';

describe('tableCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Klick")', `"'=HYPERLINK(""http://evil.example"",""Klick"")"`],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['\tTab', `"'\tTab"`],
    ['\rCR', `"'\rCR"`],
    ['Chor Kalyna', 'Chor Kalyna'],
    ['a;b', '"a;b"'],
    ['Zschochersche Str. 50 = Haus West', 'Zschochersche Str. 50 = Haus West'],
  ])('writes the name %j as inert text: %s', (name, cell) => {
    const csv = tableCsv({ header: ['mo'], rows: [[name]] });
    expect(csv).toBe(`\uFEFFmo\r\n${cell}\r\n`);
  });

  it('leaves numbers numbers, negative ones too, with a decimal comma', () => {
    expect(tableCsv({ header: ['hours'], rows: [[-1.5]] })).toBe('\uFEFFhours\r\n-1,5\r\n');
  });
});
