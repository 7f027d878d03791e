/**
 * A terminal screen, as little of one as the command line's output needs: printable characters
 * (their width in columns), carriage return, line feed, cursor up (`ESC [ n A`), erase to the end
 * of the screen (`ESC [ J`) and colour (`ESC [ ... m`, kept apart). Anything else, and any line
 * wider than the screen, is an error: the test then sees what a person would not want to.
 */
import { displayWidth } from '../../src/cli/width.js';

export interface Screen {
  /** The lines on the screen at the end, without colour. */
  lines: string[];
  /** How often the cursor went up to draw again. */
  redraws: number;
  /** Colour sequences seen. */
  colours: number;
}

/** What `output` leaves on a screen `columns` wide, with no scrollback limit. */
export function screenOf(output: string, columns: number): Screen {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  let redraws = 0;
  let colours = 0;
  const at = (r: number): string[] => (rows[r] ??= []);
  // eslint-disable-next-line no-control-regex -- reading escape sequences is its job
  const sequence = /\x1b\[([0-9;?]*)([A-Za-z])/y;
  let i = 0;
  while (i < output.length) {
    const ch = output[i]!;
    if (ch === '\x1b') {
      sequence.lastIndex = i;
      const m = sequence.exec(output);
      if (!m) throw new Error(`an escape that is not a CSI sequence at ${i}: ${JSON.stringify(output.slice(i, i + 10))}`);
      const [whole, arg, final] = m;
      if (final === 'A') {
        row = Math.max(0, row - Number(arg || '1'));
        redraws++;
      } else if (final === 'J' && (arg === '' || arg === '0')) {
        at(row).length = col;
        rows.length = row + 1;
      } else if (final === 'm') colours++;
      else throw new Error(`an escape sequence the display should not need: ${JSON.stringify(whole)}`);
      i += whole!.length;
      continue;
    }
    if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row++;
      at(row);
    } else {
      const cp = output.codePointAt(i)!;
      const char = String.fromCodePoint(cp);
      const width = displayWidth(char);
      if (col + width > columns)
        throw new Error(`line ${row} is wider than ${columns} columns: ${JSON.stringify(at(row).join('') + char)}`);
      const line = at(row);
      while (line.length < col) line.push(' ');
      line[col] = char;
      // A wide character takes the next cell too.
      for (let w = 1; w < width; w++) line[col + w] = '';
      col += width;
      i += char.length;
      continue;
    }
    i++;
  }
  return { lines: rows.map((r) => r.join('').trimEnd()), redraws, colours };
}
