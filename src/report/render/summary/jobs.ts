/**
 * The job as a whole in the summary's head: each job's state (one line, or a short table for
 * several jobs), then once for the run the copy of full data as a text bar with the percentage,
 * the rows, the rate and the time left, and the replication delay with its limit. Markdown, every
 * text from DTS escaped; the core has judged and counted, this only lays it out.
 */
import type { JobReading } from '../../../core/jobTypes.js';
import type { Snapshot } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { formatDelay, formatDuration, formatPercent, formatRate, formatThousands, plural } from '../format.js';
import { delayByJob, otherIdText, retryPhrase, STANDING_WORDS, STATE_WORDS } from '../jobWords.js';
import { WIDTH } from './cells.js';

/** Cells of the progress bar: one per 5%. */
const BAR_CELLS = 20;
/** Rows of the jobs' table; the rest are counted. */
const MAX_JOB_ROWS = 50;

/** A job's state for a person: `prechecking 66%`, `paused`, `unknown state Rebooting`, `not readable (Forbidden.RAM)`. */
function jobStateText(reading: JobReading | undefined): string {
  if (reading === undefined || reading.kind === 'not-asked') return 'not read';
  if (reading.kind === 'refused') return `not readable (${safeMarkdown(reading.code, WIDTH.status) || 'refused'})`;
  const { job } = reading;
  if (job.state === 'unknown') return `unknown state ${safeMarkdown(job.status, WIDTH.status) || '(none)'}`;
  const percent = job.precheck?.percent;
  if (job.state === 'Prechecking' && percent !== undefined) return `prechecking ${formatPercent(percent)}%`;
  // The retry phrase is made safe as plain text; here it is escaped as markdown too.
  if (job.retry)
    return safeMarkdown(job.state === 'Retrying' ? retryPhrase(job.retry) : `${STATE_WORDS[job.state]}, ${retryPhrase(job.retry)}`, 200);
  return STATE_WORDS[job.state];
}

/** Jobs whose retry is told in a line of its own, with DTS's message. */
const MAX_RETRY_LINES = 5;

/** `⚠️ **DTS retrying** (job dtsA): destDB (retry 3, …): <ErrMessage>`, one per job DTS is retrying. */
function retryLines(snapshot: Snapshot, jobIds: readonly string[]): string[] {
  const retrying = jobIds.filter((id) => {
    const reading = snapshot.jobs[id];
    return reading?.kind === 'read' && reading.job.retry !== undefined;
  });
  const lines = retrying.slice(0, MAX_RETRY_LINES).map((id) => {
    const reading = snapshot.jobs[id];
    const retry = reading?.kind === 'read' ? reading.job.retry! : { target: '', message: '' };
    const job = jobIds.length > 1 ? ` (job ${safeMarkdown(id, WIDTH.job)})` : '';
    const message = safeMarkdown(retry.message, 600);
    return `⚠️ **DTS is ${safeMarkdown(retryPhrase(retry), 200)}**${job}${message ? `: ${message}` : ''}. A job that runs out of retries fails.`;
  });
  if (retrying.length > MAX_RETRY_LINES) lines.push(`_and ${plural(retrying.length - MAX_RETRY_LINES, 'more job')} DTS is retrying._`);
  return lines;
}

/** `████████░░░░░░░░░░░░`: one cell per 5%, full only at 100%. */
export function progressBar(percent: number): string {
  const full = Math.max(0, Math.min(BAR_CELLS, Math.floor((percent * BAR_CELLS) / 100)));
  return '█'.repeat(full) + '░'.repeat(BAR_CELLS - full);
}

/** The head's lines of the jobs as a whole and of the copy; none when there is nothing to say. */
export function jobLines(snapshot: Snapshot, jobIds: readonly string[]): string[] {
  const blocks: string[][] = [];
  const asked = jobIds.some((id) => (snapshot.jobs[id]?.kind ?? 'not-asked') !== 'not-asked');
  if (asked) blocks.push(...stateBlocks(snapshot, jobIds));
  const retries = retryLines(snapshot, jobIds);
  if (retries.length > 0) blocks.push(retries.flatMap((line, i) => (i === 0 ? [line] : ['', line])));
  for (const line of [copyLine(snapshot), delayLine(snapshot)]) if (line) blocks.push([line]);
  // Each block a paragraph (or a table) of its own.
  return blocks.flatMap((block) => ['', ...block]);
}

function stateBlocks(snapshot: Snapshot, jobIds: readonly string[]): string[][] {
  if (jobIds.length === 1) return [[`**Job state:** ${jobStateText(snapshot.jobs[jobIds[0]!])}`]];
  const rows = jobIds.slice(0, MAX_JOB_ROWS).map((id) => {
    const reading = snapshot.jobs[id];
    const delayMs = reading?.kind === 'read' ? reading.job.delayMs : undefined;
    const standing = snapshot.jobJudgement.delay.jobs.find((j) => j.jobId === id)?.standing;
    // A job that does not replicate yet has no delay to show, and the cell says so; other
    // standings matter only when the run waits on the delay.
    const said = standing === 'not-replicating' || (snapshot.jobJudgement.delay.required && standing !== 'low');
    const note = standing && said ? STANDING_WORDS[standing] : '';
    const delay = [delayMs === undefined ? '' : formatDelay(delayMs), note].filter((t) => t !== '').join(', ');
    const other = otherIdText(snapshot.identities?.[id]);
    const name = `${safeMarkdown(id, WIDTH.job)}${other ? ` (${safeMarkdown(other, WIDTH.job + 9)})` : ''}`;
    return `| ${name} | ${jobStateText(reading)} | ${delay} |`;
  });
  const table = ['| Job | State | Replication delay |', '| :-- | :-- | --: |', ...rows];
  if (jobIds.length <= MAX_JOB_ROWS) return [table];
  return [table, [`_${plural(jobIds.length - MAX_JOB_ROWS, 'more job')} not listed here._`]];
}

/** `**Full data:** ████████░░░░░░░░░░░░ 42.5% · 227,000 of 536,025 rows · 90,000 rows/s · about 3s left`. */
function copyLine(snapshot: Snapshot): string {
  const { progress, rate, etaSeconds } = snapshot;
  if (progress.percent === undefined) return '';
  const parts = [
    `${progressBar(progress.percent)} ${formatPercent(progress.percent)}%`,
    `${formatThousands(progress.copiedRows)} of ${formatThousands(progress.totalRows)} rows`
  ];
  // Once every entry is Finished the copy is over: its rate is history.
  if (rate !== undefined && progress.percent < 100) parts.push(formatRate(rate));
  if (etaSeconds !== undefined) parts.push(`about ${formatDuration(etaSeconds * 1000)} left`);
  return `**Full data:** ${parts.join(' · ')}`;
}

/** `**Replication delay:** 2.4s (max-delay 5s)`, or per job what keeps it from meeting the limit. */
function delayLine(snapshot: Snapshot): string {
  const check = snapshot.jobJudgement.delay;
  const limit = check.maxDelayMs !== undefined ? `max-delay ${formatDelay(check.maxDelayMs)}` : '';
  if (check.required && !check.holds) return `**Replication delay:** ${safeMarkdown(delayByJob(check), 2000)} · ${limit}, not met`;
  if (check.largestMs === undefined) return '';
  const largest = formatDelay(check.largestMs);
  const several = snapshot.jobIds.length > 1 ? ' (the largest)' : '';
  return `**Replication delay:** ${largest}${several}${limit ? ` · ${limit}, met` : ''}`;
}
