import writeExcelFile, { type Row } from 'write-excel-file/node';
import { zonedParts } from '../shared/zoned-time.js';

/** Reports count days, months and periods on Leipzig's calendar, where the centre and its MOs are. */
export const REPORT_TIME_ZONE = 'Europe/Berlin';

/** A report table as people download it: a header row in the reader's language (`report-words.ts`), then text and numbers. */
export interface ReportTable {
  header: string[];
  rows: Array<Array<string | number>>;
}

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads umlauts right), semicolons between
 * fields and decimal commas, as German Excel expects.
 */
export function tableCsv(table: ReportTable): string {
  const text = (value: string) => {
    // a name like =HYPERLINK(…) would run as a formula in the spreadsheet; a leading ' keeps it text (OWASP)
    const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[";\n\r\t]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
  };
  const cell = (value: string | number) => (typeof value === 'number' ? String(value).replace('.', ',') : text(value));
  const lines = [table.header.map(text).join(';'), ...table.rows.map((row) => row.map(cell).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same table as an Excel workbook: numbers stay numbers, so sums and charts work without conversion. */
export async function tableXlsx(table: ReportTable, sheet: string): Promise<Buffer> {
  const data: Row[] = [
    table.header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...table.rows.map((row) => row.map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String }))),
  ];
  return writeExcelFile(data, { sheet, stickyRowsCount: 1 }).toBuffer();
}

/**
 * `usage-2026-12-01-2026-12-31.csv` for the report of [from, to): the first and the last day the period covers, on
 * Leipzig's calendar. In UTC a period that starts at midnight in winter begins the day before, and `to` is the
 * first instant after it.
 */
export function reportFileName(name: string, from: Date, to: Date, format: 'csv' | 'xlsx'): string {
  const day = (instant: Date) => {
    const { year, month, day } = zonedParts(instant, REPORT_TIME_ZONE);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const last = new Date(Math.max(from.getTime(), to.getTime() - 1));
  return `${name}-${day(from)}-${day(last)}.${format}`;
}
