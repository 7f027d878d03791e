/**
 * How wide text is on a terminal, in columns: what the live display measures so that no line is
 * wider than the terminal. Text from outside reaches it through the safe text (src/text/safe.ts),
 * so it holds no control or format characters: every code point is one column, two for East
 * Asian wide and fullwidth characters (CJK, and the emoji drawn as pictures, which Unicode's East
 * Asian Width calls wide), none for a combining mark. Pure functions, no I/O.
 */
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}]$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns one code point takes. */
function columnsOf(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code < 0x300) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(code);
}

/** Columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += columnsOf(ch);
  return width;
}

/** `text` cut to at most `columns`, ending with `…` when cut; never splits a character. */
export function cutToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  if (columns <= 0) return '';
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = columnsOf(ch);
    if (width + w > columns - 1) break;
    out += ch;
    width += w;
  }
  return out + '…';
}

/** `text` cut to `columns` and padded with spaces to exactly that many, on the right or (`start`) the left. */
export function fitToWidth(text: string, columns: number, align: 'end' | 'start' = 'end'): string {
  const cut = cutToWidth(text, columns);
  const pad = ' '.repeat(Math.max(0, columns - displayWidth(cut)));
  return align === 'end' ? cut + pad : pad + cut;
}

/**
 * `text` in lines of at most `columns`, broken at spaces where it can be and inside a word only
 * where a word is longer than a line; the lines after the first are indented by two more
 * columns than the text is.
 */
export function wrapToWidth(text: string, columns: number): string[] {
  if (displayWidth(text) <= columns) return [text];
  const lead = /^ */.exec(text)?.[0] ?? '';
  const indent = ' '.repeat(Math.min(Math.floor(columns / 2), lead.length + 2));
  const lines: string[] = [];
  let line = lead;
  let width = lead.length;
  /** Nothing but the indent on the line yet. */
  let empty = true;
  const push = (): void => {
    lines.push(line);
    line = indent;
    width = indent.length;
    empty = true;
  };
  for (const word of text.slice(lead.length).split(' ')) {
    if (word === '') continue;
    const w = displayWidth(word);
    if (!empty && width + 1 + w > columns) push();
    else if (!empty) {
      line += ' ';
      width += 1;
    }
    if (width + w <= columns) {
      line += word;
      width += w;
      empty = false;
      continue;
    }
    // A word longer than a line: as many characters as fit, line by line.
    for (const ch of word) {
      const cw = columnsOf(ch);
      if (width + cw > columns && !empty) push();
      line += ch;
      width += cw;
      empty = false;
    }
  }
  if (!empty) lines.push(line);
  return lines;
}
