/**
 * The command line's reporters, in the order they run at the end: what a person watches (the
 * live display on a terminal, else the plain log lines of the action, as a CI log shows them),
 * the report file, the summary file (`--summary-file`: the job summary the action writes), the
 * outputs as JSON on stdout (`--json`), and last the verdict in words with what failed. None of
 * GitHub's reporters is here: no workflow command, no step output, no step summary, no comment.
 */
import { writeFileSync } from 'node:fs';
import type { Inputs } from '../config/inputs.js';
import type { JobWarningKind } from '../core/jobTypes.js';
import type { Verdict } from '../core/types.js';
import { outputsOf } from '../report/outputs.js';
import { leftOutWarningText, unknownStatusWarnings } from '../report/render/annotations.js';
import { renderFailureMessage } from '../report/render/failure.js';
import { renderSummary } from '../report/render/summary/page.js';
import { verdictNotes, verdictSentence } from '../report/render/verdict.js';
import { reportFileReporter, reportPath } from '../report/reportFile.js';
import type { Reporter } from '../report/reporter.js';
import type { Clock } from '../time.js';
import type { CliOptions } from './command.js';
import { liveDisplay, plainLog } from './display.js';
import type { Tone } from './layout.js';
import type { CliOutput } from './output.js';

function summaryFile(path: string, output: CliOutput): Reporter {
  return {
    name: 'summary file',
    end: (verdict, { inputs, reportFile }) => {
      const summary = renderSummary({ verdict, region: inputs?.region ?? '', jobIds: inputs?.jobIds ?? [], reportFile });
      writeFileSync(path, output.redacted(summary));
    }
  };
}

/**
 * JSON that shows the same on any terminal and any CI log: every character outside printable
 * ASCII escaped (`\u200b`), and no `#[` (which GitHub's runner reads as a command anywhere in a
 * line, when the command line runs in a workflow). A JSON parser reads back the same values.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/#\[/g, '\\u0023[');
}

function jsonOutputs(output: CliOutput): Reporter {
  return {
    name: 'JSON outputs',
    end: (verdict, { inputs, reportFile }) => {
      const outputs = outputsOf(verdict, reportFile, inputs?.jobIds ?? []);
      output.data(terminalSafeJson(output.redacted(JSON.stringify(outputs))) + '\n');
    }
  };
}

function verdictTone(verdict: Verdict): Tone {
  if (verdict.status === 'finished') return 'good';
  return verdict.fail ? 'bad' : 'warn';
}

/** The end in words, as the job summary says it: the verdict, what failed or is still pending, the notes, where the files are. */
function verdictWords(output: CliOutput, options: CliOptions): Reporter {
  return {
    name: 'verdict',
    end: (verdict, { reportFile }) => {
      const sentence = verdictSentence(verdict);
      output.say(sentence, verdictTone(verdict));
      if (verdict.status === 'failed' || verdict.status === 'timeout') {
        const message = renderFailureMessage(verdict);
        if (message !== sentence) output.say(message);
      }
      for (const note of verdictNotes(verdict)) output.say(note);
      for (const [kind, count] of Object.entries(verdict.warningsLeftOut ?? {}) as Array<[JobWarningKind, number]>) {
        output.say(`warning: ${leftOutWarningText(kind, count).message}`, 'warn');
      }
      for (const { message } of unknownStatusWarnings(verdict.snapshot?.unknownStatuses ?? [])) output.say(`warning: ${message}`, 'warn');
      if (reportFile !== '') output.say(`Report file: ${reportFile}`, 'dim');
      if (options.summaryFile !== undefined) output.say(`Summary: ${options.summaryFile}`, 'dim');
    }
  };
}

/** The reporters of one run; `inputs` undefined when they were refused. */
export function commandLineReporters(
  inputs: Inputs | undefined,
  options: CliOptions,
  output: CliOutput,
  env: Record<string, string | undefined>,
  clock: Clock
): Reporter[] {
  return [
    output.live ? liveDisplay(output, inputs, clock) : plainLog(output),
    reportFileReporter(({ startedAt }) => options.reportFile ?? reportPath(env, startedAt)),
    ...(options.summaryFile !== undefined ? [summaryFile(options.summaryFile, output)] : []),
    ...(options.json ? [jsonOutputs(output)] : []),
    verdictWords(output, options)
  ];
}
