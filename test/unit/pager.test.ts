import { describe, expect, it } from '@jest/globals';
import { listsPage, type PageRequest } from '../../src/dts/calls.js';
import { Limiter } from '../../src/dts/limiter.js';
import { readJobPages } from '../../src/dts/pager.js';
import { handlingOf } from '../../src/dts/policy.js';
import { DtsApiError } from '../../src/errors.js';

/** A job with `n` tables, paged as DTS pages it: each list independently. */
function job(sizes: { structure: number; data: number; incremental: number }) {
  const calls: PageRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const slice = (n: number, { pageNum, pageSize }: PageRequest) =>
    Array.from({ length: Math.max(0, Math.min(pageSize, n - (pageNum - 1) * pageSize)) }, (_, i) => (pageNum - 1) * pageSize + i);
  const fetchPage = async (request: PageRequest) => {
    calls.push(request);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 2));
    inFlight--;
    return {
      Success: true,
      StructureInitializationDetails: slice(sizes.structure, request).map((i) => ({
        ObjectName: `t${i}`,
        ObjectType: 'Table',
        SourceOwnerDBName: 'db',
        Status: 'Finished'
      })),
      DataInitializationDetails: slice(sizes.data, request).map((i) => ({
        TableName: `t${i}`,
        SourceOwnerDBName: 'db',
        Status: 'Finished'
      })),
      DataSynchronizationDetails: slice(sizes.incremental, request).map((i) => ({
        TableName: `t${i}`,
        SourceOwnerDBName: 'db',
        Status: 'Migrating'
      }))
    };
  };
  return { calls, fetchPage, maxInFlight: () => maxInFlight };
}

/** No bound on time or objects: the tests of paging itself. */
const UNBOUNDED = { stopAt: Infinity, maxObjects: Infinity, now: () => 0 };

/** A fetch of answer bodies as the pager gets it from the client: each page read by the call's own reader. */
const reading = (fetchBody: (request: PageRequest) => Promise<unknown>) => async (request: PageRequest) =>
  listsPage.read((await fetchBody(request)) as Record<string, unknown>, request);

const minimum = (n: number, pageSize: number) => Math.ceil((n + 1) / pageSize);

