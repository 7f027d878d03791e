/**
 * The lines the action writes to the log while it waits. Pure functions, no I/O; plain text
 * (@actions/core escapes what it writes as workflow commands, so only length and line breaks
 * matter here).
 */
import { SECTIONS, type Section, type SectionCounts, type Snapshot } from '../../core/types.js';
import type { RetriedCall } from '../../dts/reader.js';
import type { DtsApiError } from '../../errors.js';
import { CODE_CHARS } from '../../dts/apiErrors.js';
import { safeLine } from '../../text/safe.js';
import { formatDuration, formatThousands, plural } from './format.js';
import { formatDelay, jobPollPart, progressPart } from './job.js';

/** Jobs shown one by one in a poll line; beyond that only the ones not settled are named. */
const MAX_JOBS_IN_LINE = 5;

/** The first line: what the action waits on, how long, and whose credentials it uses. */
export function waitingLine(
  wait: { jobIds: string[]; region: string; timeoutMs: number; pollIntervalMs: number; maxDelayMs?: number },
  credentials: string
): string {
  const jobs = `DTS job${wait.jobIds.length > 1 ? 's' : ''} ${wait.jobIds.join(', ')}`;
  const delay = wait.maxDelayMs !== undefined ? `, until the replication delay is at most ${formatDelay(wait.maxDelayMs)}` : '';
  return (
    `Waiting on ${jobs} in ${wait.region} (timeout ${formatDuration(wait.timeoutMs)}, ` +
    `poll every ${formatDuration(wait.pollIntervalMs)}${delay}; credentials from ${credentials}).`
  );
}

export function signalLine(signal: string): string {
  return `${signal} received: stopping and reporting what was seen so far.`;
}

export function retryLine(jobId: string, call: RetriedCall, error: DtsApiError, attempt: number, delayMs: number): string {
  const what = 'pageNum' in call ? `page ${call.pageNum}` : 'job status';
  return `  ${jobId} ${what}: ${safeLine(error.code, CODE_CHARS)}, retry ${attempt} in ${delayMs} ms`;
}

export function pollFailedLine(error: DtsApiError, poll: number): string {
  return `Poll ${poll} could not be completed: ${error.describe()}; polling again.`;
}

/** After a poll line: the jobs whose lists moved while the poll read them. */
export function shiftedLines(snapshot: Snapshot): string[] {
  return (snapshot.shiftedJobs ?? []).map(
    (id) => `  ${id}: objects moved between pages while this poll read them; it cannot settle the run, polling again.`
  );
}

/**
 * One log line per poll, e.g.
 * `poll 3 · dtsabc123: structure 12/12 finished, constraint 3/4 (1 failed), data 10/12 (2 migrating), incremental 12 running, job initializing · 1 failed, 2 pending · rows 90,000 of 536,025 (16.7%), 90,000 rows/s, about 5s left`.
 * With more than five jobs, only the (first five) jobs that still have pending or failed objects
 * are spelled out; the rest are counted. The job's own state closes its part, the rows of full
 * data copied over all jobs close the line.
 */
export function renderPollLine(snapshot: Snapshot): string {
  const jobs = Object.keys(snapshot.byJob);
  const describeJob = (id: string): string => {
    const sections = snapshot.byJob[id]?.sections;
    const parts = sections ? SECTIONS.filter((s) => sections[s].total > 0).map((s) => describeSection(s, sections[s])) : [];
    if (parts.length === 0) parts.push('no objects reported yet');
    const job = jobPollPart(snapshot.jobs[id]);
    if (job) parts.push(job);
    return `${safeLine(id, 64)}: ${parts.join(', ')}`;
  };

  const parts = [`poll ${snapshot.poll}`];
  if (jobs.length <= MAX_JOBS_IN_LINE) {
    parts.push(...jobs.map(describeJob));
  } else {
    const open = jobs.filter((id) => !snapshot.byJob[id]?.settled);
    parts.push(...open.slice(0, MAX_JOBS_IN_LINE).map(describeJob));
    if (open.length > MAX_JOBS_IN_LINE) parts.push(`${plural(open.length - MAX_JOBS_IN_LINE, 'more job')} not done`);
    const done = jobs.length - open.length;
    if (done > 0) parts.push(`${plural(done, 'job')} with nothing pending or failed`);
  }

  const c = snapshot.counts;
  const overall: string[] = [];
  if (c.failed > 0) overall.push(`${formatThousands(c.failed)} failed`);
  if (c.ignored > 0) overall.push(`${formatThousands(c.ignored)} ignored`);
  overall.push(c.pending > 0 ? `${formatThousands(c.pending)} pending` : 'nothing pending');
  parts.push(overall.join(', '));
  const rows = progressPart(snapshot.progress, snapshot.rate, snapshot.etaSeconds);
  if (rows) parts.push(rows);
  return parts.join(' · ');
}

function describeSection(section: Section, t: SectionCounts): string {
  const details: string[] = [];
  const add = (n: number, what: string): void => {
    if (n > 0) details.push(`${formatThousands(n)} ${what}`);
  };
  if (section === 'incremental') {
    add(t.failed, 'failed');
    add(t.ignored, 'ignored');
    add(t.notStarted, 'not started');
    add(t.unknown, 'unknown status');
    add(t.finished, 'finished');
    return `incremental ${formatThousands(t.migrating)} running${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  }
  if (t.finished === t.total) return `${section} ${formatThousands(t.finished)}/${formatThousands(t.total)} finished`;
  add(t.failed, 'failed');
  add(t.ignored, 'ignored');
  add(t.migrating, 'migrating');
  add(t.notStarted, 'not started');
  add(t.unknown, 'unknown status');
  return `${section} ${formatThousands(t.finished)}/${formatThousands(t.total)} (${details.join(', ')})`;
}
