/**
 * The lines the action writes to the log while it waits. Pure functions, no I/O; plain text
 * (@actions/core escapes what it writes as workflow commands, so only length and line breaks
 * matter here).
 */
import type { DelayStanding, JobIdentity, JobReading, Refusal } from '../../core/jobTypes.js';
import { SECTIONS, type Counts, type Progress, type Section, type SectionCounts, type Snapshot } from '../../core/types.js';
import { CODE_CHARS } from '../../dts/wire.js';
import type { DtsApiError } from '../../errors.js';
import { safeLine } from '../../text/safe.js';
import { formatDelay, formatDuration, formatPercent, formatRate, formatThousands, plural } from './format.js';
import { checkPollPart } from './checkWords.js';
import { retryPhrase, STANDING_WORDS, STATE_WORDS, statusWord } from './jobWords.js';

/** Jobs shown one by one in a poll line; beyond that only the ones not settled are named. */
const MAX_JOBS_IN_LINE = 5;

/** Why a run uses its endpoint, after the endpoint in the first line. */
const ENDPOINT_WHY: Record<'input' | 'sdk-map' | 'regional-rule', string> = {
  input: 'as given',
  'sdk-map': "the region's entry in the endpoint map of Alibaba Cloud's SDK",
  'regional-rule': "dts.<region>.aliyuncs.com, as Alibaba Cloud's SDK makes it for a region its endpoint map does not list"
};

/** The first line: what the action waits on, how long, where it asks, and whose credentials it uses. */
export function waitingLine(
  wait: {
    jobIds: string[];
    region: string;
    timeoutMs: number;
    pollIntervalMs: number;
    maxDelayMs?: number;
    endpoint?: string;
    endpointSource?: keyof typeof ENDPOINT_WHY;
  },
  credentials: string
): string {
  const jobs = `DTS job${wait.jobIds.length > 1 ? 's' : ''} ${wait.jobIds.join(', ')}`;
  const delay = wait.maxDelayMs !== undefined ? `, until the replication delay is at most ${formatDelay(wait.maxDelayMs)}` : '';
  const why = wait.endpointSource !== undefined ? `, ${ENDPOINT_WHY[wait.endpointSource]}` : '';
  const endpoint = wait.endpoint !== undefined ? `; endpoint ${safeLine(wait.endpoint, 200)}${why}` : '';
  return (
    `Waiting on ${jobs} in ${wait.region} (timeout ${formatDuration(wait.timeoutMs)}, ` +
    `poll every ${formatDuration(wait.pollIntervalMs)}${delay}${endpoint}; credentials from ${credentials}).`
  );
}

/** Lines of the look-up shown one by one; the rest are counted. */
const MAX_RESOLVED_LINES = 20;

/**
 * After the first line: which task each job is, as DescribeDtsJobs listed it, or that it did not
 * list it (the ID is then the instance ID, as given). Nothing when the look-up was refused: its
 * warning says so.
 */
export function resolvedLines(identities: readonly JobIdentity[], refused: Refusal | undefined): string[] {
  if (refused) return [];
  const lines = identities.slice(0, MAX_RESOLVED_LINES).map((job) => {
    const id = safeLine(job.id, 64);
    if (!job.listed || job.taskId === undefined) {
      return (
        `  ${id}: not found among the synchronization tasks of the current API (DescribeDtsJobs); ` +
        'used as the instance ID, as given, with the legacy job-status call.'
      );
    }
    return `  ${id}: synchronization task ${safeLine(job.taskId, 64)} of instance ${safeLine(job.instanceId, 64)}.`;
  });
  if (identities.length > MAX_RESOLVED_LINES) lines.push(`  and ${plural(identities.length - MAX_RESOLVED_LINES, 'more job')}.`);
  return lines;
}

export function signalLine(signal: string): string {
  return `${signal} received: stopping and reporting what was seen so far.`;
}

/** A call about to be retried, named by its label (`dtsabc page 3`, `dtsabc job status`). */
export function retryLine(label: string, error: DtsApiError, attempt: number, delayMs: number): string {
  return `  ${safeLine(label, 200)}: ${safeLine(error.code, CODE_CHARS)}, retry ${attempt} in ${delayMs} ms`;
}

