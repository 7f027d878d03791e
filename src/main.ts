/**
 * The run, in the order the data flows: inputs -> credentials -> DTS client and job readers ->
 * poller -> verdict -> reporters. Every ending, errors and cancellation included, goes through
 * the same reporters, so the summary and the outputs are always written.
 */
import * as core from '@actions/core';
import { readInputs, type Inputs } from './config/inputs.js';
import { ignoreMatcher } from './core/ignore.js';
import type { Verdict } from './core/types.js';
import { verdictOf } from './core/verdict.js';
import { resolveCredentials } from './credentials/resolve.js';
import { runErrorOf } from './dts/apiErrors.js';
import { DtsClient } from './dts/client.js';
import { jobReaders } from './dts/reader.js';
import { CancelledError } from './errors.js';
import { poll } from './poll/poller.js';
import { warnOfJob } from './report/annotations.js';
import { publish } from './report/publish.js';
import { pollFailedLine, renderPollLine, retryLine, shiftedLines, signalLine, waitingLine } from './report/render/log.js';
import { untilAborted } from './time.js';

/** Listens for the runner's SIGINT (then SIGTERM 7.5 s later) for the length of the run. */
function cancellation(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: string) => () => {
    if (!controller.signal.aborted) core.info(signalLine(name));
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

/** Credentials, client, readers and the poll loop: everything that talks to Alibaba Cloud. */
async function wait(inputs: Inputs, startedAt: number, signal: AbortSignal): Promise<Verdict> {
  // The OIDC exchange can take up to request-timeout per call: a cancellation does not wait for it.
  const credentials = await untilAborted(
    resolveCredentials(inputs, process.env, {
      getIDToken: (audience) => core.getIDToken(audience),
      setSecret: (value) => core.setSecret(value)
    }),
    signal
  );
  core.info(waitingLine(inputs, credentials.source));
  const deadline = startedAt + inputs.timeoutMs;
  // Calls end by then, whatever the endpoint does: the step ends by timeout plus one request timeout.
  const stopAt = deadline + inputs.requestTimeoutMs;
  const { endpoint, region, requestTimeoutMs } = inputs;
  const client = new DtsClient({ endpoint, region, credentials, requestTimeoutMs, stopAt });
  const ignored = ignoreMatcher(inputs.ignore);
  const { readers, stop } = jobReaders(client, {
    jobIds: inputs.jobIds,
    pageSize: inputs.pageSize,
    jobStatus: inputs.jobStatus,
    deadline,
    stopAt,
    ignored,
    signal,
    onRetry: (...retry) => core.info(retryLine(...retry))
  });
  try {
    return await poll(
      {
        pollIntervalMs: inputs.pollIntervalMs,
        deadline,
        startedAt,
        ignored,
        failFast: inputs.failFast,
        failOnTimeout: inputs.failOnTimeout,
        signal,
        ...(inputs.maxDelayMs !== undefined && { maxDelayMs: inputs.maxDelayMs })
      },
      readers,
      {
        now: Date.now,
        onPoll: (snapshot) => {
          core.info(renderPollLine(snapshot));
          for (const line of shiftedLines(snapshot)) core.info(line);
        },
        onPollFailed: (error, n) => core.info(pollFailedLine(error, n)),
        onJobWarning: warnOfJob
      }
    );
  } finally {
    stop();
    client.close();
  }
}

/** Runs the action and returns the exit code of the step. */
export async function run(): Promise<number> {
  const startedAt = Date.now();
  const { signal, dispose } = cancellation();
  let inputs: Inputs | undefined;
  let verdict: Verdict;
  try {
    inputs = readInputs(core.getInput, process.env);
    verdict = await wait(inputs, startedAt, signal);
  } catch (thrown) {
    const error = signal.aborted ? new CancelledError() : runErrorOf(thrown);
    const status = error instanceof CancelledError ? 'cancelled' : 'error';
    verdict = verdictOf({ status, polls: 0, elapsedMs: Date.now() - startedAt, error }, { failOnTimeout: true });
  }
  await publish(verdict, { inputs, startedAt });
  dispose();
  return verdict.fail ? 1 : 0;
}
