/**
 * Plain test data for the renderers and reporters: objects with sensible defaults, and
 * snapshots whose counts are computed by the real aggregator.
 */
import { aggregate, type JobContext } from '../../src/core/aggregate.js';
import { addSample, sampleOf, withRate } from '../../src/core/progress.js';
import { stateOf } from '../../src/core/normalize.js';
import type { ClassifiedObject, DtsObject, Outcome, ProgressSample, Section, Snapshot, State, Verdict } from '../../src/core/types.js';

/** The outcome the waiting rules give a state in a section (without ignore patterns). */
function outcomeFor(section: Section, state: State): Outcome {
  if (state === 'Finished') return 'finished';
  if (state === 'Failed') return 'failed';
  if (state === 'unknown') return 'pending';
  return section === 'incremental' ? 'running' : 'pending';
}

/**
 * An object of job `dtsjob1`, database `dtstestdata`, table `customer`, section `structure`,
 * Finished, with whatever `partial` changes. `status` defaults from `state` and `outcome` from
 * section and state; data entries get `type: 'Table'`.
 */
export function makeObject(partial: Partial<ClassifiedObject> = {}): ClassifiedObject {
  const section = partial.section ?? 'structure';
  const state = partial.state ?? 'Finished';
  const object: ClassifiedObject = {
    jobId: 'dtsjob1',
    section,
    sourceDatabase: 'dtstestdata',
    destinationDatabase: 'dtstestdata',
    name: 'customer',
    type: 'Table',
    status: state === 'unknown' ? 'Weird' : state,
    state,
    error: '',
    outcome: outcomeFor(section, state),
    ...partial
  };
  return object;
}

/**
 * A snapshot of `objects`; the jobs are those of the objects in order of appearance unless given.
 * `context` has what the jobs' job-status calls gave (none asked without it) and the copy-rate
 * samples of the polls before, which the snapshot's rate is taken over as the poll step does.
 */
export function makeSnapshot(
  objects: ClassifiedObject[],
  poll = 1,
  jobIds?: string[],
  context: JobContext & { samples?: ProgressSample[] } = {}
): Snapshot {
  const jobs = jobIds ?? [...new Set(objects.map((o) => o.jobId))];
  if (jobs.length === 0) jobs.push('dtsjob1');
  const { samples = [], ...jobContext } = context;
  const snapshot = aggregate(objects, jobs, poll, poll * 30_000, jobContext);
  return withRate(snapshot, addSample(samples, sampleOf(snapshot.progress, snapshot.atMs)));
}

/** A verdict over a snapshot (or none), with defaults for the rest. */
export function makeVerdict(partial: Partial<Verdict> = {}): Verdict {
  return {
    status: 'finished',
    fail: false,
    elapsedMs: 252_000,
    polls: partial.snapshot?.poll ?? 0,
    ...partial
  };
}

/** The seed example: table `customer` in `dtstestdata`, structure and data finished, incremental running. */
export function seedObjects(jobId = 'dtsjob1'): ClassifiedObject[] {
  return [
    makeObject({ jobId, section: 'structure', type: 'Table', state: 'Finished' }),
    makeObject({
      jobId,
      section: 'data',
      state: 'Finished',
      totalRows: '9981',
      finishedRows: '9993',
      usedTime: '0.0'
    }),
    makeObject({ jobId, section: 'incremental', state: 'Migrating' })
  ];
}

/**
 * An object as a page reader makes it (no outcome yet): of job `jobId`, in database `db` at both
 * ends, a `Table`, its state read from `status`; a failed one with an error naming it.
 */
export function dtsObject(jobId: string, name: string, status: string, section: Section = 'data', db = 'db'): DtsObject {
  return {
    jobId,
    section,
    sourceDatabase: db,
    destinationDatabase: db,
    name,
    type: 'Table',
    status,
    state: stateOf(status),
    error: status === 'Failed' ? `${name} broke` : ''
  };
}
