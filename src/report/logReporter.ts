/**
 * The log of a run while it waits, as lines: the first line, which task each job is, a line per poll (and the jobs whose
 * lists moved under it), each retry, each poll that could not be completed, a signal. The same
 * lines in the action's log and in the command line's plain log (a CI log, not a terminal).
 */
import { pollFailedLine, renderPollLine, resolvedLines, retryLine, shiftedLines, signalLine, waitingLine } from './render/log.js';
import type { Reporter } from './reporter.js';

/** The reporter that writes the log's lines through `info`. */
export function logReporter(info: (line: string) => void): Reporter {
  return {
    name: 'log',
    started: ({ inputs, credentials }) => info(waitingLine(inputs, credentials)),
    resolved: (identities, refused) => {
      for (const line of resolvedLines(identities, refused)) info(line);
    },
    signal: (name) => info(signalLine(name)),
    retry: (...retry) => info(retryLine(...retry)),
    poll: (snapshot) => {
      info(renderPollLine(snapshot));
      for (const line of shiftedLines(snapshot)) info(line);
    },
    pollFailed: (error, poll) => info(pollFailedLine(error, poll))
  };
}
