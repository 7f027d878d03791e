import { describe, expect, it } from '@jest/globals';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { PageRequest } from '../../src/dts/client.js';
import { jobReaders } from '../../src/dts/reader.js';
import { DtsApiError } from '../../src/errors.js';

/** A client whose job has `tables` structure entries, paged 100 at a time; it records each request. */
function client(tables: () => number, failFirst: DtsApiError[] = [], jobStatus: () => Promise<Record<string, unknown>> = ok) {
  const requests: PageRequest[] = [];
  const jobCalls: Array<{ jobId: string; at: number }> = [];
  return {
    requests,
    jobCalls,
    fetchJobStatus: async (jobId: string) => {
      jobCalls.push({ jobId, at: requests.length });
      return jobStatus();
    },
    fetchPage: async (request: PageRequest) => {
      requests.push(request);
      const error = failFirst.shift();
      if (error) throw error;
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
    }
  };
}

const ok = async (): Promise<Record<string, unknown>> => ({ Success: true, Status: 'Synchronizing', DelayMillis: 250 });

const settings = (jobIds: string[], jobStatus = false) => ({
  jobIds,
  pageSize: 100,
  jobStatus,
  deadline: Date.now() + 60_000,
  stopAt: Date.now() + 70_000,
  ignored: ignoreMatcher([]),
  signal: new AbortController().signal
});

describe('jobReaders', () => {
  it('starts no page after the deadline but in the last poll, made at the deadline', async () => {
    const c = client(() => 250);
    const [reader] = jobReaders(c, { ...settings(['j1']), deadline: Date.now() - 1 }).readers;
    await expect(reader!.read()).rejects.toMatchObject({ code: 'PollIncomplete', retryable: true });
    expect(c.requests).toHaveLength(0);
    expect((await reader!.read(true)).objects).toHaveLength(250);
  });

  it('reads each page once per poll, the next poll exactly the pages the previous one needed', async () => {
    let tables = 250;
    const c = client(() => tables);
    const [reader] = jobReaders(c, settings(['j1'])).readers;
    const first = await reader!.read();
    expect(first.objects).toHaveLength(250);
    // No idea of the size yet: the first poll reads ahead by the concurrency limit.
    expect(c.requests.map((r) => r.pageNum).sort()).toEqual([1, 2, 3, 4]);

    c.requests.length = 0;
    const second = await reader!.read();
    expect(second.calls).toBe(3);
    expect(c.requests.map((r) => r.pageNum).sort()).toEqual([1, 2, 3]);

    tables = 420;
    c.requests.length = 0;
    const grown = await reader!.read();
    expect(grown.objects).toHaveLength(420);
    expect(Math.max(...c.requests.map((r) => r.pageNum))).toBeGreaterThanOrEqual(5);
  });

  it('keeps a page count per job, and shares the first poll’s read-ahead between jobs', async () => {
    const small = client(() => 10);
    const { readers } = jobReaders(small, settings(['a', 'b']));
    await Promise.all(readers.map((r) => r.read()));
    // Four calls in flight for two jobs: two pages each ahead on the first poll.
    expect(small.requests.filter((r) => r.jobId === 'a')).toHaveLength(2);
    expect(small.requests.filter((r) => r.jobId === 'b')).toHaveLength(2);
    small.requests.length = 0;
    await Promise.all(readers.map((r) => r.read()));
    expect(small.requests.map((r) => `${r.jobId}${r.pageNum}`).sort()).toEqual(['a1', 'b1']);
  });

  it('retries a throttled call and says so through onRetry', async () => {
    const throttled = new DtsApiError('Throttling.User', 'DTS refused the call: Throttling.User', { retryable: true });
    const c = client(() => 1, [throttled]);
    const retries: string[] = [];
    const { readers } = jobReaders(c, {
      ...settings(['j1']),
      onRetry: (jobId, call, error, attempt) =>
        retries.push(`${jobId} ${'pageNum' in call ? call.pageNum : 'job'} ${error.code} ${attempt}`)
    });
    const read = await readers[0]!.read();
    expect(read.objects).toHaveLength(1);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/^j1 \d Throttling\.User 1$/);
  });

  it('with job-status, reads the job state once per poll, sent before page 1, and counts the call', async () => {
    const c = client(() => 150);
    const [reader] = jobReaders(c, settings(['j1'], true)).readers;
    const first = await reader!.read();
    expect(first.job).toMatchObject({ kind: 'read', job: { state: 'Synchronizing', delayMs: 250 } });
    expect(c.jobCalls).toEqual([{ jobId: 'j1', at: 0 }]); // before any page was asked for
    expect(first.calls).toBe(c.requests.length + 1);
    c.requests.length = 0;
    const second = await reader!.read();
    expect(c.jobCalls).toHaveLength(2);
    expect(second.calls).toBe(3); // pages 1 and 2, and the job-status call
  });

  it('without job-status, makes no job-status call', async () => {
    const c = client(() => 1);
    const [reader] = jobReaders(c, settings(['j1'])).readers;
    const read = await reader!.read();
    expect(read.job).toEqual({ kind: 'not-asked' });
    expect(c.jobCalls).toHaveLength(0);
    expect(read.calls).toBe(c.requests.length);
  });

  it('a refusal for good is kept and not asked again; the lists are read on', async () => {
    const refused = new DtsApiError('Forbidden.RAM', 'DTS refused the call: Forbidden.RAM', {
      retryable: false,
      hint: 'check the RAM policy of the key: it must allow dts:DescribeSynchronizationJobStatus'
    });
    const c = client(
      () => 1,
      [],
      async () => {
        throw refused;
      }
    );
    const [reader] = jobReaders(c, settings(['j1'], true)).readers;
    const first = await reader!.read();
    expect(first.job).toEqual({ kind: 'refused', code: 'Forbidden.RAM', message: refused.describe() });
    expect(first.objects).toHaveLength(1);
    const second = await reader!.read();
    expect(second.job).toEqual(first.job);
    expect(c.jobCalls).toHaveLength(1);
    expect(second.calls).toBe(1);
  });

  it('a job-status call that fails on past its retries fails the poll; the next poll asks again', async () => {
    let fail = true;
    const c = client(
      () => 1,
      [],
      async () => {
        if (fail) throw new DtsApiError('ServiceUnavailable', 'DTS refused the call: ServiceUnavailable', { retryable: true });
        return { Status: 'Initializing' };
      }
    );
    // A deadline that leaves no time for a retry: the reads are those of the poll at the deadline.
    const [reader] = jobReaders(c, { ...settings(['j1'], true), deadline: Date.now() }).readers;
    await expect(reader!.read(true)).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    fail = false;
    expect((await reader!.read(true)).job).toMatchObject({ kind: 'read', job: { state: 'Initializing' } });
  });

  it('an error of the lists wins over the job-status reading', async () => {
    const denied = new DtsApiError('InvalidAccessKeyId.NotFound', 'DTS refused the call', { retryable: false });
    const c = client(() => 1, [denied]);
    const [reader] = jobReaders(c, settings(['j1'], true)).readers;
    await expect(reader!.read()).rejects.toBe(denied);
  });
});
