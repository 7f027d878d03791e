/**
 * The safe-text module: each rule on its own, then properties over random strings (all of
 * Unicode, controls, lone surrogates, and fragments crafted to start workflow commands, mention
 * people or break markdown).
 *
 * "Printable" is defined here, independently of the module: a code point that is not white
 * space (Unicode White_Space) and not a control (Cc), format character (Cf), surrogate (Cs),
 * private-use (Co) or unassigned (Cn) code point, not default-ignorable, and not the blank
 * Braille pattern U+2800. Every other code point must come out as `<U+XXXX>` (or, for white
 * space, as a space).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { codePointName, safeLine, safeMarkdown, safeQuoted } from '../../src/text/safe.js';
import { redact, secretForms } from '../../src/text/secrets.js';

const WHITE = /^\p{White_Space}$/u;
const HIDDEN = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2800]$/u;

function isPrintable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) return false;
  return !WHITE.test(ch) && !HIDDEN.test(ch);
}

/** What a person must be able to see of `text`, in order: printable characters and `<U+XXXX>`. */
function visibleUnits(text: string): string[] {
  const units: string[] = [];
  for (const ch of text) {
    if (isPrintable(ch)) units.push(ch);
    else if (!WHITE.test(ch)) units.push(codePointName(ch.codePointAt(0) ?? 0));
  }
  return units;
}

/** Lines as the runner splits a process's output. */
const runnerLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** True when the runner would read `line` as a workflow command. */
function isCommand(line: string): boolean {
  return line.replace(/^\p{White_Space}+/u, '').startsWith('::') || line.includes('##[');
}

/** Undoes the markdown form: the comments, the backslash escapes and the four entities. */
function decodeMarkdown(text: string): string {
  return text.replace(
    /<!-- -->|\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot);/g,
    (match, escaped: string | undefined, entity: string | undefined) => {
      if (escaped !== undefined) return escaped;
      if (entity !== undefined) return { amp: '&', lt: '<', gt: '>', quot: '"' }[entity] ?? match;
      return '';
    }
  );
}

// ---------------------------------------------------------------------------------------------
// Rules

