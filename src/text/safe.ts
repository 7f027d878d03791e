/**
 * Safe text: what a string from outside the action (a name, type, status or message from the
 * source database, a code or request id from the endpoint, a comment read back from the pull
 * request) becomes before a person sees it. Pure functions, no I/O, linear in the input.
 *
 * Three forms, one set of rules:
 *
 * - {@link safeLine}: one line of plain text, for the log, annotations and the step's failure
 *   message. The runner reads a log line as a workflow command when it starts with `::` (after
 *   white space) or holds `##[` anywhere, and it splits lines on `\r` as well as `\n`.
 * - {@link safeQuoted}: a value in double quotes for an error message (an input value): like
 *   safeLine, but white space is kept as it was and line breaks are shown, since there they are
 *   often the very mistake.
 * - {@link safeMarkdown}: inline GitHub-flavoured markdown, for the job summary and the pull-request
 *   comment: a table cell, a list item or a paragraph of its own.
 *
 * The rules, code point by code point:
 *
 * - White space (Unicode White_Space: tab, the line breaks CR, LF, VT, FF, NEL, U+2028, U+2029,
 *   and the spaces such as U+00A0 and U+3000): in a line, each run becomes one space and the
 *   ends are trimmed (a message reads as one line; differences in white space alone are not
 *   shown). In a quoted value, U+0020 is kept and every other one is shown.
 * - Shown as `<U+XXXX>` instead of the character itself, so that a person sees that two names
 *   differ and nothing can move the cursor, colour the terminal, reorder the text or hide part
 *   of it: controls (Cc: C0, DEL, C1 and with them every ESC sequence), format characters (Cf:
 *   the bidi controls U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069, the zero-width
 *   U+200B-U+200D, U+2060-U+2064, U+FEFF, the soft hyphen U+00AD, the tag characters
 *   U+E0001-U+E007F, ...), every other default-ignorable code point (variation selectors,
 *   U+034F, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, ...), the blank Braille pattern
 *   U+2800, private-use (Co) and unassigned (Cn, noncharacters included) code points, and lone
 *   surrogates. Joiners and variation selectors are shown even inside an emoji sequence: we
 *   would rather show a hidden character than draw a pretty one. Which code points are
 *   unassigned follows the Unicode version of the JavaScript engine.
 * - Everything else is *printable* and kept, in order (in markdown, escaped as below).
 * - A line never starts with `::` (a space goes between the two colons: `: :`), and no `#` is
 *   directly followed by `[` (a space goes between: `# [`), so no `##[` can form, nor can one
 *   form when the caller writes `#` before the text.
 * - Markdown, on top: `& < > "` become entities (no HTML tag, entity or attribute can open);
 *   `\ | ` * _ ~ [ ] $` get a backslash (no table cell ends, no code span, emphasis,
 *   strikethrough, link, image or math opens); a leading `# - + =` or the `.`/`)` after leading
 *   digits gets a backslash (no heading, list or rule starts). GitHub finds mentions, issue
 *   references, autolinks and emoji codes in the text of the rendered HTML, after markdown's own
 *   escapes are gone (so `\@` and `&#64;` do not help); an empty HTML comment `<!-- -->` splits
 *   that text without showing anything, and goes after every `@` (`@name`, `@org/team`, e-mail
 *   addresses), every `#` (`#123`, `owner/repo#123`), the `-` of a `GH-` that starts a word,
 *   before the `/` of `://` and the `.` of `www.` (no autolink, no link to an issue), and before
 *   the closing colon of `:name:` (no emoji). The name stays readable: `@octocat` still reads
 *   `@octocat`.
 * - Length: the result is at most `maxChars` UTF-16 code units (as `String.length` counts). When
 *   the text does not fit it is cut and ends with `…`; a cut never falls inside a surrogate pair,
 *   a `<U+XXXX>`, an entity, a backslash escape or a comment.
 * - Secrets given in `secrets` are replaced by `***` first, in every form (see secrets.ts).
 *
 * The report file is JSON and keeps the raw values: JSON escaping is all it needs.
 */

import { redact } from './secrets.js';

interface SafeTextOptions {
  /** Removed first (see {@link redact}). */
  secrets?: readonly string[];
}

const ELLIPSIS = '…';
/** Splits the text GitHub scans for mentions, references, autolinks and emoji codes. */
const SPLIT = '<!-- -->';

/**
 * One line of plain text for the log, an annotation or a failure message: white space folded,
 * invisible and control characters shown, no workflow command, at most `maxChars` long.
 */
export function safeLine(text: string, maxChars: number, options: SafeTextOptions = {}): string {
  return render(text, maxChars, options, LINE);
}

