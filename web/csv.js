// CSV as spreadsheets read it: RFC 4180 quoting (a cell with a comma, quote or line break is
// quoted, quotes doubled), CRLF rows, and a UTF-8 byte-order mark so Excel reads Chinese.
// A cell that starts with = + - @ (or a tab, carriage return or NUL) would be run as a
// formula when the file is opened, so it gets a leading apostrophe: ASVS 4.0/5.0 V1.2.10
// (https://asvs.emil.hemdal.se/1.2.10), CWE-1236 (https://shoulder.dev/threats/cwe/CWE-1236).

const FORMULA_START = /^[=+\-@\t\r\0]/;

export function csvCell(value) {
  let text = value == null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** rows: arrays of cell values; the first row is usually the header. */
export function toCsv(rows) {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
