/**
 * The calls each poll makes, counted by the simulator: the action's run() in-process at up to
 * 10,000 objects (26 pages a list at page size 100) and at small odd page sizes.
 *
 * "N objects" is the action's `total`: N / 4 tables, each with a structure entry, a constraint,
 * a data entry and an incremental entry (test/support/scale.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';
import {
  DTS_JOBS_ACTION,
  isListCall,
  JOB_STATUS_ACTION,
  minimumCalls,
  type RecordedRequest,
  scaleJob,
  splitPolls,
  tablesFor
} from '../../simulator/index.js';

/** API calls in flight at once (src/dts/reader.ts): the most the first poll may read ahead. */
const CONCURRENCY = 4;

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
});

afterAll(async () => {
  await sim.close();
});

/** The calls about one job: its lists and legacy job-status calls by instance ID, and the DescribeDtsJobs calls that listed it. */
const callsOf = (jobId: string): RecordedRequest[] =>
  sim.requests.filter((r) => r.jobId === jobId || (r.action === DTS_JOBS_ACTION && r.polls !== undefined && jobId in r.polls));

describe('calls per poll', () => {
  // [objects, page size]: lists of 250, 100 (a multiple of the page size: one empty page more),
  // 1,000 and 2,500 entries, at the default page size and at small odd ones.
  const cases: Array<[number, number]> = [
    [1_000, 100],
    [400, 100],
    [400, 25],
    [1_000, 7],
    [4_000, 100],
    [10_000, 100]
  ];

  it.each(cases)(
    '%i objects, page size %i: the minimum and one DescribeDtsJobs call at every poll after the first',
    async (objects, pageSize) => {
      const jobId = `calls${objects}x${pageSize}`;
      const pendingPolls = 3;
      sim.setJob(jobId, scaleJob({ objects, pendingPolls }));
      // A timeout no loaded machine reaches: the run is judged by the calls it made.
      const run = await runInProcess(
        baseInputs(sim.endpoint, { 'job-id': jobId, 'page-size': String(pageSize), 'poll-interval': '10ms', timeout: '10m' })
      );
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ status: 'finished', total: String(objects), polls: String(pendingPolls + 1) });

      const minimum = minimumCalls(tablesFor(objects), pageSize);
      const requests = callsOf(jobId);
      expect(requests.filter(isListCall).every((r) => r.pageSize === pageSize)).toBe(true);
      // The current API lists the job: its state comes from DescribeDtsJobs, never from the legacy call.
      expect(requests.filter((r) => r.action === JOB_STATUS_ACTION)).toEqual([]);
      const polls = splitPolls(requests);
      expect(polls).toHaveLength(pendingPolls + 1);
      const pagesOf = (poll: typeof requests) =>
        poll
          .filter(isListCall)
          .map((r) => r.pageNum)
          .sort((a, b) => a! - b!);
      const jobCallsOf = (poll: typeof requests) => poll.filter((r) => !isListCall(r));

      // The first poll does not know the size: it may read ahead, by at most the concurrency.
      const first = pagesOf(polls[0]!);
      expect(first.length).toBeGreaterThanOrEqual(minimum);
      expect(first.length).toBeLessThanOrEqual(minimum + CONCURRENCY);
      expect(first).toEqual(Array.from({ length: first.length }, (_, i) => i + 1));
      for (const poll of polls) {
        // One DescribeDtsJobs call a poll (the first poll's is the look-up before it), in flight
        // beside page 1: sent before page 1 was answered.
        const [jobCall, ...more] = jobCallsOf(poll);
        expect(more).toEqual([]);
        expect(jobCall!.action).toBe(DTS_JOBS_ACTION);
        const page1 = poll.find((r) => isListCall(r) && r.pageNum === 1)!;
        expect(jobCall!.at).toBeLessThanOrEqual(page1.doneAt!);
      }
      expect(polls[0]![0]!.params).toMatchObject({ JobType: 'SYNC', DtsInstanceId: jobId });
      for (const poll of polls.slice(1))
        expect(jobCallsOf(poll)[0]!.params).toMatchObject({ JobType: 'SYNC', DtsJobId: sim.taskIdOf(jobId) });
      // Every later poll asks for exactly pages 1 .. minimum, each once, and the job's state once.
      for (const poll of polls.slice(1)) {
        expect(pagesOf(poll)).toEqual(Array.from({ length: minimum }, (_, i) => i + 1));
        expect(poll).toHaveLength(minimum + 1);
      }
    }
  );

  it('with job-status false: the look-up, then the minimum and no job-state call', async () => {
    const jobId = 'callsnojob';
    sim.setJob(jobId, scaleJob({ objects: 1_000, pendingPolls: 2 }));
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, 'poll-interval': '10ms', 'job-status': 'false' }));
    expect(run.outputs).toMatchObject({ status: 'finished', 'job-status': '{"callsnojob":""}', 'delay-seconds': '' });
    const requests = callsOf(jobId);
    // Which task the ID is, once before the first poll; no job state after.
    expect(requests.filter((r) => !isListCall(r)).map((r) => r.action)).toEqual([DTS_JOBS_ACTION]);
    expect(requests[0]!.action).toBe(DTS_JOBS_ACTION);
    for (const poll of splitPolls(requests.filter(isListCall)).slice(1)) expect(poll).toHaveLength(minimumCalls(tablesFor(1_000), 100));
  });

  it('a legacy instance: one DescribeSynchronizationJobStatus call beside the lists at every poll', async () => {
    const jobId = 'callslegacy';
    sim.setJob(jobId, { scenario: scaleJob({ objects: 1_000, pendingPolls: 2 }), listed: false });
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, 'poll-interval': '10ms' }));
    expect(run.outputs).toMatchObject({ status: 'finished', polls: '3' });
    const polls = splitPolls(callsOf(jobId));
    expect(polls).toHaveLength(3);
    for (const poll of polls.slice(1)) {
      expect(poll.filter((r) => !isListCall(r)).map((r) => r.action)).toEqual([JOB_STATUS_ACTION]);
      expect(poll).toHaveLength(minimumCalls(tablesFor(1_000), 100) + 1);
    }
  });
});
