/**
 * The rules of full data verification, over the job views of the last complete poll and the
 * results read once each verification finished. Pure.
 *
 * - `data-check: auto`: a job whose task verifies its full data (`MigrationMode.FullDataCheck`, as
 *   the look-up found it) is done only once its verification is `Finished` with no table that
 *   differs or failed; a job without it is not affected. `true`: the same for every job, and a job
 *   whose verification cannot be read (no job view of the current API, the result refused) is
 *   unreadable: the run ends in `error`, since it can never be judged. `false`: nothing.
 * - A verification `Failed`, a table whose rows differ (`DiffCount` > 0) or whose check failed
 *   (`Status` 5, an `ErrorCode`) fails the gate; `ignore` applies to a table as to an object
 *   (`<source database>.<table>`). Tables DTS counts as differing or failed but did not list fail
 *   it too: what was not listed cannot be matched by `ignore`.
 * - The result refused for good with `auto`: one warning, and the job's verification is not
 *   readable (the objects decide). A state the action does not know: a warning, still to come.
 */
import type { CheckReading, CheckResult, CheckStanding, DataCheckJudgement, FoundTable, JobCheck, TableFinding } from './checkTypes.js';
import { findingOf } from './dataCheck.js';
import type { IgnoreMatcher } from './ignore.js';
import type { JobIdentity, JobReading, Refusal } from './jobTypes.js';

export interface CheckRulesInput {
  jobIds: readonly string[];
  /** `data-check` (`off` with `job-status: false`). */
  mode: DataCheckJudgement['mode'];
  /** Which task each job is, from the look-up; a job without one is not known to verify its data. */
  identities?: Readonly<Record<string, JobIdentity | undefined>>;
  /** Each job's state as a whole in this poll. */
  readings: Readonly<Record<string, JobReading | undefined>>;
  /** The results read so far (once per job, after its verification finished). */
  checks?: Readonly<Record<string, CheckReading | undefined>>;
  /** DescribeDtsJobs refused for good: why no job view is read. */
  viewRefused?: Refusal;
  ignored: IgnoreMatcher;
}

/** Standings in which the verification is still to come. */
const WAITING: ReadonlySet<CheckStanding> = new Set(['not-started', 'checking', 'unknown']);
/** Standings that leave the verification unjudged: with `data-check: true`, the run cannot end well. */
const UNREAD: ReadonlySet<CheckStanding> = new Set(['not-read', 'refused']);

/** The tables DTS counted as differing, and as failed, beyond those it listed. */
export function unlistedCounts(result: CheckResult): Record<TableFinding, number> {
  const listed = { differs: 0, failed: 0 };
  for (const table of result.found) {
    const finding = findingOf(table);
    if (finding) listed[finding]++;
  }
  return { differs: Math.max(0, result.differing - listed.differs), failed: Math.max(0, result.failedChecks - listed.failed) };
}

/** The tables DTS counted as differing or failed beyond those it listed. */
export function unlistedTables(result: CheckResult): number {
  const { differs, failed } = unlistedCounts(result);
  return differs + failed;
}

function standingOf(
  job: JobCheck,
  input: CheckRulesInput,
  reading: JobReading | undefined,
  check: CheckReading | undefined
): CheckStanding {
  if (input.mode === 'off') return 'off';
  if (input.identities?.[job.jobId]?.fullDataCheck !== true) return 'not-configured';
  const verification = reading?.kind === 'read' ? reading.job.verification : undefined;
  if (!verification) return 'not-read';
  job.verification = verification;
  if (check?.kind === 'refused') {
    job.refusal = { code: check.code, message: check.message };
    return 'refused';
  }
  switch (verification.state) {
    case 'NotStarted':
      return 'not-started';
    case 'Checking':
      return 'checking';
    case 'Failed':
      return 'failed';
    case 'unknown':
      return 'unknown';
    case 'Finished':
      // The poll that sees it finished reads the result; until it is read, it is still to come.
      if (check?.kind !== 'read') return 'checking';
      job.result = check.result;
      return 'passed';
  }
}

