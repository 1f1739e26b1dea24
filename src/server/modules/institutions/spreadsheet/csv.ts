/**
 * RFC 4180 CSV, tolerant of what spreadsheet programs write: a UTF-8 BOM, CRLF or LF,
 * quoted fields with doubled quotes and line breaks, and a comma, semicolon or tab
 * delimiter (guessed from the first line). Pure; never throws.
 */

export type CsvRow = { line: number; cells: string[] };

const DELIMITERS = [',', '\t', ';'] as const;

export function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** Splits CSV text into rows of cells; `line` is the 1-based line where the row starts. */
export function parseCsv(input: string, delimiter: string = guessDelimiter(input)): CsvRow[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let isQuoted = false;
  let line = 1;
  let rowLine = 1;
  let index = 0;
  const endRow = () => {
    cells.push(field);
    rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
  };
  while (index < text.length) {
    const char = text[index]!;
    if (isQuoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          isQuoted = false;
        }
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field.length === 0) {
      isQuoted = true;
    } else if (char === delimiter) {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      field += char;
    }
    index += 1;
  }
  if (field.length > 0 || cells.length > 0) endRow();
  return rows;
}

/** Quotes a cell when it needs to be. */
export function formatCsvCell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(formatCsvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Decodes file bytes as text: UTF-8 when valid (with or without BOM), else GB18030, the
 * encoding Excel on Chinese Windows writes CSV in.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
