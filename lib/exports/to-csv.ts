/**
 * CSV that a spreadsheet opens as it is: a UTF-8 byte order mark (Excel otherwise guesses the
 * encoding), CRLF line ends, every field quoted, and cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab, carriage return first) made inert with a leading apostrophe.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null): string => {
    let text = value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