describe('readJobPages', () => {
  it.each([
    [0, 100],
    [99, 100],
    [100, 100],
    [101, 100],
    [1234, 100],
    [10, 3]
  ])(
    'reads %i objects per list with page-size %i: first poll reads ahead at most the concurrency, later polls exactly the minimum',
    async (n, pageSize) => {
      const sim = job({ structure: n, data: Math.floor(n / 2), incremental: n });
      const limiter = new Limiter(4);
      const first = await readJobPages({
        ...UNBOUNDED,
        jobId: 'j',
        pageSize,
        expectedPages: 0,
        limiter,
        fetchPage: reading(sim.fetchPage)
      });
      expect(first.lastPage).toBe(minimum(n, pageSize));
      expect(first.calls).toBeGreaterThanOrEqual(minimum(n, pageSize));
      expect(first.calls).toBeLessThanOrEqual(minimum(n, pageSize) + 4 - 1);
      expect(first.objects.filter((o) => o.section === 'structure')).toHaveLength(n);

      sim.calls.length = 0;
      const second = await readJobPages({
        ...UNBOUNDED,
        jobId: 'j',
        pageSize,
        expectedPages: first.lastPage,
        limiter,
        fetchPage: reading(sim.fetchPage)
      });
      expect(second.calls).toBe(minimum(n, pageSize));
      expect(sim.calls.map((c) => c.pageNum).sort((a, b) => a - b)).toEqual(Array.from({ length: minimum(n, pageSize) }, (_, i) => i + 1));
      expect(second.objects).toHaveLength(first.objects.length);
      expect(sim.maxInFlight()).toBeLessThanOrEqual(4);
    }
  );

  it('reads on when the job grew since the last poll, and stops early when it shrank', async () => {
    const limiter = new Limiter(4);
    const grown = job({ structure: 450, data: 0, incremental: 0 });
    const g = await readJobPages({
      ...UNBOUNDED,
      jobId: 'j',
      pageSize: 100,
      expectedPages: 2,
      limiter,
      fetchPage: reading(grown.fetchPage)
    });
    expect(g.lastPage).toBe(5);
    expect(g.objects).toHaveLength(450);
    const shrunk = job({ structure: 50, data: 0, incremental: 0 });
    const s = await readJobPages({
      ...UNBOUNDED,
      jobId: 'j',
      pageSize: 100,
      expectedPages: 5,
      limiter: new Limiter(1),
      fetchPage: reading(shrunk.fetchPage)
    });
    expect(s.lastPage).toBe(1);
    expect(s.calls).toBe(1);
  });

  it('gives the objects of each page, and reads each page against that page of the read before', async () => {
    const sim = job({ structure: 25, data: 10, incremental: 25 });
    const options = {
      ...UNBOUNDED,
      jobId: 'j',
      pageSize: 10,
      expectedPages: 0,
      limiter: new Limiter(2),
      fetchPage: reading(sim.fetchPage)
    };
    const first = await readJobPages(options);
    expect([...first.pages.keys()].sort()).toEqual(sim.calls.map((c) => c.pageNum).sort());
    expect(first.pages.size).toBeGreaterThanOrEqual(3);
    expect([...first.pages].sort(([a], [b]) => a - b).flatMap(([, objects]) => objects)).toEqual(first.objects);
    expect(sim.calls.every((c) => c.before === undefined)).toBe(true);

    sim.calls.length = 0;
    const second = await readJobPages({ ...options, expectedPages: first.lastPage, before: first.pages });
    expect(sim.calls.map((c) => [c.pageNum, c.before])).toEqual(expect.arrayContaining([1, 2, 3].map((n) => [n, first.pages.get(n)])));
    // Nothing changed: every object of the second read is the one the first made.
    expect(second.objects).toHaveLength(first.objects.length);
    second.objects.forEach((o, i) => expect(o).toBe(first.objects[i]));
  });

  it('uses the concurrency it is given and keeps pages in order', async () => {
    const sim = job({ structure: 1000, data: 0, incremental: 0 });
    const r = await readJobPages({
      ...UNBOUNDED,
      jobId: 'j',
      pageSize: 100,
      expectedPages: 11,
      limiter: new Limiter(4),
      fetchPage: reading(sim.fetchPage)
    });
    expect(sim.maxInFlight()).toBe(4);
    expect(r.objects.map((o) => o.name)).toEqual(Array.from({ length: 1000 }, (_, i) => `t${i}`));
  });

  it('does not fail on a page read ahead past the end, whatever DTS answered for it', async () => {
    // Page 1 is short (the end), pages 2 to 4 were asked for at the same time and are refused.
    const fetchPage = async ({ pageNum }: PageRequest) => {
      if (pageNum > 1) throw new Error(`page ${pageNum} refused`);
      await new Promise((r) => setTimeout(r, 5));
      return { Success: true, DataInitializationDetails: [{ TableName: 't', SourceOwnerDBName: 'db', Status: 'Finished' }] };
    };
    const r = await readJobPages({
      ...UNBOUNDED,
      jobId: 'j',
      pageSize: 100,
      expectedPages: 0,
      limiter: new Limiter(4),
      fetchPage: reading(fetchPage)
    });
    expect(r.lastPage).toBe(1);
    expect(r.objects.map((o) => o.name)).toEqual(['t']);
  });

  it('still fails when a page before the end fails, with the first such failure', async () => {
    const fetchPage = async ({ pageNum }: PageRequest) => {
      if (pageNum === 2 || pageNum === 3) throw new Error(`page ${pageNum} refused`);
      return {
        Success: true,
        DataInitializationDetails: Array.from({ length: pageNum === 4 ? 1 : 2 }, (_, i) => ({
          TableName: `t${pageNum}-${i}`,
          Status: 'Finished'
        }))
      };
    };
    await expect(
      readJobPages({ ...UNBOUNDED, jobId: 'j', pageSize: 2, expectedPages: 0, limiter: new Limiter(4), fetchPage: reading(fetchPage) })
    ).rejects.toThrow('page 2 refused');
  });

  it('says when the lists moved between pages while it read them (an object on two pages)', async () => {
    const entries = (names: string[]) => ({
      Success: true,
      StructureInitializationDetails: names.map((n) => ({
        ObjectName: n,
        ObjectType: 'Table',
        SourceOwnerDBName: 'db',
        Status: 'Finished'
      }))
    });
    // An object inserted in front between the two requests: "b" comes again on page 2.
    const moving = async ({ pageNum }: PageRequest) =>
      pageNum === 1 ? entries(['a', 'b']) : entries(['b', 'c'].slice(0, pageNum === 2 ? 2 : 0));
    const shifted = await readJobPages({
      ...UNBOUNDED,
      jobId: 'j',
      pageSize: 2,
      expectedPages: 3,
      limiter: new Limiter(1),
      fetchPage: reading(moving)
    });
    expect(shifted.shifted).toBe(true);
    // The same object twice on one page is not a move.
    const still = async ({ pageNum }: PageRequest) => (pageNum === 1 ? entries(['a', 'a']) : entries(pageNum === 2 ? ['c'] : []));
    expect(
      (await readJobPages({ ...UNBOUNDED, jobId: 'j', pageSize: 2, expectedPages: 2, limiter: new Limiter(1), fetchPage: reading(still) }))
        .shifted
    ).toBe(false);
  });

  it('propagates a failed page', async () => {
    const failing = async () => {
      throw new Error('nope');
    };
    await expect(
      readJobPages({ ...UNBOUNDED, jobId: 'j', pageSize: 100, expectedPages: 0, limiter: new Limiter(2), fetchPage: reading(failing) })
    ).rejects.toThrow('nope');
  });
});

