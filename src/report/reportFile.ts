/**
 * The JSON report under RUNNER_TEMP: every object of every job, the verdict and the timings.
 * The one place where nothing is cut.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../core/types.js';

export interface ReportContext {
  jobIds: string[];
  region: string;
  startedAt: number;
  error?: { code?: string; requestId?: string };
}

export function reportPath(env: Record<string, string | undefined>, startedAt: number): string {
  const dir = env.RUNNER_TEMP || tmpdir();
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_ACTION].filter(Boolean).join('-');
  return join(dir, `dts-init-gate-${run ? `${run}-` : ''}${startedAt}-${process.pid}.json`);
}

export function reportOf(verdict: Verdict, context: ReportContext): object {
  const s = verdict.snapshot;
  return {
    status: verdict.status,
    message: verdict.message,
    failed: verdict.fail,
    region: context.region,
    jobIds: context.jobIds,
    startedAt: new Date(context.startedAt).toISOString(),
    finishedAt: new Date(context.startedAt + verdict.elapsedMs).toISOString(),
    elapsedSeconds: Math.floor(verdict.elapsedMs / 1000),
    polls: verdict.polls,
    lastPollAtSeconds: s ? Math.floor(s.atMs / 1000) : null,
    counts: s?.counts ?? null,
    byJob: s?.byJob ?? null,
    unknownStatuses: s?.unknownStatuses ?? [],
    notes: verdict.notes,
    error: context.error?.code ? context.error : null,
    objects: s?.objects ?? []
  };
}

export function writeReport(path: string, verdict: Verdict, context: ReportContext): void {
  writeFileSync(path, JSON.stringify(reportOf(verdict, context), null, 1) + '\n', { mode: 0o600 });
}
