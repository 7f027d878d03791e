/**
 * A small YAML reader for the files this repository writes itself: action.yml and GitHub workflow
 * files. It is no general YAML parser; it reads the block style those files use and refuses, with
 * the line number, anything beyond it (rather than guessing):
 *
 * - block mappings (`key: value`, `key:` + an indented block) and block sequences (`- item`,
 *   `- key: value` with the item's further keys under the first, `key:` + `- item` at the key's
 *   own indentation);
 * - plain, 'single-quoted' and "double-quoted" scalars on one line, resolved as YAML 1.2's core
 *   schema does (null, true/false, integers, floats, else a string; quoted ones stay strings);
 *   keys are always strings (so `on:` stays "on", as GitHub reads it);
 * - block scalars `|` and `>` with the chomping indicators `-` and `+`;
 * - one-line flow sequences of scalars (`[main, 'v*']`) and the empty flow mapping `{}`;
 * - comments, blank lines, one leading `---`.
 *
 * Refused: tabs in indentation, anchors, aliases, tags, directives, several documents, complex
 * keys, multi-line plain or quoted scalars, nested flow collections, duplicate keys, and `: `
 * inside a plain scalar (real YAML refuses that too).
 */

export type YamlValue = null | boolean | number | string | YamlValue[] | { [key: string]: YamlValue };

export class YamlError extends Error {
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'YamlError';
  }
}

interface Line {
  /** 1-based line number in the text. */
  no: number;
  indent: number;
  /** The line without its indentation (and, for content lines, still with any comment). */
  text: string;
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Resolves a plain scalar by the core schema. */
export function resolvePlain(text: string): YamlValue {
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  if (INT.test(text) || FLOAT.test(text)) return Number(text);
  return text;
}

const isBlank = (text: string): boolean => text.trim() === '' || text.trimStart().startsWith('#');

/** Index of the `:` that ends a mapping key in `text`, or -1 when `text` is no mapping entry. */
function keyEnd(text: string, no: number): number {
  let i = 0;
  if (text.startsWith('"') || text.startsWith("'")) {
    i = quotedEnd(text, 0, no) + 1;
    while (text[i] === ' ') i++;
    return text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ') ? i : -1;
  }
  for (; i < text.length; i++) {
    if (text[i] === '#' && i > 0 && text[i - 1] === ' ') return -1;
    if (text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ')) return i;
  }
  return -1;
}

/** Index of the closing quote of the quoted scalar that starts at `start`. */
function quotedEnd(text: string, start: number, no: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === "'" && text[i] === "'") {
      if (text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
    if (quote === '"') {
      if (text[i] === '\\') {
        i++;
        continue;
      }
      if (text[i] === '"') return i;
    }
  }
  throw new YamlError('a quoted scalar must end on its own line (multi-line quoted scalars are not supported)', no);
}

const ESCAPES: Record<string, string> = { '0': '\0', t: '\t', n: '\n', r: '\r', '"': '"', '\\': '\\', '/': '/', ' ': ' ', e: '\x1b' };

function unquote(body: string, quote: string, no: number): string {
  if (quote === "'") return body.replace(/''/g, "'");
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, esc: string) => {
    if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    const out = ESCAPES[esc];
    if (out === undefined) throw new YamlError(`unknown escape \\${esc} in a double-quoted scalar`, no);
    return out;
  });
}

/** Removes a trailing ` # comment` from a plain text. */
function stripComment(text: string): string {
  const m = /(^|\s)#/.exec(text);
  return (m ? text.slice(0, m.index) : text).trimEnd();
}

