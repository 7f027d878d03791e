/**
 * Runs the built dist/cli/index.js, the command line, as a CI job or a person runs it: its flags
 * as words, the credentials in its environment and nothing of GitHub's, in a folder of its own;
 * or on a pseudo-terminal of a given width (util-linux `script`), as on a person's terminal.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runProcess, type CancelOptions, type ProcessRun } from './spawn.js';

const CLI = resolve(process.cwd(), 'dist/cli/index.js');

export interface CliRun extends ProcessRun {
  /** The folder it ran in (its working directory); the caller may remove it. */
  dir: string;
}

export interface CliRunOptions extends CancelOptions {
  /** Added to PATH and HOME, the only variables it gets otherwise. */
  env?: Record<string, string>;
  /**
   * Run it on a pseudo-terminal this many columns wide. stdout and stderr then reach the
   * terminal alike, and arrive together on `stdout`.
   */
  terminal?: { columns: number; rows?: number };
  /** The Node binary to run (another version than this process's); default this process's own. */
  node?: string;
  /** Node's own arguments before the script, e.g. `--import` of a preload. */
  nodeArgs?: string[];
  /** The entry to run instead of dist/cli/index.js. */
  script?: string;
  /** Folder name prefix of its working directory. */
  prefix?: string;
  /** The folder to run it in, instead of a new one. */
  cwd?: string;
}

/** `word` quoted for a POSIX shell. */
function quoted(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const dir = options.cwd ?? mkdtempSync(join(tmpdir(), options.prefix ?? 'dts-gate-cli-'));
  // The command's default report file goes to the temporary folder: the caller's, not the machine's.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, TMPDIR: tmpdir(), ...options.env };
  const node = [options.node ?? process.execPath, ...(options.nodeArgs ?? []), options.script ?? CLI, ...args];
  const terminal = options.terminal;
  const [command, ...rest] = terminal
    ? ['script', '-qfec', `stty cols ${terminal.columns} rows ${terminal.rows ?? 40} && exec ${node.map(quoted).join(' ')}`, '/dev/null']
    : node;
  const ran = await runProcess(command!, rest, { env, cwd: dir }, options);
  return { ...ran, dir };
}
