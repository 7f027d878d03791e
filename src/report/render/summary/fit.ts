/**
 * Keeping the summary under its size bound (UTF-8 bytes): GitHub drops a step summary over 1 MiB
 * whole, and a pull-request comment holds at most 65,536 characters.
 */

export const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Bytes of lines joined by newlines, each line's newline included. */
export const linesBytes = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + bytes(line) + 1, 0);

/**
 * Join the lines; should the result still exceed `maxBytes` (only with a bound too small for
 * the heading and counts), drop lines from the end and say so, and as a last resort cut bytes
 * at a character boundary.
 */
export function fit(lines: readonly string[], maxBytes: number): string {
  const text = lines.join('\n') + '\n';
  if (bytes(text) <= maxBytes) return text;
  const marker = '_The summary was cut to stay under its size limit._\n';
  const room = maxBytes - bytes(marker);
  let kept = '';
  let size = 0;
  for (const line of lines) {
    const add = bytes(line) + 1;
    if (size + add > room) break;
    kept += line + '\n';
    size += add;
  }
  if (room >= 0) return kept + marker;
  return cutBytes(text, maxBytes);
}

function cutBytes(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  let out = '';
  let size = 0;
  for (const ch of text) {
    const add = bytes(ch);
    if (size + add > maxBytes) break;
    out += ch;
    size += add;
  }
  return out;
}
