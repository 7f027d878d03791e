/**
 * Annotations: an error for each job that failed as a whole and for each failed object, a
 * warning for each status the action does not know, and the job rules' warnings (a paused job,
 * an unknown job state, a refused job-status call, an ignored job failure), each given once.
 * All are bounded: GitHub records 10 of each per step, and a hostile list of statuses must not
 * flood the log.
 */
import type { AnnotationProperties } from '@actions/core';
import type { JobWarning, JobWarningKind } from '../core/jobTypes.js';
import type { Verdict } from '../core/types.js';
import {
  failedCheckAnnotation,
  failedJobAnnotation,
  jobWarningText,
  leftOutWarningText,
  objectAnnotation,
  tableAnnotation,
  unknownStatusWarnings
} from '../report/render/annotations.js';
import { plural } from '../report/render/format.js';

/** What the annotations are written with: @actions/core's, once it is loaded (toolkit.ts). */
export interface Annotator {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  info(message: string): void;
}

/** Error annotations at most; the rest are in the summary and the report file. */
const MAX_ANNOTATIONS = 100;

export function annotate(core: Annotator, verdict: Verdict): void {
  for (const [kind, count] of Object.entries(verdict.warningsLeftOut ?? {}) as Array<[JobWarningKind, number]>) {
    const { title, message } = leftOutWarningText(kind, count);
    core.warning(message, { title });
  }
  const snapshot = verdict.snapshot;
  if (!snapshot) return;
  // The failed jobs first: GitHub shows only the first errors of a step, and they are the news.
  const jobErrors = annotateJobs(core, verdict);
  // Then the tables of the data verification, before the objects.
  const checkErrors = annotateChecks(core, verdict, MAX_ANNOTATIONS - jobErrors);
  let shown = jobErrors + checkErrors;
  for (const object of snapshot.objects) {
    if (shown >= MAX_ANNOTATIONS) break;
    if (object.outcome !== 'failed') continue;
    const { title, message } = objectAnnotation(object);
    core.error(message, { title });
    shown++;
  }
  const failed = snapshot.counts.failed;
  const left = failed - (shown - jobErrors - checkErrors);
  if (left > 0) {
    core.info(
      `${plural(left, 'more failed object')} without an annotation: every one is in the report file, and the job summary lists as many as fit.`
    );
  }

  for (const { title, message } of unknownStatusWarnings(snapshot.unknownStatuses)) core.warning(message, { title });
}

/** One error annotation per job that failed as a whole (not ignored); returns how many. */
function annotateJobs(core: Annotator, verdict: Verdict): number {
  const failed = verdict.snapshot?.jobJudgement.failed ?? [];
  const listed = failed.slice(0, MAX_ANNOTATIONS);
  for (const failure of listed) {
    const { title, message } = failedJobAnnotation(failure);
    core.error(message, { title });
  }
  return listed.length;
}

/**
 * One error annotation per full data verification that failed and per table it found differing
 * or failed (not ignored), at most `room`; returns how many.
 */
function annotateChecks(core: Annotator, verdict: Verdict, room: number): number {
  const checks = verdict.snapshot?.dataCheck;
  if (!checks) return 0;
  let shown = 0;
  for (const { jobId, error } of checks.failedChecks) {
    if (shown >= room) break;
    const { title, message } = failedCheckAnnotation(jobId, error);
    core.error(message, { title });
    shown++;
  }
  for (const table of checks.failedTables) {
    if (shown >= room) break;
    const { title, message } = tableAnnotation(table);
    core.error(message, { title });
    shown++;
  }
  const left = checks.failedChecks.length + checks.failedTables.length - shown;
  if (left > 0) core.info(`${left} more tables of the data verification are listed in the summary and the report file.`);
  return shown;
}

/** A warning of the job rules, as the poll step gives it: once per run, at the poll that sees it. */
export function warnOfJob(core: Annotator, warning: JobWarning): void {
  const { title, message } = jobWarningText(warning);
  core.warning(message, { title });
}