describe('safeLine', () => {
  it('folds line breaks, tabs and other white space into single spaces and trims', () => {
    expect(safeLine('one\r\ntwo\n\nthree\tfour\u000b\u000cfive\u0085six\u2028seven\u2029eight', 200)).toBe(
      'one two three four five six seven eight'
    );
    expect(safeLine('  a \u00a0\u3000 b  ', 100)).toBe('a b');
    expect(safeLine('\n\t ', 100)).toBe('');
    expect(safeLine('', 100)).toBe('');
  });

  it('shows controls, ESC sequences, bidi and invisible characters as <U+XXXX>', () => {
    expect(safeLine('a\u0000b\u0007c\u001b[31md\u007f\u009b1m', 200)).toBe('a<U+0000>b<U+0007>c<U+001B>[31md<U+007F><U+009B>1m');
    expect(safeLine('abc\u202edef\u2066x\u2069\u200e\u200f\u061c', 200)).toBe('abc<U+202E>def<U+2066>x<U+2069><U+200E><U+200F><U+061C>');
    expect(safeLine('orders\u200b', 100)).toBe('orders<U+200B>');
    expect(safeLine('a\u200c\u200d\u2060\u2061\u2064\ufeff\u00ad\u034f\u180e', 200)).toBe(
      'a<U+200C><U+200D><U+2060><U+2061><U+2064><U+FEFF><U+00AD><U+034F><U+180E>'
    );
    // Tag characters, variation selectors, Hangul fillers, the blank Braille pattern.
    expect(safeLine('x\u{E0001}\u{E0041}\u{E007F}', 100)).toBe('x<U+E0001><U+E0041><U+E007F>');
    expect(safeLine('x\ufe0f\u{E0100}', 100)).toBe('x<U+FE0F><U+E0100>');
    expect(safeLine('\u3164\u115f\u1160\uffa0\u2800', 100)).toBe('<U+3164><U+115F><U+1160><U+FFA0><U+2800>');
    // Private use, unassigned, noncharacters.
    expect(safeLine('\ue000\u{F0000}\u0378\ufdd0\uffff', 100)).toBe('<U+E000><U+F0000><U+0378><U+FDD0><U+FFFF>');
  });

  it('shows lone surrogates and keeps surrogate pairs', () => {
    expect(safeLine('a\ud800b\udfffc', 100)).toBe('a<U+D800>b<U+DFFF>c');
    expect(safeLine('😀 𝒳', 100)).toBe('😀 𝒳');
    expect(safeLine('\udfff\ud800', 100)).toBe('<U+DFFF><U+D800>');
  });

  it('keeps printable text of every script, with its combining marks', () => {
    const text = 'Zürich 東京 Ελληνικά עברית العربية हिन्दी e\u0301 한국어';
    expect(safeLine(text, 200)).toBe(text);
  });

  it('never starts a line with :: and never writes ##[', () => {
    expect(safeLine('::error::x', 100)).toBe(': :error::x');
    expect(safeLine('  \u00a0::add-mask::y', 100)).toBe(': :add-mask::y');
    expect(safeLine('\r::stop-commands::z', 100)).toBe(': :stop-commands::z');
    expect(safeLine('Throttling\n::error::x', 100)).toBe('Throttling ::error::x');
    expect(safeLine('msg ##[error]z', 100)).toBe('msg ## [error]z');
    expect(safeLine('###[x #[y', 100)).toBe('### [x # [y');
    expect(safeLine(':\n:', 100)).toBe(': :');
    expect(safeLine('\u200b::x', 100)).toBe('<U+200B>::x');
  });

  it('cuts at a piece boundary with an ellipsis, within maxChars', () => {
    expect(safeLine('abcdef', 4)).toBe('abc…');
    expect(safeLine('abcdef', 6)).toBe('abcdef');
    expect(safeLine('ab😀cd', 4)).toBe('ab…');
    expect(safeLine('ab😀cd', 5)).toBe('ab😀…');
    expect(safeLine('ab\u200bcd', 10)).toBe('ab…'); // `ab<U+200B>` and the ellipsis make 11
    expect(safeLine('ab\u200bcd', 11)).toBe('ab<U+200B>…');
    expect(safeLine('ab     cd', 4)).toBe('ab…');
    expect(safeLine('abc', 1)).toBe('…');
    expect(safeLine('abc', 0)).toBe('');
    expect(safeLine('abc', Number.NaN)).toBe('');
    expect(safeLine('abc', Number.POSITIVE_INFINITY)).toBe('abc');
  });

  it('removes secrets first, also URL-encoded once or twice', () => {
    const secret = 'AK+se/cret=';
    const message = `a ${secret} b ${encodeURIComponent(secret)} c ${encodeURIComponent(encodeURIComponent(secret))} d`;
    expect(safeLine(message, 200, { secrets: [secret] })).toBe('a *** b *** c *** d');
    // A secret that holds characters the line would change is still found.
    expect(safeLine('x ab\ncd y', 100, { secrets: ['ab\ncd'] })).toBe('x *** y');
  });
});

describe('safeQuoted', () => {
  it('quotes, escapes quotes and backslashes, keeps spaces and shows line breaks', () => {
    expect(safeQuoted('30s', 100)).toBe('"30s"');
    expect(safeQuoted(' 30s\n', 100)).toBe('" 30s<U+000A>"');
    expect(safeQuoted('a"b\\c', 100)).toBe('"a\\"b\\\\c"');
    expect(safeQuoted('abc\u001b[31mred\u0007', 100)).toBe('"abc<U+001B>[31mred<U+0007>"');
    expect(safeQuoted('x\t##[error]', 100)).toBe('"x<U+0009>## [error]"');
  });

  it('keeps the closing quote within maxChars', () => {
    expect(safeQuoted('abcdef', 5)).toBe('"ab…"');
    expect(safeQuoted('abc', 5)).toBe('"abc"');
    expect(safeQuoted('abc', 2)).toBe('');
  });
});

