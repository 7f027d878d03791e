/**
 * A program run as a step of a pipeline runs it: spawned with only the environment it is given,
 * its output collected, optionally cancelled by a signal at a moment the caller chooses, and
 * killed if it hangs. The runner of the action (runner.ts) and of the command line (cliRunner.ts)
 * both run their program through here.
 */
import { spawn } from 'node:child_process';

export interface CancelOptions {
  /**
   * Send this signal once stdout contains (or matches) `after`, after `afterMs`, or once
   * `when(stdout, stderr)` is true (checked on every chunk of either and every 10 ms).
   */
  cancel?: { signal: NodeJS.Signals; after?: string | RegExp; afterMs?: number; when?: (stdout: string, stderr: string) => boolean };
  /** Called with all stdout so far whenever a chunk arrives. */
  onStdout?: (stdout: string) => void;
  /** Kill the process if it runs longer than this (a hung program fails the test, not CI). */
  killAfterMs?: number;
}

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Epoch ms when the process was spawned, and when it exited (before its pipes closed). */
  spawnedAt: number;
  exitedAt: number;
  /** When the cancel signal was sent, in ms after the start (unset when it was not sent). */
  signalledAtMs?: number;
}

export async function runProcess(
  command: string,
  args: readonly string[],
  spawnOptions: { env: Record<string, string>; cwd?: string },
  options: CancelOptions = {}
): Promise<ProcessRun> {
  const started = Date.now();
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
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
    if (options.cancel?.when?.(stdout, stderr)) cancel();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    options.onStdout?.(stdout);
    check();
  });
  const whenTimer = options.cancel?.when ? setInterval(check, 10) : undefined;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    check();
  });
  const cancelTimer = options.cancel?.afterMs !== undefined ? setTimeout(cancel, options.cancel.afterMs) : undefined;
  const killTimer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 50_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
  clearTimeout(killTimer);
  if (cancelTimer) clearTimeout(cancelTimer);
  if (whenTimer) clearInterval(whenTimer);
  const run: ProcessRun = { code, signal, stdout, stderr, durationMs: Date.now() - started, spawnedAt: started, exitedAt };
  if (signalledAtMs !== undefined) run.signalledAtMs = signalledAtMs;
  return run;
}
