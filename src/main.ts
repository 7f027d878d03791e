/**
 * The run, in the order the data flows: inputs -> credentials -> DTS client -> poller ->
 * verdict -> reporters. Every ending, errors and cancellation included, goes through the same
 * reporters, so the summary and the outputs are always written.
 */
import * as core from '@actions/core';
import { conclude } from './core/conclude.js';
import { ignoreMatcher } from './core/ignore.js';
import type { Verdict } from './core/types.js';
import { readInputs, type Inputs } from './config/inputs.js';
import { resolveCredentials } from './credentials/resolve.js';
import { DtsClient } from './dts/client.js';
import { describeError, fromThrown } from './dts/errors.js';
import { Limiter } from './dts/limiter.js';
import { readJob } from './dts/pager.js';
import { DEFAULT_RETRY, withRetry } from './dts/retry.js';
import { CancelledError, CredentialsError, DtsApiError, InputError } from './errors.js';
import { poll } from './poll/poller.js';
import { publish } from './report/publish.js';
import { renderPollLine } from './report/render/messages.js';
import { formatDuration } from './report/render/format.js';

/** API calls in flight at once, across all jobs. */
const CONCURRENCY = 4;

const readInput = (name: string): string => core.getInput(name);

/** Listens for the runner's SIGINT (then SIGTERM 7.5 s later) for the length of the run. */
function cancellation(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: string) => () => {
    if (!controller.signal.aborted) core.info(`${name} received: stopping and reporting what was seen so far.`);
    controller.abort();
  };
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
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

/** What went wrong before or outside the poll loop, as a sentence fit for the log. */
function explain(thrown: unknown): string {
  if (thrown instanceof InputError || thrown instanceof CredentialsError) return thrown.message;
  return describeError(fromThrown(thrown));
}

async function wait(inputs: Inputs, startedAt: number, signal: AbortSignal, errorCode: { code?: string; requestId?: string }) {
  const credentials = await resolveCredentials(inputs, readInput, process.env, {
    getIDToken: (audience) => core.getIDToken(audience),
    setSecret: (value) => core.setSecret(value)
  });
  core.info(
    `Waiting on DTS job${inputs.jobIds.length > 1 ? 's' : ''} ${inputs.jobIds.join(', ')} in ${inputs.region} ` +
      `(timeout ${formatDuration(inputs.timeoutMs)}, poll every ${formatDuration(inputs.pollIntervalMs)}; credentials from ${credentials.source}).`
  );
  const client = new DtsClient({ endpoint: inputs.endpoint, region: inputs.region, credentials, requestTimeoutMs: inputs.requestTimeoutMs });
  const limiter = new Limiter(CONCURRENCY);
  const deadline = startedAt + inputs.timeoutMs;
  try {
    const result = await poll(
      {
        jobIds: inputs.jobIds,
        pollIntervalMs: inputs.pollIntervalMs,
        deadline,
        startedAt,
        ignored: ignoreMatcher(inputs.ignore),
        failFast: inputs.failFast,
        failOnTimeout: inputs.failOnTimeout,
        signal
      },
      {
        now: Date.now,
        readJob: (jobId, expectedPages, until) =>
          readJob({
            jobId,
            pageSize: inputs.pageSize,
            expectedPages,
            limiter,
            fetchPage: (request) =>
              withRetry(() => client.fetchPage(request), {
                policy: DEFAULT_RETRY,
                deadline: until,
                signal,
                onRetry: (error, attempt, delayMs) => {
                  if (error.code.startsWith('Throttling')) limiter.throttled();
                  core.info(`  ${request.jobId} page ${request.pageNum}: ${error.code}, retry ${attempt} in ${delayMs} ms`);
                }
              })
          }),
        onPoll: (snapshot) => core.info(renderPollLine(snapshot))
      }
    );
    if (result.error instanceof DtsApiError) {
      errorCode.code = result.error.code;
      if (result.error.requestId) errorCode.requestId = result.error.requestId;
    }
    return { ...result, errorText: result.error && !(result.error instanceof CancelledError) ? describeError(result.error) : undefined };
  } finally {
    client.close();
  }
}

export async function run(): Promise<void> {
  const startedAt = Date.now();
  const { signal, dispose } = cancellation();
  let inputs: Inputs | undefined;
  const error: { code?: string; requestId?: string } = {};
  let verdict: Verdict;
  try {
    inputs = readInputs(readInput, process.env);
    const result = await wait(inputs, startedAt, signal, error);
    verdict = conclude(
      { status: result.status, snapshot: result.snapshot, polls: result.polls, notes: result.notes, elapsedMs: Date.now() - startedAt, errorText: result.errorText },
      inputs
    );
  } catch (thrown) {
    if (thrown instanceof DtsApiError) {
      error.code = thrown.code;
      if (thrown.requestId) error.requestId = thrown.requestId;
    } else if (thrown instanceof InputError || thrown instanceof CredentialsError) {
      error.code = thrown.name;
    }
    const cancelled = thrown instanceof CancelledError || signal.aborted;
    verdict = conclude(
      { status: cancelled ? 'cancelled' : 'error', polls: 0, notes: [], elapsedMs: Date.now() - startedAt, errorText: explain(thrown) },
      { failOnTimeout: true }
    );
  }
  await publish(verdict, {
    inputs,
    startedAt,
    error,
    region: inputs?.region ?? '',
    jobIds: inputs?.jobIds ?? []
  });
  dispose();
  // Calls still in flight (read-ahead pages, a cancelled poll) must not hold the step open,
  // least of all within the runner's 7.5 s grace after a cancellation.
  process.exit();
}
