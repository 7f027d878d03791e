/** Reading the summary's markdown back in tests: its tables, their cells, its parts. */
import { expect } from '@jest/globals';

/** Pipes that end a cell: a backslash escapes the character after it (as GFM's table scanner reads it). */
function unescapedPipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') n++;
  }
  return n;
}

/** The markdown tables of a text: runs of lines starting with `|`; a table must end at a blank line. */
export function tables(markdown: string): string[][] {
  const result: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) result.push((current = []));
      current.push(line);
    } else {
      // GFM would read a non-blank line right after a table as one more row.
      if (current) expect(line).toBe('');
      current = undefined;
    }
  }
  return result;
}

/** Every row of every table has its header's number of cells and ends its last cell. */
export function expectWellFormedTables(markdown: string): void {
  for (const table of tables(markdown)) {
    const pipes = unescapedPipes(table[0] ?? '');
    for (const row of table) {
      expect({ row, pipes: unescapedPipes(row) }).toEqual({ row, pipes });
      expect(row.endsWith('|')).toBe(true);
    }
  }
}

/** Cells of a table row, unescaped pipes as separators. */
export function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length - 1; i++) {
    const ch = row[i] ?? '';
    if (ch === '\\') {
      cell += ch + (row[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}
