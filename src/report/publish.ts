/**
 * The reporters: report file, outputs, annotations, job summary, PR comment, and the step's
 * failure message. Each reporter's own failure is a warning: it never hides the verdict.
 */
import * as core from '@actions/core';
import type { Verdict } from '../core/types.js';
import type { Inputs } from '../config/inputs.js';
import { safeLine } from '../text/safe.js';
import { annotate } from './annotations.js';
import { outputsOf } from './outputs.js';
import { reportPath, writeReport } from './reportFile.js';
import { renderFailureMessage } from './render/failure.js';
import { renderSummary } from './render/summary/page.js';
import { verdictSentence } from './render/verdict.js';

/** A PR comment holds 65,536 characters; bytes >= characters, so a byte budget is safe. */
const COMMENT_BYTES = 60_000;

interface PublishContext {
  /** Undefined when the inputs themselves were refused: defaults apply. */
  inputs: Inputs | undefined;
  startedAt: number;
}

function warnNotWritten(what: string, thrown: unknown): void {
  core.warning(`Could not write the ${what}: ${safeLine(thrown instanceof Error ? thrown.message : String(thrown), 500)}`);
}

export async function publish(verdict: Verdict, { inputs, startedAt }: PublishContext): Promise<void> {
  const jobIds = inputs?.jobIds ?? [];
  const region = inputs?.region ?? '';
  let reportFile = reportPath(process.env, startedAt);
  try {
    writeReport(reportFile, verdict, { jobIds, region, startedAt });
  } catch (thrown) {
    warnNotWritten('report file', thrown);
    reportFile = '';
  }

  for (const [name, value] of Object.entries(outputsOf(verdict, reportFile, jobIds))) core.setOutput(name, value);
  annotate(verdict);

  const view = { verdict, region, jobIds, reportFile };
  if (inputs?.summary ?? true) {
    try {
      await core.summary.addRaw(renderSummary(view)).write();
    } catch (thrown) {
      warnNotWritten('job summary', thrown);
    }
  }
  if (inputs?.prComment) {
    // Loaded only here: @actions/github is large, and most runs never comment.
    const { upsertPrComment } = await import('./prComment.js');
    await upsertPrComment({
      token: inputs.githubToken,
      body: renderSummary({ ...view, maxBytes: COMMENT_BYTES }),
      marker: `<!-- dts-init-gate:${jobIds.join(',')} -->`,
      env: process.env,
      log: { info: core.info, warning: (m) => core.warning(m) }
    });
  }

  if (verdict.fail) core.setFailed(renderFailureMessage(verdict));
  else core.info(verdictSentence(verdict));
}
