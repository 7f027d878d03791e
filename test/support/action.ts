/**
 * Runs the built dist/index.js the way the GitHub runner does: inputs as INPUT_<NAME> variables
 * (upper-cased, hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY as files read back afterwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST = resolve(process.cwd(), 'dist/index.js');

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Bytes of the GITHUB_OUTPUT file (names and delimiters included). */
  outputFileBytes: number;
  summary: string;
  /** The parsed report file, when the action wrote one. */
  report?: Record<string, unknown>;
  reportText: string;
  durationMs: number;
  /** Epoch ms when the process was spawned, and when it exited (before its pipes closed). */
  spawnedAt: number;
  exitedAt: number;
  /** When the cancel signal was sent, in ms after the start (unset when it was not sent). */
  signalledAtMs?: number;
  runnerTemp: string;
  /** The step's folder (runner temp, output and summary files); the caller may remove it. */
  dir: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  /**
   * Send this signal once stdout contains (or matches) `after`, after `afterMs`, or once
   * `when(stdout)` is true (checked on every stdout chunk and every 10 ms).
   */
  cancel?: { signal: NodeJS.Signals; after?: string | RegExp; afterMs?: number; when?: (stdout: string) => boolean };
  /** Called with all stdout so far whenever a chunk arrives. */
  onStdout?: (stdout: string) => void;
  /** Kill the process if it runs longer than this (a hung action fails the test, not CI). */
  killAfterMs?: number;
  /** The entry to run instead of dist/index.js (another bundle, or a comparison script). */
  script?: string;
  /** Node's own arguments before the script, e.g. `--import` of a preload. */
  nodeArgs?: string[];
  /** A command that runs node, e.g. `['/usr/bin/time', '-v']`. */
  wrapper?: string[];
  /** Folder name prefix of the step's temporary files. */
  prefix?: string;
}

/** The runner's file-command format: `name<<DELIM`, value lines, `DELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
}

/** A fresh step of the runner: its temp folder, output and summary files, and environment. */
interface RunnerStep {
  dir: string;
  runnerTemp: string;
  outputFile: string;
  summaryFile: string;
  /** Only what the runner sets, plus the inputs: nothing leaks in from this process. */
  env: Record<string, string>;
}

function runnerStep(inputs: Record<string, string>, prefix = 'dts-gate-e2e-'): RunnerStep {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const runnerTemp = join(dir, 'runner-temp');
  const outputFile = join(dir, 'output.txt');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  mkdirSync(runnerTemp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    ...inputEnv(inputs)
  };
  return { dir, runnerTemp, outputFile, summaryFile, env };
}

/** What a finished step left in its files: outputs, summary, and the report the outputs name. */
function stepResults(step: Pick<RunnerStep, 'outputFile' | 'summaryFile'>): {
  outputText: string;
  outputs: Record<string, string>;
  summary: string;
  reportText: string;
} {
  const outputText = readFileSync(step.outputFile, 'utf8');
  const outputs = parseOutputFile(outputText);
  const reportPath = outputs['report-file'];
  const reportText = reportPath && existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
  return { outputText, outputs, summary: readFileSync(step.summaryFile, 'utf8'), reportText };
}

export async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const step = runnerStep(inputs, options.prefix);
  const { runnerTemp } = step;
  const env: Record<string, string> = { ...step.env, ...options.env };
  const [command = process.execPath, ...args] = [
    ...(options.wrapper ?? []),
    process.execPath,
    ...(options.nodeArgs ?? []),
    options.script ?? DIST
  ];
  const started = Date.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let exitedAt = started;
  child.on('exit', () => (exitedAt = Date.now()));
  let stdout = '';
  let stderr = '';
  let cancelled = false;
  let signalledAtMs: number | undefined;
  const cancel = () => {
    if (!cancelled && options.cancel) {
      cancelled = true;
      signalledAtMs = Date.now() - started;
      child.kill(options.cancel.signal);
    }
  };
  const after = options.cancel?.after;
  const check = () => {
    if (after !== undefined && (typeof after === 'string' ? stdout.includes(after) : after.test(stdout))) cancel();
    if (options.cancel?.when?.(stdout)) cancel();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    options.onStdout?.(stdout);
    check();
  });
  const whenTimer = options.cancel?.when ? setInterval(check, 10) : undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const cancelTimer = options.cancel?.afterMs !== undefined ? setTimeout(cancel, options.cancel.afterMs) : undefined;
  const killTimer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 50_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
  clearTimeout(killTimer);
  if (cancelTimer) clearTimeout(cancelTimer);
  if (whenTimer) clearInterval(whenTimer);
  const { outputText, outputs, summary, reportText } = stepResults(step);
  const run: ActionRun = {
    code,
    signal,
    stdout,
    stderr,
    outputs,
    outputFileBytes: Buffer.byteLength(outputText),
    summary,
    reportText,
    durationMs: Date.now() - started,
    spawnedAt: started,
    exitedAt,
    runnerTemp,
    dir: step.dir
  };
  if (signalledAtMs !== undefined) run.signalledAtMs = signalledAtMs;
  if (reportText) run.report = JSON.parse(reportText) as Record<string, unknown>;
  return run;
}
