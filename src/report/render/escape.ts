/**
 * Escaping of text that comes from the API (names, statuses, error messages) or from inputs
 * (job ids, region) before it goes into the job summary, which GitHub renders as HTML plus
 * GitHub-flavoured markdown. Pure functions, no I/O.
 */

/** What each special character becomes. Everything else is kept as is. */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  // HTML: no tag, entity or attribute can be opened.
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  // A table cell ends at an unescaped pipe.
  ['|', '\\|'],
  // Markdown: no code span, emphasis, strikethrough or link can be opened, and a backslash in
  // the text cannot escape the character we put after it.
  ['\\', '\\\\'],
  ['`', '\\`'],
  ['*', '\\*'],
  ['_', '\\_'],
  ['~', '\\~'],
  ['[', '\\['],
  [']', '\\]']
]);

/** Line breaks, tabs and other separators: each run of them (and of spaces) becomes one space. */
const BLANK = /^[ \t\n\v\f\r\u0085\u00a0\u2028\u2029]$/;

/**
 * Dropped: C0 and C1 control characters, DEL, and the invisible direction marks and overrides
 * that could make a name read as something else.
 */
// eslint-disable-next-line no-control-regex
const DROPPED = /^[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]$/;

/**
 * Make `text` safe inside a cell of a GitHub-markdown table (and anywhere else in a markdown
 * line): HTML-escapes `& < > "`, backslash-escapes `|` and the markdown specials
 * `\ ` * _ ~ [ ]`, turns line breaks and tabs into single spaces, drops control characters and
 * direction overrides, replaces lone surrogates with U+FFFD, and trims.
 *
 * `maxChars` bounds the length of the *result* (in UTF-16 code units, as `String.length`
 * counts): when the escaped text is longer it is cut and ends with `…`. The cut always falls
 * between two escaped characters, never inside an escape sequence such as `&amp;` or `\|` nor
 * inside a surrogate pair. Without `maxChars` nothing is cut.
 */
export function escapeCell(text: string, maxChars: number = Number.POSITIVE_INFINITY): string {
  const limit = Number.isNaN(maxChars) ? Number.POSITIVE_INFINITY : Math.floor(maxChars);
  if (limit <= 0) return '';
  let out = '';
  /** Length of `out` at the last boundary where `out` plus `…` still fits. */
  let cut = 0;
  let pendingSpace = false;
  for (const ch of text) {
    if (BLANK.test(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (DROPPED.test(ch)) continue;
    let piece = ESCAPES.get(ch);
    if (piece === undefined) {
      const code = ch.charCodeAt(0);
      // A lone surrogate (for..of yields a pair as one string of length 2).
      piece = ch.length === 1 && code >= 0xd800 && code <= 0xdfff ? '\ufffd' : ch;
    }
    if (pendingSpace) {
      piece = ' ' + piece;
      pendingSpace = false;
    }
    if (out.length + piece.length > limit) {
      return out.slice(0, cut).trimEnd() + '…';
    }
    out += piece;
    if (out.length <= limit - 1) cut = out.length;
  }
  return out;
}
