/**
 * One poll, judged: a pure step from what the gate remembers of the polls before and what this
 * poll brought (its readings, or the error that cut it short, or a cancellation) to what it
 * remembers now, the snapshot of the poll, the warnings not given before and, when the wait is
 * over, the verdict. The loop around it (loop.ts) only calls DTS, waits and reports.
 *
 * Only complete polls count: a poll cut short leaves the previous snapshot as the last thing the
 * gate saw. Once a poll has completed, an outage that outlasts the retries of one call does not
 * end the wait: the next poll tries again, and at the deadline the last complete poll decides.
 */
import { snapshotOf } from '../core/aggregate.js';
import type { CheckReading, DataCheckJudgement } from '../core/checkTypes.js';
import type { IgnoreMatcher } from '../core/ignore.js';
import type { JobIdentity, JobReading, JobStatus, JobWarning, JobWarningKind, Refusal } from '../core/jobTypes.js';
import { addSample, sampleOf, withoutRate, withRate } from '../core/progress.js';
import type { Rules } from '../core/rules.js';
import type { DtsObject, PollReadings, ProgressSample, Snapshot, Verdict } from '../core/types.js';
import { decide, errorVerdict, verdictOf } from '../core/verdict.js';
import type { CancelledError, DtsApiError } from '../errors.js';
import { retriesPoll } from '../dts/policy.js';
import type { Budget } from '../time.js';

/** What the gate carries from one poll to the next. */
export interface PollMemory {
  /** Complete polls made. */
  polls: number;
  /** The last complete poll. */
  snapshot?: Snapshot;
  /** Keys of the warnings given (see JobWarning.keys). */
  warned: ReadonlySet<string>;
  /** The copy-rate samples of the recent complete polls, oldest first. */
  samples: readonly ProgressSample[];
  /** Pages each job's lists needed at the last complete poll: what the next poll fetches side by side. */
  expectedPages: Readonly<Record<string, number>>;
  /** The objects of each page of each job at the last complete poll: the next poll gives again those that did not change. */
  pages?: Readonly<Record<string, ReadonlyMap<number, readonly DtsObject[]>>>;
  /** Job-status calls refused for good, by job: the refusal stands and the call is not made again. */
  refused: Readonly<Record<string, JobReading>>;
  /** Warnings given so far, by kind, and those left out past {@link MAX_WARNINGS_PER_KIND}. */
  given: Readonly<Partial<Record<JobWarningKind, number>>>;
  leftOut: Readonly<Partial<Record<JobWarningKind, number>>>;
  /** The job views of the look-up, until a poll has been read: the first poll's, without a call of its own. */
  views?: Readonly<Record<string, JobStatus>>;
  /** DescribeDtsJobs refused for good (at the look-up or a poll): it is not asked again. */
  viewRefused?: Refusal;
  /** Per job, its retry episodes so far and whether DTS was retrying at the last complete poll. */
  retryEpisodes?: Readonly<Record<string, { count: number; active: boolean }>>;
  /** The verification results read (or refused), by job: each is read once, at the poll that sees it finish. */
  checks?: Readonly<Record<string, CheckReading>>;
}

export const FIRST_POLL: PollMemory = { polls: 0, warned: new Set(), samples: [], expectedPages: {}, refused: {}, given: {}, leftOut: {} };

/**
 * Warnings of one kind given one by one over a run: however many jobs and polls, a person reads
 * ten, and one line at the end says how many more there were.
 */
export const MAX_WARNINGS_PER_KIND = 10;

/** What the gate knows before its first poll: the job views of the look-up, or its refusal. */
export function firstPoll(lookedUp: { views?: Readonly<Record<string, JobStatus>>; refused?: Refusal }): PollMemory {
  const memory: PollMemory = { ...FIRST_POLL };
  if (lookedUp.views && Object.keys(lookedUp.views).length > 0) memory.views = lookedUp.views;
  if (lookedUp.refused) memory.viewRefused = lookedUp.refused;
  return memory;
}

/** What one poll brought. */
export type PollOutcome =
  { kind: 'read'; readings: PollReadings } | { kind: 'failed'; error: DtsApiError } | { kind: 'cancelled'; error: CancelledError };

export interface StepSettings extends Rules {
  jobIds: string[];
  ignored: IgnoreMatcher;
  /** `max-delay` in milliseconds; absent: the delay is shown, not waited on. */
  maxDelayMs?: number;
  budget: Pick<Budget, 'startedAt' | 'deadline'>;
  /** Which task each job is (the look-up before the first poll). */
  identities?: readonly JobIdentity[];
  /** `data-check`; default `off`. */
  dataCheck?: DataCheckJudgement['mode'];
}

