/**
 * One run of the gate, the same behind either front door (the action, the command line), in the
 * order the data flows: inputs -> credentials -> DTS client and poll reader -> the poll loop ->
 * verdict -> reporters. Every ending, errors and cancellation included, goes through the same
 * reporters, so that what a front door writes at the end is always written.
 */
import type { Inputs } from './config/inputs.js';
import { requiredCheckProblem } from './core/checkRules.js';
import { ignoreMatcher } from './core/ignore.js';
import type { Verdict } from './core/types.js';
import { errorVerdict } from './core/verdict.js';
import { resolveCredentials, type CredentialDeps } from './credentials/resolve.js';
import { caller } from './dts/caller.js';
import { DtsClient } from './dts/client.js';
import { pollReader } from './dts/reader.js';
import { lookUpJobs } from './dts/resolver.js';
import { asRunError, InputError } from './errors.js';
import { cancelledBy, waitForVerdict } from './poll/loop.js';
import { firstPoll } from './poll/step.js';
import { limitHeapGrowth } from './heap.js';
import { allOf, type EndContext, type Reporter } from './report/reporter.js';
import { budgetOf, untilAborted, type Clock } from './time.js';

/** What differs between the action and the command line. */
export interface FrontDoor {
  clock: Clock;
  env: Record<string, string | undefined>;
  /** Every input, read and checked; throws InputError. */
  inputs(): Inputs;
  credentialDeps: CredentialDeps;
  /** The reporters of a run, in order; `inputs` undefined when they were refused. */
  reporters(inputs: Inputs | undefined): Reporter[];
  /** Where a reporter's own failure is told. */
  warn(message: string): void;
  exitCode(verdict: Verdict): number;
}

/** Listens for SIGINT (then SIGTERM, 7.5 s later on a runner) for the length of the run. */
function cancellation(onSignal: (name: string) => void): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handler = (name: 'SIGINT' | 'SIGTERM') => () => {
    if (!controller.signal.aborted) onSignal(name);
    controller.abort(name);
  };
  const handlers = { SIGINT: handler('SIGINT'), SIGTERM: handler('SIGTERM') };
  process.on('SIGINT', handlers.SIGINT);
  process.on('SIGTERM', handlers.SIGTERM);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handlers.SIGINT);
      process.off('SIGTERM', handlers.SIGTERM);
    }
  };
}

/** Credentials, client, the look-up of the jobs, reader and the poll loop: everything that talks to Alibaba Cloud. */
async function wait(
  inputs: Inputs,
  door: FrontDoor,
  startedAt: number,
  signal: AbortSignal,
  report: ReturnType<typeof allOf>
): Promise<Verdict> {
  const { clock } = door;
  // The OIDC exchange can take up to request-timeout per call: a cancellation does not wait for it.
  const credentials = await untilAborted(resolveCredentials(inputs, door.env, door.credentialDeps), signal);
  report.started({ inputs, credentials: credentials.source });
  const budget = budgetOf(startedAt, inputs);
  const { endpoint, region, requestTimeoutMs } = inputs;
  const client = new DtsClient({ endpoint, region, credentials, requestTimeoutMs, budget, clock });
  const ignored = ignoreMatcher(inputs.ignore);
  // One caller for the look-up and the polls: the same cap on calls in flight, retries and deadline.
  const calls = caller(client, { budget, clock, signal, onRetry: report.retry });
  try {
    // Before the first poll: which task each job-id is (the lists want the instance ID).
    const lookedUp = await untilAborted(lookUpJobs(calls, inputs.jobIds), signal);
    report.resolved(lookedUp.identities, lookedUp.refused);
    // data-check: true on a job whose verification can never be read is refused before any poll.
    const problem = inputs.dataCheck === 'required' ? requiredCheckProblem(lookedUp.identities, lookedUp.refused) : undefined;
    if (problem) throw new InputError('data-check', problem);
    const reader = pollReader(client, {
      jobIds: inputs.jobIds,
      jobs: lookedUp.identities,
      pageSize: inputs.pageSize,
      jobStatus: inputs.jobStatus,
      dataCheck: inputs.dataCheck,
      budget,
      clock,
      ignored,
      signal,
      caller: calls
    });
    return await waitForVerdict(
      reader,
      {
        jobIds: inputs.jobIds,
        ignored,
        failFast: inputs.failFast,
        failOnTimeout: inputs.failOnTimeout,
        ...(inputs.maxDelayMs !== undefined && { maxDelayMs: inputs.maxDelayMs }),
        pollIntervalMs: inputs.pollIntervalMs,
        budget,
        clock,
        signal,
        identities: lookedUp.identities,
        dataCheck: inputs.dataCheck,
        first: firstPoll(lookedUp)
      },
      report
    );
  } finally {
    calls.stop();
    client.close();
  }
}

/** Runs the gate behind `door` and returns the exit code. */
export async function run(door: FrontDoor): Promise<number> {
  const startedAt = door.clock.now();
  // A poll of many objects makes mostly garbage: V8's heap is kept near what the run holds.
  const releaseHeap = limitHeapGrowth();
  let report = allOf(door.reporters(undefined), door.warn);
  const { signal, dispose } = cancellation((name) => report.signal(name));
  let inputs: Inputs | undefined;
  let verdict: Verdict;
  try {
    inputs = door.inputs();
    report = allOf(door.reporters(inputs), door.warn);
    verdict = await wait(inputs, door, startedAt, signal, report);
  } catch (thrown) {
    const error = signal.aborted ? cancelledBy(signal) : asRunError(thrown);
    verdict = errorVerdict(error, { polls: 0, elapsedMs: door.clock.now() - startedAt });
  }
  const context: EndContext = { inputs, startedAt, reportFile: '' };
  await report.end(verdict, context);
  dispose();
  releaseHeap();
  return door.exitCode(verdict);
}
