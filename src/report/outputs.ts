/**
 * The step outputs, as plain name/value pairs: set on every outcome, with unmeasured counts 0.
 */
import { OUTCOMES, type Verdict } from '../core/types.js';
import { failedObjectsJson } from './render/failedObjects.js';

export function outputsOf(verdict: Verdict, reportFile: string): Record<string, string> {
  const counts = verdict.snapshot?.counts;
  const outputs: Record<string, string> = {
    status: verdict.status,
    total: String(counts?.total ?? 0)
  };
  for (const outcome of OUTCOMES) outputs[outcome] = String(counts?.[outcome] ?? 0);
  outputs['failed-objects'] = failedObjectsJson(verdict.snapshot?.objects ?? []);
  outputs['report-file'] = reportFile;
  outputs['elapsed-seconds'] = String(Math.floor(verdict.elapsedMs / 1000));
  outputs.polls = String(verdict.polls);
  return outputs;
}
