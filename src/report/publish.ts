/**
 * The reporters: report file, outputs, annotations, job summary, PR comment, and the step's
 * exit status. Each reporter's own failure is a warning: it never hides the verdict.
 */
import * as core from '@actions/core';
import type { Verdict } from '../core/types.js';
import type { Inputs } from '../config/inputs.js';
import { outputsOf } from './outputs.js';
import { reportPath, writeReport, type ReportContext } from './reportFile.js';
import { annotationFor, renderFailureMessage } from './render/messages.js';
import { renderSummary } from './render/summary.js';

/** GitHub records 10 error annotations per step; more only lengthen the log. */
const MAX_ANNOTATIONS = 100;
/** A PR comment holds 65,536 characters; bytes >= characters, so a byte budget is safe. */
const COMMENT_BYTES = 60_000;

export interface PublishContext extends ReportContext {
  /** Undefined when the inputs themselves were refused: defaults apply. */
  inputs: Inputs | undefined;
}

function warnNotWritten(what: string, thrown: unknown): void {
  core.warning(`Could not write the ${what}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
}

function annotate(verdict: Verdict): void {
  const objects = verdict.snapshot?.objects ?? [];
  let shown = 0;
  let failed = 0;
  for (const object of objects) {
    if (object.outcome !== 'failed') continue;
    failed++;
    if (shown >= MAX_ANNOTATIONS) continue;
    const { title, message } = annotationFor(object);
    core.error(message, { title });
    shown++;
  }
  if (failed > shown) core.info(`${failed - shown} more failed objects are listed in the summary and the report file.`);
  for (const status of verdict.snapshot?.unknownStatuses ?? []) {
    const n = objects.filter((o) => o.state === 'unknown' && o.status === status).length;
    const shownStatus = status === '' ? '(empty)' : JSON.stringify(status.slice(0, 100));
    core.warning(
      `${n} object${n === 1 ? '' : 's'} reported the status ${shownStatus}, which this action does not know: counted as pending, never as done.`,
      {
        title: 'Unknown DTS status'
      }
    );
  }
}

export async function publish(verdict: Verdict, context: PublishContext): Promise<void> {
  let reportFile = reportPath(process.env, context.startedAt);
  try {
    writeReport(reportFile, verdict, context);
  } catch (thrown) {
    warnNotWritten('report file', thrown);
    reportFile = '';
  }

  for (const [name, value] of Object.entries(outputsOf(verdict, reportFile))) core.setOutput(name, value);
  annotate(verdict);

  const view = { verdict, region: context.region, jobIds: context.jobIds, reportFile };
  if (context.inputs?.summary ?? true) {
    try {
      await core.summary.addRaw(renderSummary(view)).write();
    } catch (thrown) {
      warnNotWritten('job summary', thrown);
    }
  }
  if (context.inputs?.prComment) {
    // Loaded only here: @actions/github is large, and most runs never comment.
    const { upsertPrComment } = await import('./prComment.js');
    await upsertPrComment({
      token: context.inputs.githubToken,
      body: renderSummary({ ...view, maxBytes: COMMENT_BYTES }),
      marker: `<!-- dts-init-gate:${context.jobIds.join(',')} -->`,
      env: process.env,
      log: { info: core.info, warning: (m) => core.warning(m) }
    });
  }

  if (verdict.fail) core.setFailed(renderFailureMessage(verdict));
  else core.info(verdict.message);
}