/**
 * `"value"` for an error message about an input: white space kept, line breaks and every other
 * invisible character shown, `"` and `\` escaped with a backslash, at most `maxChars` long with
 * the quotes.
 */
export function safeQuoted(text: string, maxChars: number, options: SafeTextOptions = {}): string {
  return render(text, maxChars, options, QUOTED);
}

/**
 * Inline markdown for the job summary or the pull-request comment: everything {@link safeLine}
 * guarantees, and no HTML, no markdown syntax, no table break, no mention, issue reference,
 * autolink or emoji code; at most `maxChars` long.
 */
export function safeMarkdown(text: string, maxChars: number, options: SafeTextOptions = {}): string {
  return render(text, maxChars, options, MARKDOWN);
}

/** `<U+200B>`: how a code point that is not shown as itself is written. */
export function codePointName(codePoint: number): string {
  return `<U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}>`;
}

// ---------------------------------------------------------------------------------------------
// The rules

interface Form {
  /** White space other than U+0020 is shown and spaces are kept (else folded and trimmed). */
  keepBlanks: boolean;
  markdown: boolean;
  quoted: boolean;
}

const LINE: Form = { keepBlanks: false, markdown: false, quoted: false };
const QUOTED: Form = { keepBlanks: true, markdown: false, quoted: true };
const MARKDOWN: Form = { keepBlanks: false, markdown: true, quoted: false };

/** How a code point is treated: kept (printable), folded as white space, or shown. */
const PRINTABLE = 0;
const BLANK_KIND = 1;
const SHOWN_KIND = 2;
type Kind = typeof PRINTABLE | typeof BLANK_KIND | typeof SHOWN_KIND;

const BLANK = /^\p{White_Space}$/u;
const SHOWN = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2800]$/u;

/** Kinds of the first 256 code points, computed once: most text is ASCII. */
const LATIN1: readonly Kind[] = Array.from({ length: 256 }, (_, cp) => classify(String.fromCharCode(cp)));

function classify(ch: string): Kind {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) return SHOWN_KIND; // a lone surrogate
  if (BLANK.test(ch)) return BLANK_KIND;
  return SHOWN.test(ch) ? SHOWN_KIND : PRINTABLE;
}

function kindOf(ch: string): Kind {
  const code = ch.charCodeAt(0);
  return code < 256 ? (LATIN1[code] as Kind) : classify(ch);
}

/** Markdown escapes of single printable characters; all others stand for themselves. */
const MARKDOWN_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ['\\', '\\\\'],
  ['|', '\\|'],
  ['`', '\\`'],
  ['*', '\\*'],
  ['_', '\\_'],
  ['~', '\\~'],
  ['[', '\\['],
  [']', '\\]'],
  ['$', '\\$'],
  ['@', '@' + SPLIT],
  ['#', '#' + SPLIT]
]);

/** At the start of a markdown line these open a heading, a list or a rule. */
const LINE_OPENERS = new Set(['#', '-', '+', '=']);

/** Characters of an emoji code such as `:white_check_mark:` or `:+1:`. */
const EMOJI_NAME = /^[A-Za-z0-9_+-]$/;

/**
 * The output, piece by piece. A piece (a character with its escape, or a `<U+XXXX>`) is kept
 * whole or not at all; `cut` remembers the last length at which the ellipsis still fits.
 */
class Output {
  text = '';
  private cut = 0;
  full = false;

  constructor(private readonly limit: number) {}

  /** Appends `piece` and returns true, or returns false (and stays full) when it does not fit. */
  push(piece: string): boolean {
    if (this.full) return false;
    if (this.text.length + piece.length > this.limit) {
      this.full = true;
      return false;
    }
    this.text += piece;
    if (this.text.length < this.limit) this.cut = this.text.length;
    return true;
  }

  /** The text, cut with `…` when something did not fit; `closing` (a quote) is added after. */
  finish(closing = ''): string {
    if (!this.full) return this.text + closing;
    return this.text.slice(0, this.cut).trimEnd() + ELLIPSIS + closing;
  }
}

function render(input: string, maxChars: number, options: SafeTextOptions, form: Form): string {
  const limit = Number.isNaN(maxChars) ? 0 : Math.floor(maxChars);
  const text = options.secrets && options.secrets.length > 0 ? redact(String(input), options.secrets) : String(input);
  if (form.quoted) {
    if (limit < 3) return '';
    // The opening quote is written here; the closing one is kept room for.
    const out = new Output(limit - 1);
    out.push('"');
    return walk(text, out, form).finish('"');
  }
  if (limit <= 0) return '';
  const fast = form.markdown ? plainAsciiMarkdown(text) : plainAsciiLine(text);
  if (fast !== undefined && fast.length <= limit) return fast;
  return walk(text, new Output(limit), form).finish();
}

