/**
 * The step outputs, as plain name/value pairs: set on every outcome, with unmeasured counts 0
 * and what was not read empty.
 */
import { OUTCOMES, type Verdict } from '../core/types.js';
import { failedObjectsJson } from './render/failedObjects.js';
import { delaySecondsOutput, etaOutput, jobStatusOutput, progressOutput } from './render/job.js';

export function outputsOf(
  verdict: Verdict,
  reportFile: string,
  jobIds: readonly string[] = verdict.snapshot?.jobIds ?? []
): Record<string, string> {
  const snapshot = verdict.snapshot;
  const counts = snapshot?.counts;
  const outputs: Record<string, string> = {
    status: verdict.status,
    total: String(counts?.total ?? 0)
  };
  for (const outcome of OUTCOMES) outputs[outcome] = String(counts?.[outcome] ?? 0);
  outputs['failed-objects'] = failedObjectsJson(snapshot?.objects ?? []);
  outputs['report-file'] = reportFile;
  outputs['elapsed-seconds'] = String(Math.floor(verdict.elapsedMs / 1000));
  outputs.polls = String(verdict.polls);
  outputs['job-status'] = jobStatusOutput(jobIds, snapshot?.jobs ?? {});
  outputs['delay-seconds'] = snapshot ? delaySecondsOutput(snapshot.jobJudgement.delay) : '';
  outputs.progress = snapshot ? progressOutput(snapshot.progress) : '';
  outputs['eta-seconds'] = snapshot ? etaOutput(snapshot.etaSeconds) : '';
  return outputs;
}
