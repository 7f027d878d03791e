/**
 * The action's reporters, in the order they run at the end: the report file (its path goes into
 * the outputs and the summary), the step outputs, the annotations, the job summary, the
 * pull-request comment, and the step's result. While the gate waits, the log takes the poll
 * lines and the annotations take the warnings.
 */
import type { Inputs } from '../config/inputs.js';
import { outputsOf } from '../report/outputs.js';
import { renderFailureMessage } from '../report/render/failure.js';
import { renderSummary } from '../report/render/summary/page.js';
import { verdictSentence } from '../report/render/verdict.js';
import { logReporter } from '../report/logReporter.js';
import { reportFileReporter, reportPath } from '../report/reportFile.js';
import type { Reporter } from '../report/reporter.js';
import { annotate, warnOfJob } from './annotations.js';
import { loadCore, withCore } from './toolkit.js';

/** A PR comment holds 65,536 characters; bytes >= characters, so a byte budget is safe. */
const COMMENT_BYTES = 60_000;

const log = logReporter((line) => withCore((core) => core.info(line)));

const outputs: Reporter = {
  name: 'step outputs',
  end: async (verdict, { inputs, reportFile }) => {
    const core = await loadCore();
    for (const [name, value] of Object.entries(outputsOf(verdict, reportFile, inputs?.jobIds ?? []))) core.setOutput(name, value);
  }
};

const annotations: Reporter = {
  name: 'annotations',
  warning: (warning) => withCore((core) => warnOfJob(core, warning)),
  end: async (verdict) => annotate(await loadCore(), verdict)
};

const summary: Reporter = {
  name: 'job summary',
  end: async (verdict, { inputs, reportFile }) => {
    const core = await loadCore();
    await core.summary
      .addRaw(renderSummary({ verdict, region: inputs?.region ?? '', jobIds: inputs?.jobIds ?? [], reportFile, reportFileOnRunner: true }))
      .write();
  }
};

const prComment: Reporter = {
  name: 'pull-request comment',
  end: async (verdict, { inputs, reportFile }) => {
    if (!inputs) return;
    const core = await loadCore();
    // Loaded only here: @actions/github is large, and most runs never comment.
    const { upsertPrComment } = await import('./prComment.js');
    await upsertPrComment({
      token: inputs.githubToken,
      body: renderSummary({
        verdict,
        region: inputs.region,
        jobIds: inputs.jobIds,
        reportFile,
        reportFileOnRunner: true,
        maxBytes: COMMENT_BYTES
      }),
      marker: `<!-- dts-init-gate:${inputs.jobIds.join(',')} -->`,
      env: process.env,
      log: { info: core.info, warning: (m) => core.warning(m) }
    });
  }
};

const stepResult: Reporter = {
  name: 'step result',
  end: async (verdict) => {
    const core = await loadCore();
    if (verdict.fail) core.setFailed(renderFailureMessage(verdict));
    else core.info(verdictSentence(verdict));
  }
};

/** The reporters of one run; `inputs` undefined when they were refused (then the defaults apply). */
export function actionReporters(inputs: Inputs | undefined): Reporter[] {
  return [
    log,
    reportFileReporter(({ startedAt }) => reportPath(process.env, startedAt)),
    outputs,
    annotations,
    ...((inputs?.summary ?? true) ? [summary] : []),
    ...(inputs?.prComment ? [prComment] : []),
    stepResult
  ];
}
