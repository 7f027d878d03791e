/**
 * The JSON report under RUNNER_TEMP: every object of every job, the verdict and the timings.
 * The one place where nothing is cut, and where the API's values are kept raw (JSON escapes them).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataCheckJudgement } from '../core/checkTypes.js';
import type { JobIdentity, JobReading } from '../core/jobTypes.js';
import type { Snapshot, Verdict } from '../core/types.js';
import { DtsApiError } from '../errors.js';
import { verdictNotes, verdictSentence } from './render/verdict.js';
import type { EndContext, Reporter } from './reporter.js';

interface ReportContext {
  jobIds: string[];
  region: string;
  startedAt: number;
}

/** The error's code and request id; nothing else of it is kept. */
function errorFacts(verdict: Verdict): { code: string; requestId?: string } | null {
  const { error } = verdict;
  const unreadable = verdict.snapshot?.jobJudgement.unreadable[0];
  if (!error && verdict.status === 'error' && unreadable) return { code: unreadable.code };
  if (!error || verdict.status !== 'error') return null;
  if (error instanceof DtsApiError) return error.requestId ? { code: error.code, requestId: error.requestId } : { code: error.code };
  return { code: error.name };
}

export function reportPath(env: Record<string, string | undefined>, startedAt: number): string {
  const dir = env.RUNNER_TEMP || tmpdir();
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_ACTION].filter(Boolean).join('-');
  return join(dir, `dts-init-gate-${run ? `${run}-` : ''}${startedAt}-${process.pid}.json`);
}

/** Which task a job is: both its IDs, as the look-up before the first poll found them. */
function identityReport(identity: JobIdentity | undefined): object {
  if (!identity) return {};
  return {
    instanceId: identity.instanceId,
    taskId: identity.taskId ?? null,
    listed: identity.listed,
    fullDataCheck: identity.fullDataCheck ?? null
  };
}

/** What one job's job-status call (or job view) gave, as DTS wrote it. */
function jobReport(jobId: string, reading: JobReading | undefined, identity?: JobIdentity): object {
  const ids = { jobId, ...identityReport(identity) };
  if (reading?.kind === 'refused') return { ...ids, reading: 'refused', code: reading.code, message: reading.message };
  if (reading?.kind !== 'read') return { ...ids, reading: 'not-asked' };
  const { job } = reading;
  return {
    ...ids,
    reading: 'read',
    source: job.source === 'current' ? 'DescribeDtsJobs' : 'DescribeSynchronizationJobStatus',
    status: job.status,
    state: job.state,
    error: job.error,
    precheck: job.precheck ?? null,
    structure: job.structure ?? null,
    data: job.data ?? null,
    delayMs: job.delayMs ?? null,
    retry: job.retry ?? null,
    errorDetails: job.errorDetails ?? []
  };
}

/** Rows of full data copied, the rate and the time left; counts as decimal strings (they can pass 2^53). */
function progressReport(s: Snapshot): object {
  const p = s.progress;
  return {
    entries: p.entries,
    finishedEntries: p.finishedEntries,
    copiedRows: String(p.copiedRows),
    totalRows: String(p.totalRows),
    percent: p.percent ?? null,
    rateRowsPerSecond: s.rate ?? null,
    etaSeconds: s.etaSeconds ?? null
  };
}

/** The full data verification of each job, and every table it found differing or failed (the ignored ones too). */
function dataCheckReport(checks: DataCheckJudgement | undefined): object | null {
  if (!checks) return null;
  return {
    mode: checks.mode,
    jobs: checks.jobs.map((j) => ({
      jobId: j.jobId,
      standing: j.standing,
      verification: j.verification ?? null,
      tables: j.result?.tables ?? null,
      differing: j.result?.differing ?? null,
      failedChecks: j.result?.failedChecks ?? null,
      checkedRows: j.result?.checkedRows ?? null,
      listedEveryTableCounted: j.result?.complete ?? null,
      refusal: j.refusal ?? null
    })),
    failedVerifications: checks.failedChecks,
    failedTables: checks.failedTables,
    ignoredTables: checks.ignoredTables
  };
}

export function reportOf(verdict: Verdict, context: ReportContext): object {
  const s = verdict.snapshot;
  return {
    status: verdict.status,
    message: verdictSentence(verdict),
    failed: verdict.fail,
    region: context.region,
    jobIds: context.jobIds,
    startedAt: new Date(context.startedAt).toISOString(),
    finishedAt: new Date(context.startedAt + verdict.elapsedMs).toISOString(),
    elapsedSeconds: Math.floor(verdict.elapsedMs / 1000),
    polls: verdict.polls,
    decidedBy: verdict.decidedBy ?? null,
    lastPollAtSeconds: s ? Math.floor(s.atMs / 1000) : null,
    counts: s?.counts ?? null,
    byJob: s?.byJob ?? null,
    unknownStatuses: s?.unknownStatuses ?? [],
    jobs: s ? context.jobIds.map((id) => jobReport(id, s.jobs[id], s.identities?.[id])) : [],
    failedJobs: s?.jobJudgement.failed ?? [],
    ignoredJobFailures: s?.jobJudgement.ignored ?? [],
    progress: s ? progressReport(s) : null,
    delay: s ? s.jobJudgement.delay : null,
    dataCheck: dataCheckReport(s?.dataCheck),
    notes: verdictNotes(verdict),
    error: errorFacts(verdict),
    objects: s?.objects ?? []
  };
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
}

/** Characters gathered before each write. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes {@link reportOf} as JSON: the head indented, then each object on a line of its own.
 * Written a chunk at a time, so that the report of 100,000 objects (tens of MB) never exists as
 * one string, and one Buffer copy of it, next to the objects themselves.
 */
export function writeReport(path: string, verdict: Verdict, context: ReportContext): void {
  const { objects, ...head } = reportOf(verdict, context) as { objects: readonly object[] };
  const fd = openSync(path, 'w', 0o600);
  try {
    // The head without its closing "\n}", then the objects as its last field.
    let chunk = JSON.stringify(head, null, 1).slice(0, -2) + ',\n "objects": [';
    for (let i = 0; i < objects.length; i++) {
      chunk += (i === 0 ? '\n  ' : ',\n  ') + JSON.stringify(objects[i]);
      if (chunk.length >= CHUNK_CHARS) {
        writeAll(fd, chunk);
        chunk = '';
      }
    }
    writeAll(fd, chunk + (objects.length > 0 ? '\n ]\n}\n' : ']\n}\n'));
  } finally {
    closeSync(fd);
  }
}

/** The reporter that writes the report file to the path `pathOf` chooses, and tells the reporters after it where. */
export function reportFileReporter(pathOf: (context: EndContext) => string): Reporter {
  return {
    name: 'report file',
    end: (verdict, context) => {
      const path = pathOf(context);
      writeReport(path, verdict, {
        jobIds: context.inputs?.jobIds ?? [],
        region: context.inputs?.region ?? '',
        startedAt: context.startedAt
      });
      context.reportFile = path;
    }
  };
}
