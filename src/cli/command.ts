/**
 * The command line, read: every input whose row of the table (src/config/table.ts) is a `flag`
 * as `--<name> <value>` (or `--<name>=<value>`), `--job-id` and `--ignore` repeatable, and the
 * command line's own options. Node's `parseArgs` splits the words; the rules are here: a flag
 * for a credential or for a GitHub-only input is refused saying why, as are an unknown flag, a
 * missing value, a flag given twice and a word that belongs to no flag.
 *
 * Reading never throws: the first thing that cannot be used is kept as an InputError, and the
 * run reports it as any refused input, so that `--json` and `--summary-file` still get their
 * ending. The words are read on to the end to find those options (and values given for
 * credentials, which are then kept out of everything printed).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INPUT_NAMES, INPUTS, type InputName, type InputRow } from '../config/table.js';
import { InputError } from '../errors.js';
import { safeLine, safeQuoted } from '../text/safe.js';

/** The command line's own options, which the action has no input for. */
export interface CliOptions {
  json: boolean;
  /** Absolute paths. */
  summaryFile?: string;
  reportFile?: string;
}

export interface CommandLine {
  /** Asked for instead of a run. */
  answer?: 'help' | 'version';
  /** Each input's flag as written; a repeated flag's values one per line. */
  values: Partial<Record<InputName, string>>;
  options: CliOptions;
  /** The first thing on the command line that cannot be used. */
  refused?: InputError;
  /** Values written after a credential's flag: refused, and removed from everything printed. */
  secrets: string[];
}

/** Flags that may be given more than once; their values add up, as a list across lines does. */
export const REPEATABLE: ReadonlySet<InputName> = new Set(['job-id', 'ignore']);

const OWN_STRING = ['summary-file', 'report-file'] as const;
const OWN_BOOLEAN = ['json', 'help', 'version'] as const;

const SEE_HELP = 'see dts-init-gate --help';

/** Where a credential comes from instead of a flag: its row's environment chain. */
function credentialRefusal(name: InputName, row: InputRow): string {
  const from = (row.defaultText ?? '').replace(/`([^`]*)`/g, '$1').replace(/^env /, 'the environment variable ');
  return (
    `--${name} is not a flag: a secret on a command line stays in the shell's history and in the process list. ` +
    `It comes from ${from}; or set --role-to-assume and --oidc-provider-arn where the CI gives an OIDC token`
  );
}

function githubOnlyRefusal(name: InputName): string {
  const instead = name === 'summary' ? '; --summary-file PATH writes the summary to a file' : '';
  return `--${name} is not a flag: it means something only in a GitHub Actions workflow${instead}`;
}

function shown(token: { rawName: string }): string {
  return safeLine(token.rawName, 60);
}

const PARSE_OPTIONS = ((): Record<string, { type: 'string' | 'boolean'; multiple: true; short?: string }> => {
  const options: Record<string, { type: 'string' | 'boolean'; multiple: true; short?: string }> = {};
  for (const name of INPUT_NAMES) options[name] = { type: 'string', multiple: true };
  for (const name of OWN_STRING) options[name] = { type: 'string', multiple: true };
  for (const name of OWN_BOOLEAN) options[name] = { type: 'boolean', multiple: true };
  options.help!.short = 'h';
  return options;
})();

/** Reads the words after the command (`process.argv.slice(2)`). */
export function readCommandLine(args: readonly string[]): CommandLine {
  const line: CommandLine = { values: {}, options: { json: false }, secrets: [] };
  readWords(args, line, new Set());
  return line;
}

function readWords(args: readonly string[], line: CommandLine, given: Set<string>): void {
  const { tokens } = parseArgs({ args: [...args], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const refuse = (input: string, message: string): void => {
    line.refused ??= new InputError(input, message);
  };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      refuse('', `unexpected argument ${safeQuoted(token.value, 103)}: every value goes after its flag, such as --job-id ID (${SEE_HELP})`);
      continue;
    }
    const name = token.name;
    const row = (INPUTS as Record<string, InputRow | undefined>)[name];
    if (!Object.hasOwn(PARSE_OPTIONS, name)) {
      refuse(name, `unknown flag ${shown(token)} (${SEE_HELP})`);
      continue;
    }
    if (row?.commandLine === 'credential') {
      if (token.value !== undefined) line.secrets.push(token.value);
      refuse(name, credentialRefusal(name as InputName, row));
      continue;
    }
    if (row?.commandLine === 'github-only') {
      refuse(name, githubOnlyRefusal(name as InputName));
      continue;
    }
    if ((OWN_BOOLEAN as readonly string[]).includes(name)) {
      if (token.value !== undefined) refuse(name, `${shown(token)} takes no value (${SEE_HELP})`);
      else if (name === 'json') line.options.json = true;
      else line.answer ??= name as 'help' | 'version';
      continue;
    }
    const swallowed = token.inlineValue === false && token.value?.startsWith('-') === true;
    if (token.value === undefined || swallowed) {
      refuse(name, `${shown(token)} needs a value, such as ${shown(token)} ${row?.default || 'VALUE'} (${SEE_HELP})`);
      if (!swallowed) continue;
      // parseArgs took the next flag for this one's value: read on from that flag.
      readWords(args.slice(token.index + 1), line, given);
      return;
    }
    if (given.has(name) && !REPEATABLE.has(name as InputName)) {
      refuse(name, `${shown(token)} is given more than once: give it once`);
      continue;
    }
    given.add(name);
    if (row) {
      const before = line.values[name as InputName];
      line.values[name as InputName] = before === undefined ? token.value : `${before}\n${token.value}`;
    } else if (name === 'summary-file') line.options.summaryFile = resolve(token.value);
    else if (name === 'report-file') line.options.reportFile = resolve(token.value);
  }
}
