/**
 * What the live display shows of each poll: the head line and a row per job, in words. The copy
 * of each job is counted on its own, with the core's own progress and rate (src/core/progress.ts)
 * over that job's data entries, so that with one job the figures are the poll line's. Pure but
 * for the samples it keeps from poll to poll, as the poll step keeps them for the whole run.
 */
import type { DelayCheck, JobReading, JobState } from '../core/jobTypes.js';
import { addSample, copyRate, etaSeconds, ProgressCount, sampleOf } from '../core/progress.js';
import type { JobCounts, Progress, ProgressSample, Snapshot } from '../core/types.js';
import { formatDelay, formatDuration, formatPercent, formatRate, formatThousands } from '../report/render/format.js';
import { STATE_WORDS, statusWord } from '../report/render/jobWords.js';
import { countsPart } from '../report/render/log.js';
import { safeLine } from '../text/safe.js';
import type { DisplayModel, JobRow, Tone } from './layout.js';

/** What the head line says besides the poll. */
export interface Wait {
  jobIds: readonly string[];
  timeoutMs: number;
  maxDelayMs?: number;
}

const STATE_TONES: Partial<Record<JobState, Tone>> = {
  PrecheckFailed: 'bad',
  InitializeFailed: 'bad',
  Failed: 'bad',
  Suspending: 'warn',
  unknown: 'warn',
  Synchronizing: 'good',
  Finished: 'good'
};

function stateCell(reading: JobReading | undefined): { state: string; stateTone: Tone } {
  if (reading === undefined || reading.kind === 'not-asked') return { state: '', stateTone: 'plain' };
  if (reading.kind === 'refused') return { state: 'not readable', stateTone: 'warn' };
  const { job } = reading;
  const tone = STATE_TONES[job.state] ?? 'busy';
  if (job.state === 'Prechecking' && job.precheck?.percent !== undefined) {
    return { state: `precheck ${formatPercent(job.precheck.percent)}%`, stateTone: tone };
  }
  if (job.state === 'unknown') return { state: `unknown ${statusWord(job.status)}`, stateTone: tone };
  return { state: STATE_WORDS[job.state], stateTone: tone };
}

function objectsCell(counts: JobCounts | undefined): { objects: string; objectsTone: Tone } {
  const c = counts?.counts;
  if (!c || c.total === 0) return { objects: 'none yet', objectsTone: 'dim' };
  if (c.failed > 0) {
    return {
      objects: `${formatThousands(c.failed)} failed${c.pending > 0 ? `, ${formatThousands(c.pending)} pending` : ''}`,
      objectsTone: 'bad'
    };
  }
  if (c.pending > 0) return { objects: `${formatThousands(c.pending)} pending`, objectsTone: 'busy' };
  return { objects: 'done', objectsTone: 'good' };
}

function delayCell(check: DelayCheck, jobId: string): Pick<JobRow, 'delay' | 'delayTone'> {
  const job = check.jobs.find((j) => j.jobId === jobId);
  if (job?.delayMs === undefined) return {};
  const tone: Tone = !check.required ? 'plain' : job.standing === 'low' ? 'good' : 'warn';
  return { delay: formatDelay(job.delayMs), delayTone: tone };
}

function copyCells(progress: Progress, rate: number | undefined, eta: number | undefined): Partial<JobRow> {
  if (progress.percent === undefined) return {};
  const cells: Partial<JobRow> = {
    percent: progress.percent,
    rows: `${formatThousands(progress.copiedRows)} / ${formatThousands(progress.totalRows)}`
  };
  // Once every entry is Finished the copy is over: its rate is history.
  // `12,345/s`: the column says it is a rate of rows.
  if (rate !== undefined && progress.percent < 100) cells.rate = formatRate(rate).replace(/ rows\/s$/, '/s');
  if (eta !== undefined) cells.left = formatDuration(eta * 1000);
  return cells;
}

/** The display's words for each poll, with the copy-rate samples of each job kept between polls. */
export class JobRows {
  private readonly samples = new Map<string, readonly ProgressSample[]>();
  private snapshot: Snapshot | undefined;
  private rows: JobRow[];

  constructor(private readonly wait: Wait) {
    this.rows = wait.jobIds.map((id) => ({
      jobId: safeLine(id, 64),
      state: '',
      stateTone: 'plain',
      objects: 'waiting',
      objectsTone: 'dim'
    }));
  }

  /** Takes a complete poll: each job's copy counted once, here. */
  poll(snapshot: Snapshot): void {
    const counts = new Map(snapshot.jobIds.map((id) => [id, new ProgressCount()]));
    for (const object of snapshot.objects) if (object.section === 'data') counts.get(object.jobId)?.add(object);
    this.snapshot = snapshot;
    this.rows = snapshot.jobIds.map((jobId) => {
      const progress = counts.get(jobId)!.value();
      const samples = addSample(this.samples.get(jobId) ?? [], sampleOf(progress, snapshot.atMs));
      this.samples.set(jobId, samples);
      const rate = copyRate(samples);
      return {
        jobId: safeLine(jobId, 64),
        ...stateCell(snapshot.jobs[jobId]),
        ...objectsCell(snapshot.byJob[jobId]),
        ...copyCells(progress, rate, etaSeconds(progress, rate)),
        ...delayCell(snapshot.jobJudgement.delay, jobId),
        verification: ''
      };
    });
  }

  /** The display at `elapsedMs` into the run. */
  model(elapsedMs: number): DisplayModel {
    // Whole seconds: milliseconds would flicker at every redraw.
    const time = `${formatDuration(Math.floor(elapsedMs / 1000) * 1000)} of ${formatDuration(this.wait.timeoutMs)}`;
    const delay = this.wait.maxDelayMs !== undefined ? ` · max-delay ${formatDelay(this.wait.maxDelayMs)}` : '';
    const s = this.snapshot;
    // The counts first: a narrow terminal cuts the end of the line.
    const head = s
      ? `poll ${s.poll} · ${countsPart(s.counts, s.silentJobs.length)} · ${time}${delay}`
      : `waiting for the first poll · ${time}${delay}`;
    return { head, jobs: this.rows };
  }
}
