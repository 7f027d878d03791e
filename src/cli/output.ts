/**
 * Everything the command line prints, through one place: the log (stdout, or stderr when stdout
 * carries `--json`), the machine output on stdout, and on a terminal the live block drawn at the
 * bottom of the log, which every other line is printed above.
 *
 * What is printed is safe and free of secrets. Outside GitHub nothing masks a secret the way the
 * runner's `::add-mask::` does, so the secrets are collected here as they become known
 * (`addSecret`, the credential chain's `setSecret`) and removed from every write, in every form
 * they can take (src/text/secrets.ts). Each line for people goes through the safe text
 * (src/text/safe.ts): one line, nothing invisible, never a workflow command. Colour only on a
 * terminal, and never with `NO_COLOR` set (https://no-color.org).
 */
import { redact } from '../text/secrets.js';
import { safeLine } from '../text/safe.js';
import type { Tone } from './layout.js';
import { wrapToWidth } from './width.js';

/** What the command line needs of a stream (process.stdout, process.stderr, or a test's). */
export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** The longest line for people: the failure message's lines are far shorter. */
const LINE_MAX_CHARS = 4000;
/** The width when a terminal does not say its own. */
const DEFAULT_COLUMNS = 80;

const SGR: Record<Tone, string> = { good: '32', bad: '31', warn: '33', busy: '36', dim: '2', plain: '' };
const CSI = '\x1b[';

export class CliOutput {
  private readonly secrets = new Set<string>();
  /** Where people read: stdout, or stderr when stdout carries the JSON. */
  private readonly log: Stream;
  /** Lines of the live block now on the screen, below everything else. */
  private drawn = 0;
  private block: readonly string[] = [];
  /** A live display: the log is a terminal, so the block is redrawn in place. */
  readonly live: boolean;
  readonly colour: boolean;
  /** The terminal can draw the bar's block characters (a UTF-8 locale). */
  readonly unicode: boolean;

  constructor(
    private readonly streams: { stdout: Stream; stderr: Stream },
    env: Record<string, string | undefined>,
    json: boolean
  ) {
    this.log = json ? streams.stderr : streams.stdout;
    this.live = this.log.isTTY === true && env.TERM !== 'dumb';
    this.colour = this.live && env.NO_COLOR === undefined;
    this.unicode = /utf-?8/i.test(env.LC_ALL || env.LC_CTYPE || env.LANG || '');
  }

  addSecret(value: string): void {
    if (value !== '') this.secrets.add(value);
  }

  /** Columns the log's terminal has (80 when it does not say). */
  columns(): number {
    const columns = this.log.columns;
    return typeof columns === 'number' && columns > 0 ? columns : DEFAULT_COLUMNS;
  }

  /** `text` for `tone`, in colour where colour is wanted. */
  paint(text: string, tone: Tone): string {
    const code = SGR[tone];
    return this.colour && code !== '' && text !== '' ? `${CSI}${code}m${text}${CSI}0m` : text;
  }

  /** One line for people, as printed: its indent kept, the rest one safe line without secrets. */
  clean(text: string): string {
    const indent = /^ */.exec(text)?.[0] ?? '';
    return indent + safeLine(text.slice(indent.length), LINE_MAX_CHARS, { secrets: [...this.secrets] });
  }

  /** Prints lines of the log (a message may hold several), above the live block when one is drawn. */
  say(text: string, tone: Tone = 'plain'): void {
    // On a terminal a long line is wrapped here, by its width in columns, so that none is wider.
    // A line that wrapping made start with `::` gets the safe text's space between the colons.
    const fit = (line: string): string[] =>
      this.live ? wrapToWidth(line, this.columns() - 1).map((part) => part.replace(/^( *):(?=:)/, '$1: ')) : [line];
    const lines = text
      .split(/\r\n|\r|\n/)
      .flatMap((line) => fit(this.clean(line)))
      .map((line) => this.paint(line, tone));
    this.writeLog(this.erase() + lines.join('\n') + '\n' + this.blockText());
  }

  /** Draws `lines` as the live block, in place of the one drawn before. */
  draw(lines: readonly string[]): void {
    if (!this.live) return;
    const erase = this.erase();
    this.block = lines;
    this.writeLog(erase + this.blockText());
  }

  /** Leaves the block on the screen as it is: what is printed next goes below it. */
  freeze(): void {
    this.drawn = 0;
    this.block = [];
  }

  /** Machine output on stdout (the JSON), without secrets. */
  data(text: string): void {
    this.streams.stdout.write(redact(text, [...this.secrets]));
  }

  /** Without secrets: for files the command line writes, such as the summary. */
  redacted(text: string): string {
    return redact(text, [...this.secrets]);
  }

  /** Cursor up over the block and erase to the end of the screen: the block redraws in place. */
  private erase(): string {
    const lines = this.drawn;
    this.drawn = 0;
    return lines > 0 ? `${CSI}${lines}A\r${CSI}J` : '';
  }

  private blockText(): string {
    this.drawn = this.block.length;
    return this.block.map((line) => line + '\n').join('');
  }

  private writeLog(text: string): void {
    if (text !== '') this.log.write(redact(text, [...this.secrets]));
  }
}