/** The verification rules for one complete poll. */
export function judgeChecks(input: CheckRulesInput): DataCheckJudgement {
  const judgement: DataCheckJudgement = {
    mode: input.mode,
    jobs: [],
    holds: true,
    failedTables: [],
    ignoredTables: [],
    failedChecks: [],
    unreadable: [],
    warnings: []
  };
  for (const jobId of input.jobIds) {
    const job: JobCheck = { jobId, standing: 'off' };
    const reading = input.readings[jobId];
    job.standing = standingOf(job, input, reading, input.checks?.[jobId]);
    if (job.standing === 'passed' && job.result) {
      for (const table of job.result.found) {
        const finding = findingOf(table);
        if (!finding) continue;
        const found: FoundTable = {
          ...table,
          jobId,
          finding,
          ignored: input.ignored({ sourceDatabase: table.sourceDatabase, name: table.sourceTable })
        };
        (found.ignored ? judgement.ignoredTables : judgement.failedTables).push(found);
        if (!found.ignored) job.standing = 'differs';
      }
      if (unlistedTables(job.result) > 0) job.standing = 'differs';
    }
    if (job.standing === 'failed') judgement.failedChecks.push({ jobId, error: job.verification?.error ?? '' });
    if (job.standing === 'unknown') {
      const status = job.verification?.status ?? '';
      judgement.warnings.push({ kind: 'unknown-check-state', jobIds: [jobId], keys: [`unknown-check-state:${jobId}:${status}`], status });
    }
    if (UNREAD.has(job.standing)) {
      const why = unreadWhy(job, reading, input.viewRefused);
      if (input.mode === 'required') judgement.unreadable.push({ jobId, ...why });
      else if (job.standing === 'refused') {
        judgement.warnings.push({ kind: 'check-refused', jobIds: [jobId], keys: [`check-refused:${jobId}`], ...why });
      }
    }
    if (WAITING.has(job.standing) || job.standing === 'failed' || job.standing === 'differs') judgement.holds = false;
    judgement.jobs.push(job);
  }
  return judgement;
}

/** Why a job's verification could not be read: the refusal of its result, or of its job view. */
function unreadWhy(job: JobCheck, reading: JobReading | undefined, viewRefused: Refusal | undefined): Refusal {
  if (job.refusal) return job.refusal;
  if (viewRefused) return viewRefused;
  if (reading?.kind === 'refused') return { code: reading.code, message: reading.message };
  return {
    code: 'JobViewNotRead',
    message: 'DescribeDtsJobs did not list the job at this poll, and only its job view says how far the verification is'
  };
}

/**
 * With `data-check: true`, what keeps the run from ever judging every job's verification, as
 * found by the look-up before the first poll; undefined when nothing does.
 */
export function requiredCheckProblem(identities: readonly JobIdentity[], viewRefused: Refusal | undefined): string | undefined {
  const auto = 'or set data-check: auto to wait only on the jobs that verify their data';
  if (viewRefused) {
    return (
      `data-check: true needs the job views of DescribeDtsJobs, which was refused: ${viewRefused.message}; ` +
      `allow dts:DescribeDtsJobs to the key, ${auto}`
    );
  }
  const unlisted = identities.filter((j) => !j.listed).map((j) => j.id);
  if (unlisted.length > 0) {
    return (
      `data-check: true needs the full data verification of every job, but DescribeDtsJobs does not list ${named(unlisted)} ` +
      `(an instance of the legacy API), so its verification cannot be read: give the ID of a current synchronization task, ${auto}`
    );
  }
  const without = identities.filter((j) => j.fullDataCheck !== true).map((j) => j.id);
  if (without.length > 0) {
    return (
      `data-check: true needs full data verification on every job, and ${named(without)} ${without.length === 1 ? 'has' : 'have'} none ` +
      `configured: configure full data verification for the task in the DTS console (its data verification settings), ${auto}`
    );
  }
  return undefined;
}

/** `job a`, `jobs a, b and 3 more`. */
function named(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return `${ids.length === 1 ? 'job' : 'jobs'} ${shown}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`;
}
