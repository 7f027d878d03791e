/**
 * A property over random job states, delays, object lists and outcomes: what the poll line, the
 * summary, the failure message and the outputs say is true of what the poll read. The truths are
 * written here from the readings, not from the rules under test.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { JobReading } from '../../src/core/jobTypes.js';
import { stateOf } from '../../src/core/normalize.js';
import type { DtsObject, PollReadings, Section } from '../../src/core/types.js';
import { FIRST_POLL, step, type StepSettings } from '../../src/poll/step.js';
import { outputsOf } from '../../src/report/outputs.js';
import { renderFailureMessage } from '../../src/report/render/failure.js';
import { renderPollLine } from '../../src/report/render/log.js';
import { renderSummary } from '../../src/report/render/summary/page.js';
import { readingOf, refusedReading } from '../support/jobs.js';

const FAILED_STATES = ['failed', 'initializefailed', 'precheckfailed'];
const REPLICATING = ['synchronizing', 'modifying'];
const SECTIONS: Section[] = ['structure', 'constraint', 'data', 'incremental'];

const objectGen = fc.record({
  section: fc.constantFrom(...SECTIONS),
  name: fc.constantFrom('orders', 'users', 'items', 'refunds'),
  status: fc.constantFrom('Finished', 'Finished', 'Migrating', 'NotStarted', 'Failed', 'Weird'),
  finished: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 5000 }).map(String), fc.constant('99999999999999999999')),
  total: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 5000 }).map(String))
});

const readingGen: fc.Arbitrary<{ status: string; reading: JobReading }> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        Status: fc.constantFrom(
          'Synchronizing',
          'synchronizing',
          'Modifying',
          'Initializing',
          'Prechecking',
          'Suspending',
          'Finished',
          'Failed',
          'InitializeFailed',
          'PrecheckFailed',
          'Rebooting'
        ),
        DelayMillis: fc.option(fc.constantFrom(0, 1500, 60_000, 1e30), { nil: undefined }),
        Delay: fc.option(fc.constantFrom('0', '2', '300', '1e3'), { nil: undefined })
      })
      .map((body) => ({ status: body.Status, reading: readingOf(body) }))
  },
  { weight: 1, arbitrary: fc.constant({ status: '', reading: refusedReading() }) },
  { weight: 1, arbitrary: fc.constant({ status: '', reading: { kind: 'not-asked' } as JobReading }) }
);

const jobGen = fc.record({
  objects: fc.uniqueArray(objectGen, { maxLength: 6, selector: (o) => `${o.section}/${o.name}` }),
  job: readingGen
});

const scenario = fc.record({
  jobs: fc.array(jobGen, { minLength: 1, maxLength: 8 }),
  /** The rows copied grow between the two polls by this factor (a rate to show, or not). */
  growth: fc.constantFrom(1, 2),
  maxDelayMs: fc.option(fc.constantFrom(0, 5000), { nil: undefined }),
  failFast: fc.boolean(),
  ignoreOrders: fc.boolean()
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function readingsOf(s: Scenario, poll: number): PollReadings {
  const readings: PollReadings = { lists: {}, jobs: {}, calls: 1 };
  s.jobs.forEach((job, j) => {
    const jobId = `dtsj${j}`;
    const objects: DtsObject[] = job.objects.map((o) => ({
      jobId,
      section: o.section,
      sourceDatabase: 'db',
      destinationDatabase: 'db',
      name: o.name,
      type: 'Table',
      status: o.status,
      state: stateOf(o.status),
      error: o.status === 'Failed' ? `${o.name} could not be copied` : '',
      ...(o.section === 'constraint' && { parent: 'db.t:Table' }),
      ...(o.section === 'data' && {
        ...(o.finished && { finishedRows: poll === 1 ? o.finished : String(BigInt(o.finished) * BigInt(s.growth)) }),
        ...(o.total && { totalRows: o.total })
      })
    }));
    readings.lists[jobId] = { objects, lastPage: 1, shifted: false };
    readings.jobs[jobId] = job.job.reading;
  });
  return readings;
}