describe('safeMarkdown', () => {
  it('escapes HTML, table pipes and markdown specials', () => {
    expect(safeMarkdown('a|b', 100)).toBe('a\\|b');
    expect(safeMarkdown('<script>alert("x") & co</script>', 200)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; co&lt;/script&gt;');
    expect(safeMarkdown('`x` *y* _z_ [l](u) ~s~ \\ $m$', 200)).toBe('\\`x\\` \\*y\\* \\_z\\_ \\[l\\](u) \\~s\\~ \\\\ \\$m\\$');
    expect(safeMarkdown('&#64;octocat', 100)).toBe('&amp;#<!-- -->64;octocat');
  });

  it('starts no heading, list or rule', () => {
    expect(safeMarkdown('# title', 100)).toBe('\\#<!-- --> title');
    expect(safeMarkdown('- item', 100)).toBe('\\- item');
    expect(safeMarkdown('+ item', 100)).toBe('\\+ item');
    expect(safeMarkdown('===', 100)).toBe('\\===');
    expect(safeMarkdown('12. item', 100)).toBe('12\\. item');
    expect(safeMarkdown('3) item', 100)).toBe('3\\) item');
    expect(safeMarkdown('> quote', 100)).toBe('&gt; quote');
    expect(safeMarkdown('a - b 1. c', 100)).toBe('a - b 1. c');
    // A space between the digits and the dot: no list, nothing to escape (fast-check found it).
    expect(safeMarkdown('0 )', 100)).toBe('0 )');
    expect(safeMarkdown('0 )\u200b', 100)).toBe('0 )&lt;U+200B&gt;');
    expect(safeMarkdown('7  . x', 100)).toBe('7 . x');
    expect(safeMarkdown(' 0.', 100)).toBe('0\\.');
  });

  it('neutralizes mentions, issue references, autolinks and emoji codes, keeping the text readable', () => {
    expect(safeMarkdown('@octocat', 100)).toBe('@<!-- -->octocat');
    expect(safeMarkdown('ping @acme/admins', 100)).toBe('ping @<!-- -->acme/admins');
    expect(safeMarkdown('see #1 and acme/app#2', 100)).toBe('see #<!-- -->1 and acme/app#<!-- -->2');
    expect(safeMarkdown('GH-3 gh-4 (GH-5', 100)).toBe('GH-<!-- -->3 gh-<!-- -->4 (GH-<!-- -->5');
    expect(safeMarkdown('high-level', 100)).toBe('high-level');
    expect(safeMarkdown('https://github.com/a/b/issues/1', 100)).toBe('https:<!-- -->//github.com/a/b/issues/1');
    expect(safeMarkdown('www.example.com', 100)).toBe('www<!-- -->.example.com');
    expect(safeMarkdown('ops@example.com', 100)).toBe('ops@<!-- -->example.com');
    expect(safeMarkdown(':white_check_mark: :+1:', 100)).toBe(':white\\_check\\_mark<!-- -->: :+1<!-- -->:');
  });

  it('shows invisible characters as escaped <U+XXXX>', () => {
    expect(safeMarkdown('orders\u200b', 100)).toBe('orders&lt;U+200B&gt;');
    expect(safeMarkdown('a\u202eb', 100)).toBe('a&lt;U+202E&gt;b');
  });

  it('never cuts inside an escape, an entity or a comment', () => {
    expect(safeMarkdown('ab&cd', 6)).toBe('ab…');
    expect(safeMarkdown('ab|cd', 4)).toBe('ab…');
    expect(safeMarkdown('ab|cd', 5)).toBe('ab\\|…');
    expect(safeMarkdown('a@b', 5)).toBe('a…');
    expect(safeMarkdown('a@bc', 11)).toBe('a@<!-- -->…');
    expect(safeMarkdown('a\u200bb', 10)).toBe('a…');
  });

  it('reads the same as the line once rendered (differential, crafted text)', () => {
    const text = 'x\r\n::error::@octocat #1 |a| <b> ##[warn] \u202e\u200b :smile: www.x.y https://z';
    expect(decodeMarkdown(safeMarkdown(text, 1000))).toBe(safeLine(text, 1000));
  });
});

describe('redact', () => {
  it('replaces each secret in each of its forms, longest first, and ignores short ones', () => {
    expect(redact('key=abcd1234 and abcd1234x', ['abcd1234'])).toBe('key=*** and ***x');
    expect(redact('q=a%2Bb%2Fc%3D&r=a+b/c=', ['a+b/c='])).toBe('q=***&r=***');
    expect(redact('one abc two', ['abc', ''])).toBe('one abc two');
    expect(redact('token "ab\\"cd" end', ['ab"cd'])).toBe('token "***" end');
  });

  it('lists the encoded forms once each', () => {
    expect(secretForms('plain123')).toEqual(['plain123']);
    expect(secretForms('a+b/c=')).toEqual(['a+b/c=', 'a%2Bb%2Fc%3D', 'a%252Bb%252Fc%253D']);
    expect(secretForms("it's(*)")).toContain('it%27s%28%2A%29');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Fragments that attack the runner, a terminal, markdown or GitHub. */
const CRAFTED = [
  '::',
  '::error::x',
  '::add-mask::',
  '::stop-commands::t',
  '##[',
  '##[error]',
  '#[',
  '#',
  '[',
  '\r',
  '\n',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u001b[31m',
  '\u001b]8;;http://x\u0007',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\u{E0041}',
  '\ufe0f',
  '@',
  '@octocat',
  '@acme/admins',
  '#1',
  'acme/app#2',
  'GH-3',
  'https://',
  'www.',
  ':smile:',
  '|',
  '<!--',
  '-->',
  '&amp;',
  '\\',
  '`',
  '$',
  ' ',
  '  ',
  '\t'
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.constantFrom(...CRAFTED) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) }
);
const hostile = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
const limit = fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant(Number.POSITIVE_INFINITY));

/** Every code point of `text` is printable, a plain space, or the ellipsis. */
function onlyVisible(text: string): boolean {
  for (const ch of text) if (ch !== ' ' && !isPrintable(ch)) return false;
  return true;
}

/** `output` (without spaces) holds the input's visible units: all of them, or a prefix when cut. */
function keepsVisible(input: string, output: string, cut: boolean): boolean {
  const units = visibleUnits(input);
  const got = (cut ? output.slice(0, -1) : output).replace(/ /g, '');
  if (!cut) return got === units.join('');
  if (!output.endsWith('…')) return false;
  let prefix = '';
  for (const unit of units) {
    if (prefix === got) return true;
    prefix += unit;
  }
  return prefix === got;
}

/** A failed property names what broke (fast-check then shows the input that broke it). */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`broken: ${what}`);
}

describe('properties', () => {
  it('safeLine: one line, nothing invisible, no command, every printable character kept in order', () => {
    fc.assert(
      fc.property(hostile, limit, (text, max) => {
        const out = safeLine(text, max);
        const whole = safeLine(text, Number.POSITIVE_INFINITY);
        check(out.length <= max, 'out.length <= max');
        check(runnerLines(out).length === 1, 'one line');
        check(!isCommand(out), 'no command');
        check(!/^ | $| {2}/.test(out), 'no space at either end, no two in a row');
        check(onlyVisible(out), 'only visible characters');
        check(keepsVisible(text, out, out !== whole), 'every printable character kept');
        // Written once more, nothing changes: the line is already safe.
        check(safeLine(out, Number.POSITIVE_INFINITY) === out, 'idempotent');
      }),
      { numRuns: 4000 }
    );
  });

  it('safeLine stays safe where a caller puts it: at the start of a line, after #, after spaces', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        for (const line of [safeLine(a, 200), `#${safeLine(a, 200)}`, `  ${safeLine(a, 200)} ${safeLine(b, 200)}`]) {
          check(!isCommand(line), 'no command');
        }
      }),
      { numRuns: 500 }
    );
  });

  it('takes the same path for plain ASCII as for any other text (a shown code point forces the slow one)', () => {
    const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).filter((s) => !/\s$/.test(s));
    fc.assert(
      fc.property(ascii, (text) => {
        check(safeLine(`${text}\u200b`, Infinity) === `${safeLine(text, Infinity)}<U+200B>`.trimStart(), 'line');
        check(safeMarkdown(`${text}\u200b`, Infinity) === `${safeMarkdown(text, Infinity)}&lt;U+200B&gt;`.trimStart(), 'markdown');
      }),
      { numRuns: 3000 }
    );
  });

  it('safeQuoted: one line, nothing invisible, no command, the value recoverable', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = safeQuoted(text, Number.POSITIVE_INFINITY);
        check(runnerLines(out).length === 1, 'one line');
        check(!isCommand(out), 'no command');
        check(onlyVisible(out), 'only visible characters');
        check(out.startsWith('"') && out.endsWith('"'), 'quoted');
        // Unescaped, the quoted text is the input with every hidden code point named and the
        // separating spaces of the command rules added.
        const inner = out.slice(1, -1).replace(/\\(["\\])/g, '$1');
        const named = Array.from(text, (ch) => (isPrintable(ch) || ch === ' ' ? ch : codePointName(ch.codePointAt(0) ?? 0))).join('');
        check(inner.replace(/ /g, '') === named.replace(/ /g, ''), 'value recoverable');
      }),
      { numRuns: 2000 }
    );
  });

  it('safeMarkdown: everything safeLine guarantees, no live markdown, mention or reference, and it reads as the line', () => {
    fc.assert(
      fc.property(hostile, limit, (text, max) => {
        const out = safeMarkdown(text, max);
        check(out.length <= max, 'out.length <= max');
        check(runnerLines(out).length === 1, 'one line');
        check(!isCommand(out), 'no command');
        check(onlyVisible(out), 'only visible characters');
        // No HTML but our empty comments, no entity but ours, every special escaped.
        const bare = out.replace(/<!-- -->/g, '');
        check(!/[<>"]/.test(bare), 'no /[<>"]/');
        check(!/&(?!(amp|lt|gt|quot);)/.test(bare), 'no /&(?!(amp|lt|gt|quot);)/');
        check(!/[\\|`*_~[\]$]/.test(bare.replace(/\\[!-/:-@[-`{-~]/g, '')), 'every special escaped');
        // GitHub finds nothing to link or notify.
        check(!/[@#](?!<!-- -->)/.test(out), 'no /[@#](?!<!-- -->)/');
        check(!/(^|[^a-z0-9_])gh-(?!<!-- -->)/i.test(out), 'no /(^|[^a-z0-9_])gh-(?!<!-- -->)/i');
        check(!/:\/\/|www\./i.test(out), 'no autolink');
        check(!/:[A-Za-z0-9_+-]+:/.test(out), 'no /:[A-Za-z0-9_+-]+:/');
        check(!/^([#+=-]|\d+[.)])/.test(out), 'no heading, list or rule');
        const whole = safeMarkdown(text, Number.POSITIVE_INFINITY);
        check(decodeMarkdown(whole) === safeLine(text, Number.POSITIVE_INFINITY), 'reads as the line');
        check(keepsVisible(text, decodeMarkdown(out), out !== whole), 'every printable character kept');
      }),
      { numRuns: 4000 }
    );
  });
});
