import { describe, expect, it } from '@jest/globals';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { PollReadings } from '../../src/core/types.js';
import { jobStatus, listsPage, type DtsCall, type PageRequest } from '../../src/dts/calls.js';
import type { CallDts } from '../../src/dts/client.js';
import { pollReader, type ReadPlan } from '../../src/dts/reader.js';
import { DtsApiError } from '../../src/errors.js';
import { systemClock } from '../../src/time.js';

/**
 * A client whose job has `tables` structure entries, paged 100 at a time; it records each
 * request and reads each answer with the call's own reader, as the real client does.
 */
function client(tables: () => number, failFirst: DtsApiError[] = [], jobAnswer: () => Promise<Record<string, unknown>> = ok) {
  const requests: PageRequest[] = [];
  const jobCalls: Array<{ jobId: string; at: number }> = [];
  const pageBody = (request: PageRequest) => {
    const from = (request.pageNum - 1) * request.pageSize;
    const count = Math.max(0, Math.min(request.pageSize, tables() - from));
    return {
      Success: true,
      StructureInitializationDetails: Array.from({ length: count }, (_, i) => ({
        ObjectName: `t${from + i}`,
        ObjectType: 'Table',
        SourceOwnerDBName: 'db',
        Status: 'Finished'
      }))
    };
  };
  const dts: CallDts = {
    call: async <Q, R>(call: DtsCall<Q, R>, request: Q): Promise<R> => {
      if ((call as unknown) === jobStatus) {
        const { jobId } = request as { jobId: string };
        jobCalls.push({ jobId, at: requests.length });
        return call.read(await jobAnswer(), request);
      }
      requests.push(request as PageRequest);
      const error = failFirst.shift();
      if (error) throw error;
      return (listsPage as unknown as DtsCall<Q, R>).read(pageBody(request as PageRequest), request);
    }
  };
  return { requests, jobCalls, dts };
}

const ok = async (): Promise<Record<string, unknown>> => ({ Success: true, Status: 'Synchronizing', DelayMillis: 250 });

const settings = (jobIds: string[], jobStatus = false) => {
  const now = systemClock.now();
  return {
    jobIds,
    pageSize: 100,
    jobStatus,
    budget: { startedAt: now, deadline: now + 60_000, stopAt: now + 70_000 },
    clock: systemClock,
    ignored: ignoreMatcher([]),
    signal: new AbortController().signal
  };
};

const FIRST: ReadPlan = { expectedPages: {}, refused: {}, lastPoll: false };
/** The plan the poll step makes for the poll after `readings`. */
const after = (readings: PollReadings, plan: ReadPlan = FIRST): ReadPlan => ({
  expectedPages: Object.fromEntries(Object.entries(readings.lists).map(([id, l]) => [id, l.lastPage])),
  refused: { ...plan.refused, ...Object.fromEntries(Object.entries(readings.jobs).filter(([, r]) => r.kind === 'refused')) },
  lastPoll: false
});

