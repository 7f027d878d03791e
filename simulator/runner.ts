/**
 * Runs the built dist/index.js the way the GitHub runner does: inputs as INPUT_<NAME> variables
 * (upper-cased, hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY as files read back afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireFreshBundle } from './bundle.js';
import { runProcess, type CancelOptions, type ProcessRun } from './spawn.js';

const DIST = resolve(process.cwd(), 'dist/index.js');

export interface ActionRun extends ProcessRun {
  outputs: Record<string, string>;
  /** Bytes of the GITHUB_OUTPUT file (names and delimiters included). */
  outputFileBytes: number;
  summary: string;
  /** The parsed report file, when the action wrote one. */
  report?: Record<string, unknown>;
  reportText: string;
  runnerTemp: string;
  /** The step's folder (runner temp, output and summary files); the caller may remove it. */
  dir: string;
}

export interface RunOptions extends CancelOptions {
  env?: Record<string, string>;
  /** The entry to run instead of dist/index.js (another bundle, or a comparison script). */
  script?: string;
  /** The Node binary to run (another version than this process's); default this process's own. */
  node?: string;
  /** Node's own arguments before the script, e.g. `--import` of a preload. */
  nodeArgs?: string[];
  /** A command that runs node, e.g. `['/usr/bin/time', '-v']`. */
  wrapper?: string[];
  /** Folder name prefix of the step's temporary files. */
  prefix?: string;
}

/** The runner's file-command format: `name<<DELIM`, value lines, `DELIM`. */
function parseOutputFile(text: string): Record<string, string> {
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

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
}

/** A fresh step of the runner: its temp folder, output and summary files, and environment. */
export interface RunnerStep {
  dir: string;
  runnerTemp: string;
  outputFile: string;
  summaryFile: string;
  /** Only what the runner sets, plus the inputs: nothing leaks in from this process. */
  env: Record<string, string>;
}

export function runnerStep(inputs: Record<string, string>, prefix = 'dts-gate-e2e-'): RunnerStep {
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
export function stepResults(step: Pick<RunnerStep, 'outputFile' | 'summaryFile'>): {
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
  if (options.script === undefined) requireFreshBundle(process.cwd());
  const step = runnerStep(inputs, options.prefix);
  const { runnerTemp } = step;
  const env: Record<string, string> = { ...step.env, ...options.env };
  const [command = process.execPath, ...args] = [
    ...(options.wrapper ?? []),
    options.node ?? process.execPath,
    ...(options.nodeArgs ?? []),
    options.script ?? DIST
  ];
  const ran = await runProcess(command, args, { env }, options);
  const { outputText, outputs, summary, reportText } = stepResults(step);
  const run: ActionRun = {
    ...ran,
    outputs,
    outputFileBytes: Buffer.byteLength(outputText),
    summary,
    reportText,
    runnerTemp,
    dir: step.dir
  };
  if (reportText) run.report = JSON.parse(reportText) as Record<string, unknown>;
  return run;
}
