/**
 * Annotations: an error for each failed object, a warning for each status the action does not
 * know. Both are bounded: GitHub records 10 of each per step, and a hostile list of statuses
 * must not flood the log.
 */
import * as core from '@actions/core';
import type { Verdict } from '../core/types.js';
import { refusedValue } from '../errors.js';
import { formatThousands, plural } from './render/format.js';
import { annotationFor } from './render/failure.js';

/** Error annotations at most; the rest are in the summary and the report file. */
const MAX_ANNOTATIONS = 100;
/** Unknown statuses warned about one by one; the others share one line. */
const MAX_STATUS_WARNINGS = 10;

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