describe('pollReader', () => {
  it('starts no page after the deadline but in the last poll, made at the deadline', async () => {
    const c = client(() => 250);
    const s = settings(['j1']);
    const reader = pollReader(c.dts, { ...s, budget: { ...s.budget, deadline: systemClock.now() - 1 } });
    await expect(reader.read(FIRST)).rejects.toMatchObject({ code: 'PollIncomplete' });
    expect(c.requests).toHaveLength(0);
    expect((await reader.read({ ...FIRST, lastPoll: true })).lists.j1!.objects).toHaveLength(250);
  });

  it('reads each page once per poll, the next poll exactly the pages the previous one needed', async () => {
    let tables = 250;
    const c = client(() => tables);
    const reader = pollReader(c.dts, settings(['j1']));
    const first = await reader.read(FIRST);
    expect(first.lists.j1!.objects).toHaveLength(250);
    // No idea of the size yet: the first poll reads ahead by the concurrency limit.
    expect(c.requests.map((r) => r.pageNum).sort()).toEqual([1, 2, 3, 4]);

    c.requests.length = 0;
    const second = await reader.read(after(first));
    expect(second.calls).toBe(3);
    expect(c.requests.map((r) => r.pageNum).sort()).toEqual([1, 2, 3]);

    tables = 420;
    c.requests.length = 0;
    const grown = await reader.read(after(second));
    expect(grown.lists.j1!.objects).toHaveLength(420);
    expect(Math.max(...c.requests.map((r) => r.pageNum))).toBeGreaterThanOrEqual(5);
  });

  it('keeps the objects of each page, and makes again only those that read differently in the poll after', async () => {
    const c = client(() => 150);
    const reader = pollReader(c.dts, settings(['j1']));
    const first = await reader.read(FIRST);
    const pages = first.lists.j1!.pages!;
    expect(pages.get(1)).toHaveLength(100);
    expect(pages.get(2)).toHaveLength(50);
    c.requests.length = 0;
    const second = await reader.read({ ...after(first), pages: { j1: pages } });
    expect(c.requests.map((r) => [r.pageNum, r.before]).sort()).toEqual([
      [1, pages.get(1)],
      [2, pages.get(2)]
    ]);
    second.lists.j1!.objects.forEach((o, i) => expect(o).toBe(first.lists.j1!.objects[i]));
  });

  it('keeps a page count per job, and shares the first poll’s read-ahead between jobs', async () => {
    const small = client(() => 10);
    const reader = pollReader(small.dts, settings(['a', 'b']));
    const first = await reader.read(FIRST);
    // Four calls in flight for two jobs: two pages each ahead on the first poll.
    expect(small.requests.filter((r) => r.jobId === 'a')).toHaveLength(2);
    expect(small.requests.filter((r) => r.jobId === 'b')).toHaveLength(2);
    small.requests.length = 0;
    await reader.read(after(first));
    expect(small.requests.map((r) => `${r.jobId}${r.pageNum}`).sort()).toEqual(['a1', 'b1']);
  });

  it('retries a throttled call and says so through onRetry, naming the call as the log does', async () => {
    const throttled = new DtsApiError('Throttling.User', 'DTS refused the call: Throttling.User');
    const c = client(() => 1, [throttled]);
    const retries: string[] = [];
    const reader = pollReader(c.dts, {
      ...settings(['j1']),
      onRetry: (label, error, attempt) => retries.push(`${label} ${error.code} ${attempt}`)
    });
    const read = await reader.read(FIRST);
    expect(read.lists.j1!.objects).toHaveLength(1);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/^j1 page \d Throttling\.User 1$/);
  });

  it('with job-status, reads the job state once per poll, sent before page 1, and counts the call', async () => {
    const c = client(() => 150);
    const reader = pollReader(c.dts, settings(['j1'], true));
    const first = await reader.read(FIRST);
    expect(first.jobs.j1).toMatchObject({ kind: 'read', job: { state: 'Synchronizing', delayMs: 250 } });
    expect(c.jobCalls).toEqual([{ jobId: 'j1', at: 0 }]); // before any page was asked for
    expect(first.calls).toBe(c.requests.length + 1);
    c.requests.length = 0;
    const second = await reader.read(after(first));
    expect(c.jobCalls).toHaveLength(2);
    expect(second.calls).toBe(3); // pages 1 and 2, and the job-status call
  });

  it('without job-status, makes no job-status call', async () => {
    const c = client(() => 1);
    const read = await pollReader(c.dts, settings(['j1'])).read(FIRST);
    expect(read.jobs.j1).toEqual({ kind: 'not-asked' });
    expect(c.jobCalls).toHaveLength(0);
    expect(read.calls).toBe(c.requests.length);
  });

  it('a refusal for good is read as such, and a job the plan says was refused is not asked again; the lists are read on', async () => {
    const refused = new DtsApiError('Forbidden.RAM', 'DTS refused the call: Forbidden.RAM', {
      hint: 'check the RAM policy of the key: it must allow dts:DescribeSynchronizationJobStatus'
    });
    const c = client(
      () => 1,
      [],
      async () => {
        throw refused;
      }
    );
    const reader = pollReader(c.dts, settings(['j1'], true));
    const first = await reader.read(FIRST);
    expect(first.jobs.j1).toEqual({ kind: 'refused', code: 'Forbidden.RAM', message: refused.explain() });
    expect(first.lists.j1!.objects).toHaveLength(1);
    const second = await reader.read(after(first));
    expect(second.jobs.j1).toEqual(first.jobs.j1);
    expect(c.jobCalls).toHaveLength(1);
    expect(second.calls).toBe(1);
  });

  it('a job-status call that fails on past its retries fails the poll; the next poll asks again', async () => {
    let fail = true;
    const c = client(
      () => 1,
      [],
      async () => {
        if (fail) throw new DtsApiError('ServiceUnavailable', 'DTS refused the call: ServiceUnavailable');
        return { Status: 'Initializing' };
      }
    );
    // A deadline that leaves no time for a retry: the reads are those of the poll at the deadline.
    const s = settings(['j1'], true);
    const reader = pollReader(c.dts, { ...s, budget: { ...s.budget, deadline: systemClock.now() } });
    await expect(reader.read({ ...FIRST, lastPoll: true })).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    fail = false;
    expect((await reader.read({ ...FIRST, lastPoll: true })).jobs.j1).toMatchObject({ kind: 'read', job: { state: 'Initializing' } });
  });

  it('an error of the lists wins over the job-status reading', async () => {
    const denied = new DtsApiError('InvalidAccessKeyId.NotFound', 'DTS refused the call');
    const c = client(() => 1, [denied]);
    await expect(pollReader(c.dts, settings(['j1'], true)).read(FIRST)).rejects.toBe(denied);
  });
});
