/**
 * The simulator in a process of its own (simulator/process.ts over simulator/ipc.ts, the program
 * simulator/cli.ts), as the benchmark drives it: forked, told its jobs and latency by command,
 * called over HTTP by the real pop-core client, its record read back, then closed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import RPCClient from '@alicloud/pop-core';
import { BENCH_KEY, BENCH_REGION, minimumCalls, SimulatorProcess, tablesFor } from '../../simulator/index.js';

let sim: SimulatorProcess;

beforeAll(async () => {
  sim = await SimulatorProcess.start(0);
});

afterAll(async () => {
  await sim.close();
});

const page = (jobId: string, pageNum: number): Promise<Record<string, unknown>> =>
  new RPCClient({ endpoint: sim.endpoint, apiVersion: '2020-01-01', ...BENCH_KEY }).request(
    'DescribeInitializationStatus',
    { SynchronizationJobId: jobId, RegionId: BENCH_REGION, PageSize: '100', PageNum: String(pageNum) },
    { method: 'POST', timeout: 5000, formatParams: false }
  );

describe('the simulator in its own process', () => {
  it('serves on loopback the jobs it is told, and records the calls of each', async () => {
    expect(sim.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await sim.setJob('procjob', { objects: 800 });
    await sim.setLatency(1);
    const pages = minimumCalls(tablesFor(800), 100);
    const answers = [];
    for (let pageNum = 1; pageNum <= pages; pageNum++) answers.push(await page('procjob', pageNum));
    expect((answers[0]!.DataInitializationDetails as unknown[]).length).toBe(100);
    expect((answers[pages - 1]!.DataInitializationDetails as unknown[]).length).toBeLessThan(100);

    const recorded = await sim.requests('procjob');
    expect(recorded.map((r) => [r.jobId, r.pageNum, r.status])).toEqual(Array.from({ length: pages }, (_, i) => ['procjob', i + 1, 200]));
    expect(await sim.requests('another')).toEqual([]);
    await sim.call({ cmd: 'clear' });
    expect(await sim.requests()).toEqual([]);
  });

  it('refuses a call signed with another key, as DTS does', async () => {
    const other = new RPCClient({ endpoint: sim.endpoint, apiVersion: '2020-01-01', accessKeyId: 'LTAI5tOther', accessKeySecret: 'x' });
    await expect(
      other.request('DescribeInitializationStatus', { SynchronizationJobId: 'procjob', RegionId: BENCH_REGION }, { method: 'POST' })
    ).rejects.toThrow();
  });
});
