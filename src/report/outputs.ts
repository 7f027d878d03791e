/**
 * The outputs of a run, as plain name/value pairs (the action's step outputs, the command
 * line's `--json`): set on every outcome, with unmeasured counts 0 and what was not read empty.
 */
import { unlistedTables } from '../core/checkRules.js';
import type { DataCheckJudgement } from '../core/checkTypes.js';
import type { DelayCheck, JobReading } from '../core/jobTypes.js';
import { OUTCOMES, type Progress, type Verdict } from '../core/types.js';
import { cutText } from '../text/cut.js';
import { failedObjectsJson } from './render/failedObjects.js';
import { formatPercent, plainNumber } from './render/format.js';

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
  outputs['data-check'] = dataCheckOutput(jobIds, snapshot?.dataCheck);
  outputs['differing-tables'] = String(differingTables(snapshot?.dataCheck));
  return outputs;
}

/**
 * `data-check`: per job, `{"status","percent","tables","differing","failed","diffRows"}`: the
 * verification's status as DTS wrote it (`""` where not configured or not read), its percent, and
 * the counts of its result (0 until it is read). `diffRows` adds the rows that differ over the
 * tables listed.
 */
export function dataCheckOutput(jobIds: readonly string[], checks: DataCheckJudgement | undefined): string {
  const out: Record<string, { status: string; percent: number; tables: number; differing: number; failed: number; diffRows: number }> = {};
  for (const id of jobIds) {
    const job = checks?.jobs.find((j) => j.jobId === id);
    const shown = job && job.standing !== 'off' && job.standing !== 'not-configured' ? job : undefined;
    const result = shown?.result;
    let diffRows = 0n;
    for (const table of result?.found ?? []) diffRows += BigInt(table.diffRows);
    out[id] = {
      status: cutText(shown?.verification?.status ?? '', 200),
      percent: shown?.verification?.percent ?? 0,
      tables: result?.tables ?? 0,
      differing: result?.differing ?? 0,
      failed: result?.failedChecks ?? 0,
      diffRows: Number(diffRows)
    };
  }
  return JSON.stringify(out);
}

/** `differing-tables`: tables over all jobs whose verification found rows that differ or failed, not ignored. */
export function differingTables(checks: DataCheckJudgement | undefined): number {
  if (!checks) return 0;
  return (
    checks.failedTables.length + checks.jobs.reduce((n, j) => n + (j.standing === 'differs' && j.result ? unlistedTables(j.result) : 0), 0)
  );
}

/** `job-status`: `{"<job id>": "<Status as DTS wrote it>"}`, `""` for a job whose state was not read. */
export function jobStatusOutput(jobIds: readonly string[], readings: Readonly<Record<string, JobReading | undefined>>): string {
  const out: Record<string, string> = {};
  for (const id of jobIds) {
    const reading = readings[id];
    out[id] = reading?.kind === 'read' ? cutText(reading.job.status, 200) : '';
  }
  return JSON.stringify(out);
}

/** `delay-seconds`: the largest delay over the jobs in seconds (`0`, `1.5`, `120`); `''` when not known. */
export function delaySecondsOutput(check: DelayCheck): string {
  return check.largestMs === undefined ? '' : plainNumber(check.largestMs / 1000);
}

/** `progress`: `''` when there are no data entries. */
export function progressOutput(progress: Progress): string {
  return progress.percent === undefined ? '' : formatPercent(progress.percent);
}

/** `eta-seconds`: `''` when it cannot be estimated or nothing is left. */
export function etaOutput(eta: number | undefined): string {
  return eta === undefined ? '' : plainNumber(eta);
}
