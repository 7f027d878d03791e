/**
 * Annotations: an error for each failed object, a warning for each status the action does not
 * know.
 */
import * as core from '@actions/core';
import type { Verdict } from '../core/types.js';
import { annotationFor } from './render/failure.js';

/** GitHub records 10 error annotations per step; more only lengthen the log. */
const MAX_ANNOTATIONS = 100;

export function annotate(verdict: Verdict): void {
  const snapshot = verdict.snapshot;
  if (!snapshot) return;
  let shown = 0;
  for (const object of snapshot.objects) {
    if (shown >= MAX_ANNOTATIONS) break;
    if (object.outcome !== 'failed') continue;
    const { title, message } = annotationFor(object);
    core.error(message, { title });
    shown++;
  }
  const failed = snapshot.counts.failed;
  if (failed > shown) core.info(`${failed - shown} more failed objects are listed in the summary and the report file.`);
  for (const { status, objects: n } of snapshot.unknownStatuses) {
    const shownStatus = status === '' ? '(empty)' : JSON.stringify(status.slice(0, 100));
    core.warning(
      `${n} object${n === 1 ? '' : 's'} reported the status ${shownStatus}, which this action does not know: counted as pending, never as done.`,
      { title: 'Unknown DTS status' }
    );
  }
}
