import { describe, expect, it } from 'vitest';
import { detectSeparator, readCsv } from '../../../../server/dashboard/model/csv-read';

describe('reading CSV from spreadsheets', () => {
  it('finds the separator on the first line, outside quotes', () => {
    expect(detectSeparator('naam;organisatie;rol\nA,B;C;D')).toBe(';');
    expect(detectSeparator('"a;b",organisatie,rol')).toBe(',');
    expect(detectSeparator('naam\torganisatie\trol')).toBe('\t');
    expect(detectSeparator('naam')).toBe(',');
  });

  it('reads quotes, doubled quotes, line breaks inside quotes, CRLF and a BOM, with line numbers', () => {
    const records = readCsv('\uFEFFnaam;opmerking\r\n"Piet ""PJ"" Smit";"twee\nregels"\r\n\r\n  Anna  ; ; \n');
    expect(records).toEqual([
      { line: 1, cells: ['naam', 'opmerking'] },
      { line: 2, cells: ['Piet "PJ" Smit', 'twee\nregels'] },
      { line: 5, cells: ['Anna', '', ''] },
    ]);
  });

  it('leaves out rows that are empty or only separators', () => {
    expect(readCsv('a,b\n,,\n\n1,2')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['1', '2'] },
    ]);
  });
});