/** The part of the poll line about one job (up to the next ` · `). */
function partOf(line: string, jobId: string): string {
  const at = line.indexOf(`${jobId}: `);
  if (at < 0) return '';
  const end = line.indexOf(' · ', at);
  return line.slice(at, end < 0 ? undefined : end);
}

describe('what the gate says, over random polls', () => {
  it('is true of what DTS answered', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const jobIds = s.jobs.map((_, j) => `dtsj${j}`);
        const settings: StepSettings = {
          jobIds,
          ignored: ignoreMatcher(s.ignoreOrders ? ['db.orders'] : []),
          failFast: s.failFast,
          failOnTimeout: true,
          budget: { startedAt: 0, deadline: 20_000 },
          ...(s.maxDelayMs !== undefined && { maxDelayMs: s.maxDelayMs })
        };
        const first = step(
          FIRST_POLL,
          { kind: 'read', readings: readingsOf(s, 1) },
          { startedAt: 10_000, endedAt: 10_000, last: false },
          settings
        );
        const result = first.verdict
          ? first
          : step(first.memory, { kind: 'read', readings: readingsOf(s, 2) }, { startedAt: 20_000, endedAt: 20_000, last: true }, settings);
        const verdict = result.verdict!;
        const snapshot = verdict.snapshot!;
        const line = renderPollLine(snapshot);
        const summary = renderSummary({ verdict, region: 'cn-hangzhou', jobIds });
        const message = renderFailureMessage(verdict);
        const outputs = outputsOf(verdict, '/tmp/report.json', jobIds);

        // Written from the readings: what is pending, which jobs replicate, which failed.
        const waited = (o: { section: Section; status: string }) => o.section !== 'incremental' || o.status === 'Weird';
        const pendingSeen = s.jobs.some((job) =>
          job.objects.some((o) => waited(o) && ['Migrating', 'NotStarted', 'Weird'].includes(o.status))
        );
        const silentSeen = s.jobs.some((job) => job.objects.length === 0);
        const status = (j: number) => s.jobs[j]!.job.status.toLowerCase();
        const isIgnored = (o: { name: string }) => s.ignoreOrders && o.name === 'orders';
        const failedByObjects = jobIds.filter((_, j) => s.jobs[j]!.objects.some((o) => o.status === 'Failed' && !isIgnored(o)));
        // A dead job's failure is ignored only when ignore covers every failed object and nothing is left pending.
        const ignoredFailure = (j: number): boolean => {
          const objects = s.jobs[j]!.objects;
          const pending = objects.some((o) => waited(o) && ['Migrating', 'NotStarted', 'Weird'].includes(o.status));
          return !pending && objects.some((o) => o.status === 'Failed' && isIgnored(o)) && !failedByObjects.includes(jobIds[j]!);
        };
        const deadJobs = jobIds.filter((_, j) => FAILED_STATES.includes(status(j)) && !ignoredFailure(j));

        if (pendingSeen || silentSeen) {
          expect(line).not.toContain('nothing pending');
          expect(outputs.progress).not.toBe('100');
          expect(line).not.toMatch(/\(100%\)/);
        }
        jobIds.forEach((id, j) => {
          // No delay figure unless the job replicates.
          if (!REPLICATING.includes(status(j))) expect(partOf(line, id)).not.toMatch(/delay (\d|over)/);
        });
        if (outputs['delay-seconds'] !== '') expect(jobIds.every((_, j) => REPLICATING.includes(status(j)))).toBe(true);
        if (verdict.status === 'failed' || deadJobs.length > 0) {
          expect(outputs['eta-seconds']).toBe('');
          for (const text of [line, summary]) expect(text).not.toMatch(/rows\/s|about [^·]* left/);
        }
        for (const text of [line, summary, message, ...Object.values(outputs)]) expect(text).not.toMatch(/\d[eE][+-]?\d/);
        // Every job that failed is named in the poll line (as a whole or by its objects), and every
        // job that failed as a whole in the failure message of a failed run.
        for (const id of new Set([...deadJobs, ...failedByObjects])) expect(line).toContain(id);
        if (verdict.status === 'failed') for (const id of deadJobs) expect(message).toContain(id);
      }),
      { numRuns: 300 }
    );
  });
});