describe('Limiter', () => {
  it('halves itself on throttling, never below one', () => {
    const l = new Limiter(4);
    l.throttled();
    expect(l.capacity).toBe(2);
    l.throttled();
    l.throttled();
    expect(l.capacity).toBe(1);
  });
});

describe('readJobPages with several jobs', () => {
  it('shares the read-ahead of the first poll, so that jobs are read side by side', async () => {
    const limiter = new Limiter(4);
    const a = job({ structure: 10, data: 0, incremental: 0 });
    const b = job({ structure: 10, data: 0, incremental: 0 });
    const order: string[] = [];
    const tag = (name: string, fetch: typeof a.fetchPage) => (request: PageRequest) => {
      order.push(`${name}${request.pageNum}`);
      return fetch(request);
    };
    const [ra, rb] = await Promise.all([
      readJobPages({
        ...UNBOUNDED,
        jobId: 'a',
        pageSize: 100,
        expectedPages: 0,
        limiter,
        readAhead: 2,
        fetchPage: reading(tag('a', a.fetchPage))
      }),
      readJobPages({
        ...UNBOUNDED,
        jobId: 'b',
        pageSize: 100,
        expectedPages: 0,
        limiter,
        readAhead: 2,
        fetchPage: reading(tag('b', b.fetchPage))
      })
    ]);
    expect(ra.calls + rb.calls).toBe(4);
    // Both jobs' first pages go out in the first wave, not after the other job's read-ahead.
    expect(order.slice(0, 4).sort()).toEqual(['a1', 'a2', 'b1', 'b2']);
  });
});

describe('readJobPages bounds', () => {
  /** A data list that is full on every page; each call moves the clock on by `stepMs`. */
  function endless(clock: { now: number }, stepMs: number) {
    const startedAt: number[] = [];
    const fetchPage = async ({ pageNum, pageSize }: PageRequest) => {
      startedAt.push(clock.now);
      clock.now += stepMs;
      await new Promise((r) => setTimeout(r, 1));
      return {
        Success: true,
        DataInitializationDetails: Array.from({ length: pageSize }, (_, i) => ({
          TableName: `t${pageNum}_${i}`,
          SourceOwnerDBName: 'db',
          Status: 'Migrating'
        }))
      };
    };
    return { startedAt, fetchPage };
  }

  it('starts no page at or after stopAt: lists that never end make the poll incomplete, not endless', async () => {
    const clock = { now: 0 };
    const sim = endless(clock, 10);
    const error = await readJobPages({
      jobId: 'j',
      pageSize: 10,
      expectedPages: 0,
      limiter: new Limiter(4),
      fetchPage: reading(sim.fetchPage),
      stopAt: 500,
      maxObjects: Infinity,
      now: () => clock.now
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DtsApiError);
    expect(error).toMatchObject({ code: 'PollIncomplete' });
    expect(handlingOf(error as DtsApiError)).toBe('retry-poll');
    expect(sim.startedAt.length).toBeGreaterThan(10);
    expect(Math.max(...sim.startedAt)).toBeLessThan(500);
    expect((error as Error).message).toContain(`${sim.startedAt.length} pages read, the lists had not ended`);
  });

  it('gives up on lists that hold more than maxObjects, with TooManyObjects', async () => {
    const sim = endless({ now: 0 }, 0);
    const error = await readJobPages({
      jobId: 'j',
      pageSize: 10,
      expectedPages: 0,
      limiter: new Limiter(4),
      fetchPage: reading(sim.fetchPage),
      stopAt: Infinity,
      maxObjects: 95,
      now: () => 0
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TooManyObjects' });
    expect(handlingOf(error as DtsApiError)).toBe('fatal');
    expect((error as Error).message).toContain('more than 95 objects for job j');
    // Ten pages hold 100 > 95 objects; pages already waiting for a slot are the only ones past that.
    expect(sim.startedAt.length).toBeGreaterThanOrEqual(10);
    expect(sim.startedAt.length).toBeLessThanOrEqual(10 + 4);
  });

  it('reads a job whole when it ends right at the bound', async () => {
    const sim = job({ structure: 0, data: 100, incremental: 0 });
    const read = await readJobPages({
      jobId: 'j',
      pageSize: 10,
      expectedPages: 11,
      limiter: new Limiter(4),
      fetchPage: reading(sim.fetchPage),
      stopAt: Infinity,
      maxObjects: 100,
      now: () => 0
    });
    expect(read.objects).toHaveLength(100);
    expect(read.lastPage).toBe(11);
  });
});