/** A scalar written on one line (quoted or plain), with any trailing comment. */
function scalar(raw: string, no: number): YamlValue {
  const text = raw.trim();
  if (text.startsWith('"') || text.startsWith("'")) {
    const end = quotedEnd(text, 0, no);
    const rest = text.slice(end + 1).trim();
    if (rest !== '' && !rest.startsWith('#')) throw new YamlError(`unexpected text after a quoted scalar: ${rest}`, no);
    return unquote(text.slice(1, end), text[0]!, no);
  }
  const plain = stripComment(text);
  if (/^[&*!%@`]/.test(plain)) {
    throw new YamlError(`anchors, aliases, tags, directives and reserved indicators are not supported: ${plain}`, no);
  }
  if (/^[{}\]]/.test(plain) || /^[?:-](\s|$)/.test(plain)) throw new YamlError(`unsupported scalar: ${plain}`, no);
  if (/:(\s|$)/.test(plain)) throw new YamlError(`": " is not allowed in a plain scalar (quote it): ${plain}`, no);
  return resolvePlain(plain);
}

/** `[a, 'b', "c"]` on one line, items scalars. */
function flowSequence(raw: string, no: number): YamlValue[] {
  const text = stripComment(raw.trim());
  if (!text.endsWith(']')) throw new YamlError('a flow sequence must end on its own line', no);
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  const items: YamlValue[] = [];
  let i = 0;
  while (i <= inner.length) {
    while (inner[i] === ' ') i++;
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") {
      end = quotedEnd(inner, i, no) + 1;
      items.push(unquote(inner.slice(i + 1, end - 1), inner[i]!, no));
      while (inner[end] === ' ') end++;
      if (end < inner.length && inner[end] !== ',') throw new YamlError('expected "," in a flow sequence', no);
    } else {
      end = inner.indexOf(',', i);
      if (end < 0) end = inner.length;
      const item = inner.slice(i, end).trim();
      if (/[[\]{}]/.test(item)) throw new YamlError('nested flow collections are not supported', no);
      if (item === '') throw new YamlError('empty item in a flow sequence', no);
      items.push(scalar(item, no));
    }
    i = end + 1;
  }
  return items;
}

class Reader {
  private readonly lines: Line[];
  private i = 0;

  constructor(text: string) {
    const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    this.lines = raw.map((line, index) => {
      const indent = /^ */.exec(line)![0].length;
      if (line[indent] === '\t' && !isBlank(line)) throw new YamlError('tabs are not allowed in indentation', index + 1);
      return { no: index + 1, indent, text: line.slice(indent) };
    });
  }

  document(): YamlValue {
    let first = this.peek();
    if (first && first.indent === 0 && /^---(\s|$)/.test(first.text)) {
      if (stripComment(first.text.slice(3)) !== '') throw new YamlError('content after --- is not supported', first.no);
      this.i = this.lines.indexOf(first) + 1;
      first = this.peek();
    }
    if (!first) return null;
    if (first.text.startsWith('%')) throw new YamlError('directives are not supported', first.no);
    const value = this.block(first.indent);
    const rest = this.peek();
    if (rest) {
      if (/^(---|\.\.\.)(\s|$)/.test(rest.text)) throw new YamlError('only one document is supported', rest.no);
      throw new YamlError(`unexpected indentation or content: ${rest.text}`, rest.no);
    }
    return value;
  }

  /** The next line with content, without consuming it. */
  private peek(): Line | undefined {
    for (let j = this.i; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      if (!isBlank(line.text)) {
        this.i = j;
        return line;
      }
    }
    this.i = this.lines.length;
    return undefined;
  }

  private isItem(line: Line): boolean {
    return line.text === '-' || line.text.startsWith('- ') || /^-\s+#/.test(line.text);
  }

  /** A mapping or a sequence whose lines start at exactly `indent`. */
  private block(indent: number): YamlValue {
    const line = this.peek()!;
    if (line.indent !== indent) throw new YamlError('bad indentation', line.no);
    if (this.isItem(line)) return this.sequence(indent);
    if (keyEnd(line.text, line.no) < 0) {
      // A lone scalar as the whole document (or a stray line: the caller reports it).
      const value = line.text.startsWith('[') ? flowSequence(line.text, line.no) : scalar(line.text, line.no);
      this.i++;
      return value;
    }
    return this.mapping(indent);
  }

  private mapping(indent: number): { [key: string]: YamlValue } {
    const map: { [key: string]: YamlValue } = {};
    for (let line = this.peek(); line && line.indent === indent && !this.isItem(line); line = this.peek()) {
      if (line.indent === 0 && /^(---|\.\.\.)(\s|$)/.test(line.text)) throw new YamlError('only one document is supported', line.no);
      const end = keyEnd(line.text, line.no);
      if (end < 0) throw new YamlError(`expected "key: value": ${line.text}`, line.no);
      const rawKey = line.text.slice(0, end).trim();
      if (rawKey.startsWith('?')) throw new YamlError('complex keys are not supported', line.no);
      const key = rawKey.startsWith('"') || rawKey.startsWith("'") ? String(scalar(rawKey, line.no)) : rawKey;
      if (/^[&*!]/.test(key)) throw new YamlError('anchors, aliases and tags are not supported', line.no);
      if (Object.prototype.hasOwnProperty.call(map, key)) throw new YamlError(`duplicate key "${key}"`, line.no);
      this.i++;
      map[key] = this.value(line.text.slice(end + 1), indent, line.no, true);
    }
    return map;
  }

  private sequence(indent: number): YamlValue[] {
    const list: YamlValue[] = [];
    for (let line = this.peek(); line && line.indent === indent && this.isItem(line); line = this.peek()) {
      const rest = line.text.slice(1);
      const content = rest.trimStart();
      if (content === '' || content.startsWith('#')) {
        this.i++;
        list.push(this.value('', indent, line.no, false));
        continue;
      }
      // `- key: value` or `- - x`: the item is a block starting in this very line, at the column
      // of its first character; rewrite the line so that it reads as that block.
      const column = indent + 1 + (rest.length - content.length);
      if (this.isItem({ ...line, text: content }) || keyEnd(content, line.no) >= 0) {
        this.lines[this.i] = { no: line.no, indent: column, text: content };
        list.push(this.block(column));
        continue;
      }
      this.i++;
      list.push(this.value(content, indent, line.no, false));
    }
    return list;
  }

  /**
   * The value after `key:` or `- `: `rest` is the text on the same line; `parent` the indentation
   * of the key or the dash. A mapping's value may be a sequence at the key's own indentation.
   */
  private value(rest: string, parent: number, no: number, ofKey: boolean): YamlValue {
    const text = rest.trim();
    if (text !== '' && !text.startsWith('#')) {
      if (text.startsWith('|') || text.startsWith('>')) return this.blockScalar(text, parent, no);
      if (text.startsWith('[')) return flowSequence(text, no);
      if (text.startsWith('{')) {
        if (stripComment(text).replace(/\s+/g, '') === '{}') return {};
        throw new YamlError('flow mappings other than {} are not supported', no);
      }
      const value = scalar(text, no);
      const next = this.peek();
      if (next && next.indent > parent) throw new YamlError('multi-line plain scalars are not supported (use | or >)', next.no);
      return value;
    }
    const next = this.peek();
    if (!next) return null;
    if (next.indent > parent) return this.block(next.indent);
    if (ofKey && next.indent === parent && this.isItem(next)) return this.sequence(parent);
    return null;
  }

  /** `|` or `>` with an optional `-` or `+`; the lines below, more indented than `parent`. */
  private blockScalar(header: string, parent: number, no: number): string {
    const m = /^([|>])([-+]?)\s*(#.*)?$/.exec(header);
    if (!m) throw new YamlError(`unsupported block scalar header: ${header}`, no);
    const [, style, chomp] = m;
    // The header's line is behind us already; the body is every following line that is blank or
    // more indented than `parent`. Blank lines count as empty (spaces on them are dropped).
    const lines: string[] = [];
    let contentIndent = -1;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i]!;
      if (line.text.trim() === '') {
        lines.push('');
        continue;
      }
      if (line.indent <= parent) break;
      if (contentIndent < 0) contentIndent = line.indent;
      if (line.indent < contentIndent) throw new YamlError('a block scalar line is less indented than its first line', line.no);
      lines.push(' '.repeat(line.indent - contentIndent) + line.text);
    }
    let end = lines.length;
    while (end > 0 && lines[end - 1] === '') end--;
    const content = lines.slice(0, end);
    const trailing = lines.length - end;

    let text: string;
    if (style === '|') {
      text = content.join('\n');
    } else {
      // Folding: the line break between two lines of text becomes a space; an empty line that
      // follows a line of text stands for that break when text follows it again, and for a line
      // break of its own otherwise; more-indented lines keep their line breaks.
      const plain = (line: string | undefined): boolean => line !== undefined && line !== '' && !line.startsWith(' ');
      text = content[0] ?? '';
      for (let k = 1; k < content.length; k++) {
        const line = content[k]!;
        const prev = content[k - 1]!;
        if (plain(prev) && plain(line)) text += ' ';
        else if (line === '' && plain(prev) && plain(content.slice(k).find((l) => l !== ''))) {
          // Replaces the break between prev and the next text line.
        } else text += '\n';
        text += line;
      }
    }
    if (content.length === 0) return chomp === '+' ? '\n'.repeat(trailing) : '';
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n' + '\n'.repeat(trailing);
    return text + '\n';
  }
}

/** Reads one YAML document of the subset described above. @throws YamlError */
export function parseYaml(text: string): YamlValue {
  return new Reader(text).document();
}