// The common case, names such as `table_000123`, without the walk: printable ASCII that no rule
// but a one-character escape applies to. The walk gives the same result, only slower.
const ASCII = /^[ -~]*$/;
const MARKDOWN_CONTEXT = /[:#@]|^[-+=]|^\d+[.)]|www\.|gh-/i;
const MARKDOWN_SINGLE = /[&<>"\\|`*_~[\]$]/g;

/** Printable ASCII, single spaces, none at either end. */
function isPlainAscii(text: string): boolean {
  return ASCII.test(text) && !text.startsWith(' ') && !text.endsWith(' ') && !text.includes('  ');
}

function plainAsciiLine(text: string): string | undefined {
  return isPlainAscii(text) && !text.startsWith('::') && !text.includes('#[') ? text : undefined;
}

function plainAsciiMarkdown(text: string): string | undefined {
  if (!isPlainAscii(text) || MARKDOWN_CONTEXT.test(text)) return undefined;
  return text.replace(MARKDOWN_SINGLE, (c) => MARKDOWN_ESCAPES.get(c) ?? c);
}

function walk(text: string, out: Output, form: Form): Output {
  /** A folded run of white space waits here until something printable follows it. */
  let pendingSpace = false;
  // What the rules look back at: the last three characters written (lower-case ASCII letters for
  // `gh-` and `www.`), whether an emoji code is open, whether only digits were written. All of it
  // is forgotten at a space or a shown code point, which already separate the text around them.
  const context: Context = { last: '', second: '', third: '', emojiName: -1, onlyDigits: true };
  const forget = (): void => {
    context.last = context.second = context.third = '';
    context.emojiName = -1;
  };

  for (const ch of text) {
    const kind = kindOf(ch);
    if (kind === BLANK_KIND && !form.keepBlanks) {
      pendingSpace = out.text.length > 0;
      if (pendingSpace) context.onlyDigits = false; // `1 .` opens no list: only `1.` does
      continue;
    }
    if (kind !== PRINTABLE) {
      const name = codePointName(ch.codePointAt(0) ?? 0);
      const piece = kind === BLANK_KIND && ch === ' ' ? ' ' : form.markdown ? `&lt;${name.slice(1, -1)}&gt;` : name;
      if (!out.push(pendingSpace ? ' ' + piece : piece)) break;
      pendingSpace = false;
      forget();
      context.onlyDigits = false;
      continue;
    }
    // Never `::` at the start of the line, never `#[`: a space goes between.
    const separate = pendingSpace || (ch === ':' && out.text === ':') || (ch === '[' && context.last === '#');
    if (separate) forget();
    const piece = form.markdown ? markdownPiece(ch, out.text.length === 0, context) : plainPiece(ch, form);
    if (!out.push(separate ? ' ' + piece : piece)) break;
    pendingSpace = false;
    context.third = context.second;
    context.second = context.last;
    context.last = ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
    if (form.markdown) {
      context.emojiName = ch === ':' ? 0 : context.emojiName >= 0 && EMOJI_NAME.test(ch) ? context.emojiName + 1 : -1;
      context.onlyDigits = context.onlyDigits && ch >= '0' && ch <= '9';
    }
  }
  return out;
}

function plainPiece(ch: string, form: Form): string {
  return form.quoted && (ch === '"' || ch === '\\') ? '\\' + ch : ch;
}

interface Context {
  /** The last character written, lower-cased when it is an ASCII letter; '' after a space. */
  last: string;
  second: string;
  third: string;
  /** Characters of an emoji code written since the last `:`, or -1 when not in one. */
  emojiName: number;
  /** Nothing but digits written so far (`1.` at the start opens a list). */
  onlyDigits: boolean;
}

const WORD = /^[a-z0-9_]$/;

function markdownPiece(ch: string, atStart: boolean, context: Context): string {
  const { last, second, third } = context;
  if (atStart && LINE_OPENERS.has(ch)) return '\\' + (MARKDOWN_ESCAPES.get(ch) ?? ch);
  if ((ch === '.' || ch === ')') && context.onlyDigits && !atStart) return '\\' + ch;
  // `GH-` at the start of a word, `://`, `www.`, the end of `:name:`.
  if (ch === '-' && last === 'h' && second === 'g' && !WORD.test(third)) return '-' + SPLIT;
  if (ch === '/' && last === ':') return SPLIT + '/';
  if (ch === '.' && last === 'w' && second === 'w' && third === 'w') return SPLIT + '.';
  if (ch === ':' && context.emojiName > 0) return SPLIT + ':';
  return MARKDOWN_ESCAPES.get(ch) ?? ch;
}
