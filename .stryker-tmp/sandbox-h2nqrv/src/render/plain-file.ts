/**
 * Escaping for the files the bot writes. Text typed by members (a request's title, a
 * reason) must never turn into a live link, an image or HTML when the file is opened.
 */
// @ts-nocheck


/**
 * Markdown, for text inside a line or a table cell: every character that could start a
 * link, an image, emphasis, code or a new cell is escaped, and HTML is shown as text.
 * A line break becomes a space.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * One CSV cell (RFC 4180): quoted when needed. A cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, carriage return at the start) gets a leading apostrophe.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}