/** When the poll ran, on the run's clock; `last`: the poll made at the deadline. */
export interface PollTime {
  startedAt: number;
  endedAt: number;
  last: boolean;
}

export interface StepResult {
  memory: PollMemory;
  /** The snapshot of this poll, when it completed. */
  snapshot?: Snapshot;
  /** Warnings to give now: those whose keys were not given at an earlier poll. */
  warnings: JobWarning[];
  /** The poll (number `poll`) could not be completed, and the wait goes on. */
  failed?: { error: DtsApiError; poll: number };
  /** The wait is over. */
  verdict?: Verdict;
}

export function step(memory: PollMemory, outcome: PollOutcome, time: PollTime, settings: StepSettings): StepResult {
  const result = judgePoll(memory, outcome, time, settings);
  const { leftOut } = result.memory;
  if (result.verdict && Object.keys(leftOut).length > 0) result.verdict = { ...result.verdict, warningsLeftOut: { ...leftOut } };
  return result;
}

function judgePoll(memory: PollMemory, outcome: PollOutcome, time: PollTime, settings: StepSettings): StepResult {
  const { budget } = settings;
  const seen = { polls: memory.polls, elapsedMs: time.endedAt - budget.startedAt, ...(memory.snapshot && { snapshot: memory.snapshot }) };
  if (outcome.kind === 'cancelled') return { memory, warnings: [], verdict: errorVerdict(outcome.error, seen) };
  if (outcome.kind === 'failed') {
    const { error } = outcome;
    if (!retriesPoll(error) || !memory.snapshot) return { memory, warnings: [], verdict: errorVerdict(error, seen) };
    if (time.endedAt < budget.deadline) return { memory, warnings: [], failed: { error, poll: memory.polls + 1 } };
    // At the deadline a poll that failed does not turn the last complete poll's timeout (or
    // failure) into an API error: that poll decides, and the verdict says the last one failed.
    const { status, decidedBy } = decide(memory.snapshot, settings, true);
    const snapshot = status === 'failed' ? withoutRate(memory.snapshot) : memory.snapshot;
    const ending = { ...seen, snapshot, status: status ?? 'timeout', decidedBy: decidedBy ?? 'objects', lastPollError: error };
    return { memory, warnings: [], verdict: verdictOf(ending, settings) };
  }

  const { readings } = outcome;
  const polls = memory.polls + 1;
  const atMs = time.endedAt - budget.startedAt;
  const jobIds = settings.jobIds;
  const viewRefused = memory.viewRefused ?? readings.viewRefused;
  const retryEpisodes = episodesOf(memory.retryEpisodes ?? {}, jobIds, readings.jobs);
  const checks = readings.checks ? { ...memory.checks, ...readings.checks } : memory.checks;
  const counted = snapshotOf(
    jobIds.flatMap((id) => readings.lists[id]?.objects ?? []),
    {
      jobIds,
      poll: polls,
      atMs,
      ignored: settings.ignored,
      shiftedJobs: jobIds.filter((id) => readings.lists[id]?.shifted),
      jobs: readings.jobs,
      ...(settings.maxDelayMs !== undefined && { maxDelayMs: settings.maxDelayMs }),
      retryEpisodes: Object.fromEntries(
        Object.entries(retryEpisodes)
          .filter(([, e]) => e.active)
          .map(([id, e]) => [id, e.count])
      ),
      ...(viewRefused && { viewRefused }),
      ...(settings.identities && { identities: settings.identities }),
      ...(settings.dataCheck && { dataCheck: settings.dataCheck }),
      ...(checks && { checks })
    }
  );
  const samples = addSample(memory.samples, sampleOf(counted.progress, atMs));
  const deadlineReached = time.last || time.startedAt >= budget.deadline || time.endedAt >= budget.deadline;
  const { status, decidedBy } = decide(counted, settings, deadlineReached);
  // A copy that failed has no rate and no time left: the rows will not move again.
  const failed = status === 'failed' || counted.jobJudgement.failed.length > 0;
  const snapshot = failed ? counted : withRate(counted, samples);
  const fresh = freshWarnings([...snapshot.jobJudgement.warnings, ...(snapshot.dataCheck?.warnings ?? [])], memory.warned);
  const { warnings, given, leftOut } = bounded(fresh.warnings, memory);
  const next: PollMemory = {
    polls,
    snapshot,
    warned: fresh.warned,
    given,
    leftOut,
    samples,
    expectedPages: Object.fromEntries(jobIds.map((id) => [id, readings.lists[id]?.lastPage ?? 0])),
    pages: pagesOf(readings, jobIds),
    refused: { ...memory.refused, ...Object.fromEntries(Object.entries(readings.jobs).filter(([, r]) => r.kind === 'refused')) },
    retryEpisodes,
    ...(viewRefused && { viewRefused }),
    ...(checks && { checks })
  };
  const result: StepResult = { memory: next, snapshot, warnings };
  if (status) result.verdict = verdictOf({ status, polls, elapsedMs: atMs, snapshot, ...(decidedBy && { decidedBy }) }, settings);
  return result;
}

