/**
 * Annotations: an error for each job that failed as a whole and for each failed object, a
 * warning for each status the action does not know, and the job rules' warnings (a paused job,
 * an unknown job state, a refused job-status call, an ignored job failure), each given once.
 */
import * as core from '@actions/core';
import type { JobWarning } from '../core/jobRules.js';
import type { Verdict } from '../core/types.js';
import { annotationFor } from './render/failure.js';
import { failedJobAnnotation, jobWarningText } from './render/job.js';

/** GitHub records 10 error annotations per step; more only lengthen the log. */
const MAX_ANNOTATIONS = 100;

export function annotate(verdict: Verdict): void {
  const snapshot = verdict.snapshot;
  if (!snapshot) return;
  // The failed jobs first: GitHub shows only the first errors of a step, and they are the news.
  const jobErrors = annotateJobs(verdict);
  let shown = jobErrors;
  for (const object of snapshot.objects) {
    if (shown >= MAX_ANNOTATIONS) break;
    if (object.outcome !== 'failed') continue;
    const { title, message } = annotationFor(object);
    core.error(message, { title });
    shown++;
  }
  const failed = snapshot.counts.failed;
  const left = failed - (shown - jobErrors);
  if (left > 0) core.info(`${left} more failed objects are listed in the summary and the report file.`);
  for (const { status, objects: n } of snapshot.unknownStatuses) {
    const shownStatus = status === '' ? '(empty)' : JSON.stringify(status.slice(0, 100));
    core.warning(
      `${n} object${n === 1 ? '' : 's'} reported the status ${shownStatus}, which this action does not know: counted as pending, never as done.`,
      { title: 'Unknown DTS status' }
    );
  }
}

/** One error annotation per job that failed as a whole (not ignored); returns how many. */
function annotateJobs(verdict: Verdict): number {
  const failed = verdict.snapshot?.jobJudgement.failed ?? [];
  const listed = failed.slice(0, MAX_ANNOTATIONS);
  for (const failure of listed) {
    const { title, message } = failedJobAnnotation(failure);
    core.error(message, { title });
  }
  return listed.length;
}

/** A warning of the job rules, as the poller gives it: once per run, at the poll that sees it. */
export function warnOfJob(warning: JobWarning): void {
  const { title, message } = jobWarningText(warning);
  core.warning(message, { title });
}
