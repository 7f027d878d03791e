/**
 * Annotations: an error for each job that failed as a whole and for each failed object, a
 * warning for each status the action does not know, and the job rules' warnings (a paused job,
 * an unknown job state, a refused job-status call, an ignored job failure), each given once.
 * All are bounded: GitHub records 10 of each per step, and a hostile list of statuses must not
 * flood the log.
 */
import * as core from '@actions/core';
import type { JobWarning } from '../core/jobRules.js';
import type { Verdict } from '../core/types.js';
import { refusedValue } from '../errors.js';
import { formatThousands, plural } from './render/format.js';
import { annotationFor } from './render/failure.js';
import { failedJobAnnotation, jobWarningText } from './render/job.js';

/** Error annotations at most; the rest are in the summary and the report file. */
const MAX_ANNOTATIONS = 100;
/** Unknown statuses warned about one by one; the others share one line. */
const MAX_STATUS_WARNINGS = 10;

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

  const unknown = snapshot.unknownStatuses;
  for (const { status, objects: n } of unknown.slice(0, MAX_STATUS_WARNINGS)) {
    const shownStatus = status === '' ? '(empty)' : refusedValue(status);
    core.warning(
      `${plural(n, 'object')} reported the status ${shownStatus}, which this action does not know: counted as pending, never as done.`,
      { title: 'Unknown DTS status' }
    );
  }
  const rest = unknown.slice(MAX_STATUS_WARNINGS);
  if (rest.length > 0) {
    const objects = rest.reduce((sum, u) => sum + u.objects, 0);
    core.warning(
      `${plural(rest.length, 'more status', 'more statuses')} this action does not know (${formatThousands(objects)} ${objects === 1 ? 'object' : 'objects'}), all counted as pending: see the job summary and the report file.`,
      { title: 'Unknown DTS statuses' }
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
