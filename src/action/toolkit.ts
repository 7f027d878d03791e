/**
 * @actions/core, loaded once the run has started rather than when the action starts. It brings
 * @actions/http-client and undici (about 900 KiB of the bundle, in a chunk of its own), which
 * only the OIDC exchange and the pull-request comment use; evaluated at start, they came before
 * the first request to DTS. A first write starts loading it once the turn of the event loop that
 * made it is over: by then that turn has sent the first request (the run gets there without
 * waiting on anything but promises), and the chunk is evaluated while the answer is on its way.
 * What awaits it (the OIDC exchange, the reporters at the end) starts loading it at once.
 *
 * What the action writes through @actions/core keeps the order of the calls: a call made while
 * it is still loading waits in a queue, and the queue runs in order as soon as it is there, so
 * the first log line and the `::add-mask::` of each secret still come before anything after
 * them. Nothing the action prints goes around this queue.
 */
import { setImmediate } from 'node:timers';

type Core = typeof import('@actions/core');

let loaded: Core | undefined;
let loading: Promise<Core> | undefined;
const waiting: Array<(core: Core) => void> = [];
let scheduled = false;

/** What the queue's calls threw: each is told as a warning once the queue has run. */
function runQueue(core: Core): void {
  const failures: string[] = [];
  // A call made by a queued one joins the end of the queue, after the calls made before it.
  for (let next = waiting.shift(); next !== undefined; next = waiting.shift()) {
    try {
      next(core);
    } catch (thrown) {
      failures.push(thrown instanceof Error ? thrown.message : String(thrown));
    }
  }
  loaded = core;
  for (const failure of failures) core.warning(`a line of the log could not be written: ${failure}`);
}

/** @actions/core, loading it if no call has yet. */
export function loadCore(): Promise<Core> {
  loading ??= import('@actions/core').then((core) => {
    runQueue(core);
    return core;
  });
  return loading;
}

/** Calls `use` with @actions/core: now when it is loaded, else as soon as it is, after every call made before this one. */
export function withCore(use: (core: Core) => void): void {
  if (loaded) {
    use(loaded);
    return;
  }
  waiting.push(use);
  if (scheduled) return;
  scheduled = true;
  // A bundle whose chunk is missing cannot print at all; the end of the run awaits the load and fails on it.
  setImmediate(() => loadCore().catch(() => undefined));
}
