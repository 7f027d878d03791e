import { describe, expect, it } from '@jest/globals';
import { ignoreMatcher } from '../../src/core/ignore.js';
import type { PageRequest } from '../../src/dts/client.js';
import { jobReaders } from '../../src/dts/reader.js';
import { DtsApiError } from '../../src/errors.js';

/** A client whose job has `tables` structure entries, paged 100 at a time; it records each request. */
function client(tables: () => number, failFirst: DtsApiError[] = []) {
  const requests: PageRequest[] = [];
  return {
    requests,
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

const settings = (jobIds: string[]) => ({
  jobIds,
  pageSize: 100,
  deadline: Date.now() + 60_000,
  stopAt: Date.now() + 70_000,
  ignored: ignoreMatcher([]),
  signal: new AbortController().signal
});

describe('jobReaders', () => {
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
      onRetry: (jobId, pageNum, error, attempt) => retries.push(`${jobId} ${pageNum} ${error.code} ${attempt}`)
    });
    const read = await readers[0]!.read();
    expect(read.objects).toHaveLength(1);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/^j1 \d Throttling\.User 1$/);
  });
});