export function pollFailedLine(error: DtsApiError, poll: number): string {
  return `Poll ${poll} could not be completed: ${error.explain()}; polling again.`;
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
 * With more than five jobs, the first five that are not done are spelled out (those that failed
 * first), every other job that failed is named, and the rest are counted. The job's own state
 * closes its part, the rows of full data copied over all jobs close the line.
 */
export function renderPollLine(snapshot: Snapshot): string {
  const jobs = Object.keys(snapshot.byJob);
  const delays = new Map(snapshot.jobJudgement.delay.jobs.map((j) => [j.jobId, j.standing]));
  const describeJob = (id: string): string => {
    const sections = snapshot.byJob[id]?.sections;
    const parts = sections ? SECTIONS.filter((s) => sections[s].total > 0).map((s) => describeSection(s, sections[s])) : [];
    if (parts.length === 0) parts.push('no objects reported yet');
    const job = jobPollPart(snapshot.jobs[id], snapshot.jobJudgement.delay.required ? delays.get(id) : undefined);
    if (job) parts.push(job);
    const check = checkPollPart(snapshot.dataCheck, id);
    if (check) parts.push(check);
    return `${safeLine(id, 64)}: ${parts.join(', ')}`;
  };

  const parts = [`poll ${snapshot.poll}`];
  if (jobs.length <= MAX_JOBS_IN_LINE) {
    parts.push(...jobs.map(describeJob));
  } else {
    const failedJobs = new Set(snapshot.jobJudgement.failed.map((f) => f.jobId));
    const failed = jobs.filter((id) => failedJobs.has(id) || (snapshot.byJob[id]?.counts.failed ?? 0) > 0);
    const open = [...failed, ...jobs.filter((id) => !snapshot.byJob[id]?.settled && !failed.includes(id))];
    const described = open.slice(0, MAX_JOBS_IN_LINE);
    parts.push(...described.map(describeJob));
    const alsoFailed = failed.filter((id) => !described.includes(id));
    if (alsoFailed.length > 0) parts.push(`also failed: ${alsoFailed.map((id) => safeLine(id, 64)).join(', ')}`);
    const notDone = open.length - described.length - alsoFailed.length;
    if (notDone > 0) parts.push(`${plural(notDone, 'more job')} not done`);
    const done = jobs.length - open.length;
    if (done > 0) parts.push(`${plural(done, 'job')} with every object done`);
  }

  parts.push(countsPart(snapshot.counts, snapshot.silentJobs.length));
  const rows = progressPart(snapshot.progress, snapshot.rate, snapshot.etaSeconds);
  if (rows) parts.push(rows);
  return parts.join(' · ');
}

/**
 * What a poll saw over all jobs: `1 failed, 2 ignored, 3 pending`, `1 job with no objects
 * reported yet`, or `nothing pending`; `silentJobs` is how many jobs have listed nothing yet.
 */
export function countsPart(c: Counts, silentJobs = 0): string {
  const overall: string[] = [];
  if (c.failed > 0) overall.push(`${formatThousands(c.failed)} failed`);
  if (c.ignored > 0) overall.push(`${formatThousands(c.ignored)} ignored`);
  if (c.pending > 0) overall.push(`${formatThousands(c.pending)} pending`);
  // A job that has listed nothing is pending too: never "nothing pending" while one has not.
  if (silentJobs > 0) overall.push(`${plural(silentJobs, 'job')} with no objects reported yet`);
  if (c.pending === 0 && silentJobs === 0) overall.push('nothing pending');
  return overall.join(', ');
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

/**
 * The job's part of the poll line, e.g. `job precheck 45%`, `job paused`, `job synchronizing,
 * delay 1.2s`, `job state not readable`; `''` when it was not asked. With `max-delay`, `standing`
 * says why a job has no delay to show (it does not replicate yet, or DTS gave none).
 */
export function jobPollPart(reading: JobReading | undefined, standing?: DelayStanding): string {
  if (reading === undefined || reading.kind === 'not-asked') return '';
  if (reading.kind === 'refused') return 'job state not readable';
  const { job } = reading;
  const parts: string[] = [];
  if (job.state === 'Prechecking' && job.precheck?.percent !== undefined) parts.push(`precheck ${formatPercent(job.precheck.percent)}%`);
  else if (job.state === 'unknown') parts.push(`unknown state ${statusWord(job.status)}`);
  else if (!(job.state === 'Retrying' && job.retry)) parts.push(STATE_WORDS[job.state]);
  if (job.retry) parts.push(retryPhrase(job.retry));
  if (job.delayMs !== undefined) parts.push(`delay ${formatDelay(job.delayMs)}`);
  else if (standing === 'not-replicating') parts.push(STANDING_WORDS[standing]);
  else if (standing === 'unknown') parts.push(`delay ${STANDING_WORDS[standing]}`);
  return `job ${parts.join(', ')}`;
}

/**
 * The progress part of the poll line, e.g. `rows 1,234,567 of 2,000,000 (61.7%), 12,345 rows/s,
 * about 1m 02s left`; `''` when there are no data entries.
 */
export function progressPart(progress: Progress, rate: number | undefined, eta: number | undefined): string {
  if (progress.percent === undefined) return '';
  const parts = [
    `rows ${formatThousands(progress.copiedRows)} of ${formatThousands(progress.totalRows)} (${formatPercent(progress.percent)}%)`
  ];
  // Once every entry is Finished the copy is over: its rate is history.
  if (rate !== undefined && progress.percent < 100) parts.push(formatRate(rate));
  if (eta !== undefined) parts.push(`about ${formatDuration(eta * 1000)} left`);
  return parts.join(', ');
}
