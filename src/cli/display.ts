/**
 * What a person watches while the gate waits. In a CI log (not a terminal): the action's log
 * lines, and its warnings as lines. On a terminal, the live display: a block at the bottom of the screen with a row per job,
 * redrawn in place at every poll and once a second between polls (the time goes on), as wide as
 * the terminal is now. The log's other lines (the first line, retries, warnings, a signal, a poll
 * that could not be completed) are printed above it, in the words of the action's log. At the end
 * the block is drawn a last time and left on the screen; the verdict follows below it.
 */
import type { Inputs } from '../config/inputs.js';
import type { JobWarning } from '../core/jobTypes.js';
import { logReporter } from '../report/logReporter.js';
import { jobWarningText } from '../report/render/annotations.js';
import { shiftedLines } from '../report/render/log.js';
import type { Reporter } from '../report/reporter.js';
import type { Clock } from '../time.js';
import { JobRows } from './jobRows.js';
import { layout, type Style } from './layout.js';
import type { CliOutput } from './output.js';

/** Between polls the block is redrawn this often, so that the elapsed time moves. */
const TICK_MS = 1000;

/** A warning of the job rules, which the action gives as an annotation, as a line of the log. */
export function warningLine(warning: JobWarning): string {
  const { title, message } = jobWarningText(warning);
  return `warning: ${title}: ${message}`;
}

/** The action's log lines, and the warnings the action gives as annotations: for a CI log. */
export function plainLog(output: CliOutput): Reporter {
  return { ...logReporter((line) => output.say(line)), warning: (warning) => output.say(warningLine(warning)) };
}

/** The live display, for a terminal. */
export function liveDisplay(output: CliOutput, inputs: Inputs | undefined, clock: Clock): Reporter {
  const lines = logReporter((line) => output.say(line));
  const rows =
    inputs &&
    new JobRows({
      jobIds: inputs.jobIds,
      timeoutMs: inputs.timeoutMs,
      ...(inputs.maxDelayMs !== undefined && { maxDelayMs: inputs.maxDelayMs })
    });
  const style: Style = {
    paint: (text, tone) => output.paint(text, tone),
    bar: output.unicode ? { full: '█', empty: '░' } : { full: '#', empty: '-' }
  };
  const startedAt = clock.now();
  let ticker: ReturnType<typeof setInterval> | undefined;
  // The last column stays free: a line that fills it makes some terminals wrap.
  const draw = (elapsedMs = clock.now() - startedAt): void => {
    if (rows) output.draw(layout(rows.model(elapsedMs), output.columns() - 1, style));
  };
  return {
    ...lines,
    name: 'terminal display',
    started: (facts) => {
      lines.started?.(facts);
      draw();
      ticker = setInterval(() => draw(), TICK_MS);
      // The ticker never keeps the process alive on its own.
      ticker.unref();
    },
    poll: (snapshot) => {
      rows?.poll(snapshot);
      for (const line of shiftedLines(snapshot)) output.say(line, 'warn');
      draw();
    },
    warning: (warning) => output.say(warningLine(warning), 'warn'),
    end: (verdict) => {
      if (ticker) clearInterval(ticker);
      if (ticker) draw(verdict.elapsedMs);
      output.freeze();
    }
  };
}
