/**
 * The action's run() (src/run.ts behind src/action/door.ts) in this process, as the runner would start it: the inputs as
 * INPUT_<NAME> variables in an environment of nothing else, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files read back afterwards, and what it writes to stdout and stderr captured. The result has
 * the shape of a run of dist/index.js (simulator/runner.ts), without a process start: the
 * tests of everything a process does not add (counts, rules, what the log, summary, outputs and
 * report say) run here; test/e2e keeps what only a process shows.
 *
 * One run at a time: the environment, stdout and process.exitCode are this process's own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionDoor } from '../../src/action/door.js';
import { run } from '../../src/run.js';
import { runnerStep, stepResults, type ActionRun } from '../../simulator/index.js';
import { virtualClock } from './clock.js';

/**
 * @actions/core keeps the summary file's path once it has read it, so every run of this module
 * writes its summary to one file, emptied before each run.
 */
const SUMMARY_FILE = join(mkdtempSync(join(tmpdir(), 'dts-gate-run-')), 'summary.md');

let running = false;

type Write = typeof process.stdout.write;

/**
 * Captures what is written to `stream` (telling `onText` all of it so far at each write) until
 * the returned function is called, which gives it back.
 */
function capture(stream: NodeJS.WriteStream, onText?: (text: string) => void): () => string {
  const write = stream.write;
  let text = '';
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    onText?.(text);
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as Write;
  return () => {
    stream.write = write;
    return text;
  };
}

export interface InProcessOptions {
  env?: Record<string, string>;
  /** Called with all stdout so far whenever the run writes to it. */
  onStdout?: (stdout: string) => void;
}

export async function runInProcess(inputs: Record<string, string>, options: InProcessOptions = {}): Promise<ActionRun> {
  if (running) throw new Error('runInProcess: one run at a time');
  const step = runnerStep(inputs, 'dts-gate-run-');
  writeFileSync(SUMMARY_FILE, '');
  const env = process.env;
  const exitCode = process.exitCode;
  let code: number;
  let out = '';
  let err = '';
  running = true;
  process.env = { ...step.env, GITHUB_STEP_SUMMARY: SUMMARY_FILE, ...options.env };
  const stdout = capture(process.stdout, options.onStdout);
  const stderr = capture(process.stderr);
  const started = Date.now();
  try {
    // On a clock that moves only when the run sleeps, from the real time: the waits between polls,
    // the backoff and the deadline cost no real time, and a loaded machine cannot move a rule of
    // time. The calls themselves go over real HTTP.
    code = await run({ ...actionDoor, clock: virtualClock(Date.now()) });
  } finally {
    out = stdout();
    err = stderr();
    process.env = env;
    process.exitCode = exitCode;
    running = false;
  }
  const exitedAt = Date.now();
  const { outputText, outputs, summary, reportText } = stepResults({ outputFile: step.outputFile, summaryFile: SUMMARY_FILE });
  const result: ActionRun = {
    code,
    signal: null,
    stdout: out,
    stderr: err,
    outputs,
    outputFileBytes: Buffer.byteLength(outputText),
    summary,
    reportText,
    durationMs: exitedAt - started,
    spawnedAt: started,
    exitedAt,
    runnerTemp: step.runnerTemp,
    dir: step.dir
  };
  if (reportText) result.report = JSON.parse(reportText) as Record<string, unknown>;
  return result;
}
