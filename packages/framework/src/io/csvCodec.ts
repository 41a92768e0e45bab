/** A small RFC 4180 reader and writer (pure, no dependencies). */
import { ImportError, importIssue } from './ImportError';

const NEEDS_QUOTES = /[",\r\n]/;

/** Quotes a field when it holds a comma, a quote or a line break (quotes doubled). */
export function formatCsvField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Writes records as CSV with CRLF line ends (also after the last record). */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => `${r.map(formatCsvField).join(',')}\r\n`).join('');
}

/**
 * Parses CSV text into records of fields. Accepts CRLF, LF or CR line ends and a leading BOM;
 * quoted fields keep their line breaks and `""` stands for `"`. A final line break does not
 * start a record. Record `i` of the result is row `i + 1` of the file.
 *
 * @throws ImportError for an unterminated quoted field or a quote inside an unquoted field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let quoted = false;
  let afterQuote = false; // just closed a quoted field: only , or a line end may follow
  let fieldStarted = false;
  const fail = (code: string): never => {
    throw new ImportError([
      importIssue(
        `row ${records.length + 1}, column ${record.length + 1}`,
        code,
        {},
        { row: records.length + 1 },
      ),
    ]);
  };
  const endField = (): void => {
    record.push(field);
    field = '';
    afterQuote = false;
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else field += c;
      i += 1;
      continue;
    }
    if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else if (afterQuote) fail('import.csv.after-quote');
    else if (c === '"') {
      if (fieldStarted) fail('import.csv.quote-in-field');
      quoted = true;
      fieldStarted = true;
    } else {
      field += c;
      fieldStarted = true;
    }
    i += 1;
  }
  if (quoted) fail('import.csv.unterminated');
  if (fieldStarted || afterQuote || record.length > 0) endRecord();
  return records;
}
