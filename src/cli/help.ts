/**
 * `--help`, made from the table of inputs (src/config/table.ts): each `flag` row with its default
 * and its meaning (the table's Markdown read as plain text, in its command-line words where the
 * action's speak of the step), the command line's own options, where credentials come from, and
 * the exit codes; and `--version`, from the package.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUT_NAMES, INPUTS, shownDefault, type InputName, type InputRow } from '../config/table.js';
import { REPEATABLE } from './command.js';
import { EXIT_CODES } from './exitCodes.js';

const WIDTH = 80;
const INDENT = 4;

/** The table's Markdown as plain text: code spans without their backticks. */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

/** `text` in lines of at most `WIDTH` columns, each after `indent` spaces (a word longer than a line stays whole). */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(' '.repeat(indent) + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(' '.repeat(indent) + line);
  return lines;
}

function rowsOf(kind: InputRow['commandLine']): InputName[] {
  return INPUT_NAMES.filter((name) => INPUTS[name].commandLine === kind);
}

function flagHelp(name: InputName): string[] {
  const row: InputRow = INPUTS[name];
  const shownValue = plainText(shownDefault(row));
  const facts = [row.required ? 'required' : `default: ${shownValue || 'none'}`, ...(REPEATABLE.has(name) ? ['repeatable'] : [])];
  const head = `  --${name} VALUE`;
  const short = `${head}  (${facts.join('; ')})`;
  // A default that is a chain of variables gets a line of its own.
  const lines = short.length <= WIDTH ? [short] : [head, ...wrap(`${facts.join('; ')}.`.replace(/^default/, 'Default'), INDENT)];
  return [...lines, ...wrap(plainText(row.commandLineDescription ?? row.description), INDENT)];
}

/** Where the credentials come from: each credential row's chain, as the table says it. */
function credentialHelp(): string[] {
  const chains = rowsOf('credential').map((name) => `${name}: ${plainText(shownDefault(INPUTS[name]))}.`);
  return [
    ...wrap(
      'Credentials are never flags (a secret on a command line stays in the shell history and the process list): they come from the environment.',
      2
    ),
    ...chains.flatMap((chain) => wrap(chain, INDENT)),
    ...wrap(
      "Or --role-to-assume with --oidc-provider-arn, where the CI gives an OIDC token (GitHub Actions: a job with 'permissions: id-token: write').",
      2
    )
  ];
}

export function helpText(): string {
  const lines = [
    'Usage: dts-init-gate --job-id ID [--job-id ID ...] [flags]',
    '  e.g. dts-init-gate --job-id dtsi76118o3w92 --region cn-hangzhou --timeout 45m',
    '',
    ...wrap(
      'Waits until the initial synchronization of Alibaba Cloud DTS jobs is done, shows it, and exits with a code that says how it ended. The same gate as the GitHub Action dts-init-gate, with the same inputs as flags.',
      0
    ),
    '',
    'Flags (the inputs of the action):',
    ...rowsOf('flag').flatMap(flagHelp),
    '',
    'Output:',
    '  --summary-file PATH',
    ...wrap('Write the job summary (markdown, as the action writes it) to PATH.', INDENT),
    '  --report-file PATH',
    ...wrap('Write the JSON report of every object to PATH (default: a new file in the temporary folder).', INDENT),
    '  --json',
    ...wrap("Print the action's outputs as one JSON object on stdout; the log then goes to stderr.", INDENT),
    '  --help, -h',
    '  --version',
    '',
    ...credentialHelp(),
    ...wrap(`Not flags, since they mean something only in a GitHub Actions workflow: ${rowsOf('github-only').join(', ')}.`, 2),
    '',
    'Exit codes:',
    ...EXIT_CODES.map(({ code, meaning }) => `  ${String(code).padStart(3)}  ${meaning}`),
    '',
    'Colour only on a terminal, never with NO_COLOR set.'
  ];
  return lines.join('\n') + '\n';
}

/** The package's version, from its package.json (two folders up, from src/cli/ and from dist/cli/ alike). */
export function versionText(): string {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  return `dts-init-gate ${version}\n`;
}
