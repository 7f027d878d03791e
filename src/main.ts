/**
 * The run, in the order the data flows: inputs -> credentials -> DTS client -> poller ->
 * verdict -> reporters. Every ending, errors and cancellation included, goes through the same
 * reporters, so the summary and the outputs are always written.
 */
import * as core from '@actions/core';
import { conclude, type Ending } from './core/conclude.js';
import { ignoreMatcher } from './core/ignore.js';
import { readInputs, type Inputs } from './config/inputs.js';
import { resolveCredentials } from './credentials/resolve.js';
import { DtsClient } from './dts/client.js';
import { describeError, fromThrown } from './dts/errors.js';
import { Limiter } from './dts/limiter.js';
import { readJob } from './dts/pager.js';
import { DEFAULT_RETRY, withRetry } from './dts/retry.js';
import { CancelledError, CredentialsError, DtsApiError, InputError } from './errors.js';
import { untilAborted } from './time.js';
import { poll, type PollResult } from './poll/poller.js';
import { publish } from './report/publish.js';
import type { ReportContext } from './report/reportFile.js';
import { renderPollLine } from './report/render/messages.js';
import { formatDuration } from './report/render/format.js';

/** API calls in flight at once, across all jobs. */
export const CONCURRENCY = 4;

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

/** Why the run ended in `error`, as a sentence fit for the log and the summary. */
function explain(thrown: unknown): string {
  // Refused inputs and missing credentials say what is wrong in their own words; only what came
  // from the API (or the way to it) is "DTS could not be read".
  if (thrown instanceof InputError || thrown instanceof CredentialsError) return thrown.message;
  return `DTS could not be read: ${describeError(fromThrown(thrown))}`;
}

/** The error's code and request id for the report file; nothing else of it is kept. */
function errorFacts(thrown: unknown): ReportContext['error'] {
  if (thrown instanceof DtsApiError) return thrown.requestId ? { code: thrown.code, requestId: thrown.requestId } : { code: thrown.code };
  if (thrown instanceof InputError || thrown instanceof CredentialsError) return { code: thrown.name };
  return undefined;
}

/** Credentials, client and the poll loop: everything that talks to Alibaba Cloud. */
async function wait(inputs: Inputs, startedAt: number, signal: AbortSignal): Promise<PollResult> {
  // The OIDC exchange can take up to request-timeout per call: a cancellation does not wait for it.
  const credentials = await untilAborted(
    resolveCredentials(inputs, readInput, process.env, {
      getIDToken: (audience) => core.getIDToken(audience),
      setSecret: (value) => core.setSecret(value)
    }),
    signal
  );
  core.info(
    `Waiting on DTS job${inputs.jobIds.length > 1 ? 's' : ''} ${inputs.jobIds.join(', ')} in ${inputs.region} ` +
      `(timeout ${formatDuration(inputs.timeoutMs)}, poll every ${formatDuration(inputs.pollIntervalMs)}; credentials from ${credentials.source}).`
  );
  const client = new DtsClient({
    endpoint: inputs.endpoint,
    region: inputs.region,
    credentials,
    requestTimeoutMs: inputs.requestTimeoutMs
  });
  const limiter = new Limiter(CONCURRENCY);
  const readAhead = Math.max(1, Math.floor(CONCURRENCY / inputs.jobIds.length));
  // Ends the retries of calls still running once the poll loop is over (read-ahead pages, the
  // other jobs of a failed poll), so that none of them logs a retry after the verdict.
  const over = new AbortController();
  const retrySignal = AbortSignal.any([signal, over.signal]);
  const ignored = ignoreMatcher(inputs.ignore);
  try {
    return await poll(
      {
        jobIds: inputs.jobIds,
        pollIntervalMs: inputs.pollIntervalMs,
        deadline: startedAt + inputs.timeoutMs,
        startedAt,
        ignored,
        failFast: inputs.failFast,
        failOnTimeout: inputs.failOnTimeout,
        signal
      },
      {
        now: Date.now,
        readJob: (jobId, expectedPages, deadline) =>
          readJob({
            jobId,
            pageSize: inputs.pageSize,
            expectedPages,
            limiter,
            readAhead,
            ignored,
            fetchPage: (request) =>
              withRetry(() => client.fetchPage(request), {
                policy: DEFAULT_RETRY,
                deadline,
                signal: retrySignal,
                onRetry: (error, attempt, delayMs) => {
                  if (error.code.startsWith('Throttling')) limiter.throttled();
                  core.info(`  ${request.jobId} page ${request.pageNum}: ${error.code}, retry ${attempt} in ${delayMs} ms`);
                }
              })
          }),
        onPoll: (snapshot) => {
          core.info(renderPollLine(snapshot));
          for (const id of snapshot.shiftedJobs ?? []) {
            core.info(`  ${id}: objects moved between pages while this poll read them; it cannot settle the run, polling again.`);
          }
        },
        onPollFailed: (error, n) => core.info(`Poll ${n} could not be completed: ${describeError(error)}; polling again.`)
      }
    );
  } finally {
    over.abort();
    client.close();
  }
}

export async function run(): Promise<void> {
  const startedAt = Date.now();
  const { signal, dispose } = cancellation();
  let inputs: Inputs | undefined;
  let ending: Ending;
  let failure: unknown;
  try {
    inputs = readInputs(readInput, process.env);
    const result = await wait(inputs, startedAt, signal);
    failure = result.error;
    ending = {
      status: result.status,
      polls: result.polls,
      notes: result.notes,
      elapsedMs: Date.now() - startedAt,
      ...(result.snapshot && { snapshot: result.snapshot }),
      ...(result.error && !(result.error instanceof CancelledError) && { errorText: explain(result.error) })
    };
  } catch (thrown) {
    failure = thrown;
    const cancelled = thrown instanceof CancelledError || signal.aborted;
    ending = {
      status: cancelled ? 'cancelled' : 'error',
      polls: 0,
      notes: [],
      elapsedMs: Date.now() - startedAt,
      errorText: explain(thrown)
    };
  }
  const verdict = conclude(ending, inputs ?? { failOnTimeout: true });
  const error = errorFacts(failure);
  await publish(verdict, { inputs, startedAt, region: inputs?.region ?? '', jobIds: inputs?.jobIds ?? [], ...(error && { error }) });
  dispose();
  // Calls still in flight (read-ahead pages, a cancelled poll) must not hold the step open,
  // least of all within the runner's 7.5 s grace after a cancellation.
  process.exit();
}