/** The objects of each job's pages, for the jobs whose reader kept them. */
function pagesOf(readings: PollReadings, jobIds: readonly string[]): Record<string, ReadonlyMap<number, readonly DtsObject[]>> {
  const pages: Record<string, ReadonlyMap<number, readonly DtsObject[]>> = {};
  for (const id of jobIds) {
    const kept = readings.lists[id]?.pages;
    if (kept) pages[id] = kept;
  }
  return pages;
}

/**
 * The retry episodes of each job after a poll: an episode begins at a poll whose job view says DTS
 * is retrying after one that did not (or at the first), and ends at one that does not say so.
 */
export function episodesOf(
  before: Readonly<Record<string, { count: number; active: boolean }>>,
  jobIds: readonly string[],
  readings: Readonly<Record<string, JobReading>>
): Record<string, { count: number; active: boolean }> {
  const after: Record<string, { count: number; active: boolean }> = {};
  for (const id of jobIds) {
    const reading = readings[id];
    const retrying = reading?.kind === 'read' && reading.job.retry !== undefined;
    const previous = before[id] ?? { count: 0, active: false };
    after[id] = retrying ? { count: previous.count + (previous.active ? 0 : 1), active: true } : { count: previous.count, active: false };
  }
  return after;
}

/**
 * The warnings whose keys were not given before, each cut down to the jobs it has not been given
 * for, and the keys given after them.
 */
export function freshWarnings(
  all: readonly JobWarning[],
  given: ReadonlySet<string>
): { warnings: JobWarning[]; warned: ReadonlySet<string> } {
  const warnings: JobWarning[] = [];
  const warned = new Set(given);
  for (const warning of all) {
    const fresh = warning.keys.map((key, i) => ({ key, jobId: warning.jobIds[i] ?? '' })).filter(({ key }) => !warned.has(key));
    if (fresh.length === 0) continue;
    for (const { key } of fresh) warned.add(key);
    warnings.push(
      fresh.length === warning.keys.length ? warning : { ...warning, keys: fresh.map((f) => f.key), jobIds: fresh.map((f) => f.jobId) }
    );
  }
  return { warnings, warned };
}

/** The warnings to give, at most {@link MAX_WARNINGS_PER_KIND} of a kind over the run; the others are counted. */
function bounded(
  fresh: readonly JobWarning[],
  memory: Pick<PollMemory, 'given' | 'leftOut'>
): { warnings: JobWarning[]; given: PollMemory['given']; leftOut: PollMemory['leftOut'] } {
  if (fresh.length === 0) return { warnings: [], given: memory.given, leftOut: memory.leftOut };
  const given = { ...memory.given };
  const leftOut = { ...memory.leftOut };
  const warnings: JobWarning[] = [];
  for (const warning of fresh) {
    const count = given[warning.kind] ?? 0;
    if (count < MAX_WARNINGS_PER_KIND) {
      warnings.push(warning);
      given[warning.kind] = count + 1;
    } else {
      leftOut[warning.kind] = (leftOut[warning.kind] ?? 0) + 1;
    }
  }
  return { warnings, given, leftOut };
}

/**
 * When the next poll starts: every poll-interval, counted from the start of the previous one
 * (right away if that one took longer), and never after the deadline; a change just after a poll
 * read its first page is then seen at most one interval plus one poll later. The poll the loop
 * sleeps until the deadline for is the last, however early its timer fires.
 */
export function nextPoll(
  pollStartedAt: number,
  settings: { pollIntervalMs: number; budget: Pick<Budget, 'deadline'> }
): { at: number; last: boolean } {
  const at = Math.min(pollStartedAt + settings.pollIntervalMs, settings.budget.deadline);
  return { at, last: at >= settings.budget.deadline };
}
