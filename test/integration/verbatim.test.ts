/**
 * The simulator's verbatim answers (simulator/verbatim.ts), read by the real pop-core client:
 * whatever a test writes into a gateway error or a `Success: false` arrives as it was written,
 * and endless pages are full however far a reader goes, made page by page.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import RPCClient from '@alicloud/pop-core';
import {
  constant,
  type CredentialSpec,
  endlessPages,
  HOSTILE_TEXTS,
  saysGatewayError,
  saysSuccessFalse,
  type Simulator,
  type SimulatorOptions,
  startSimulator
} from '../../simulator/index.js';

const KEY: CredentialSpec = { accessKeyId: 'LTAI5tVerbatimKey01', accessKeySecret: 'verbatim-secret' };
type Json = Record<string, unknown>;

const sims: Simulator[] = [];
async function start(options: SimulatorOptions): Promise<Simulator> {
  const sim = await startSimulator({ credentials: [KEY], ...options });
  sims.push(sim);
  return sim;
}
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
});

function describeJob(sim: Simulator, jobId: string, pageNum = 1, pageSize = 100): Promise<Json> {
  const client = new RPCClient({
    endpoint: sim.endpoint,
    apiVersion: '2020-01-01',
    accessKeyId: KEY.accessKeyId,
    accessKeySecret: KEY.accessKeySecret
  });
  return client.request<Json>(
    'DescribeInitializationStatus',
    { RegionId: 'cn-hangzhou', SynchronizationJobId: jobId, PageSize: pageSize, PageNum: pageNum },
    { method: 'POST', timeout: 5000, formatParams: false }
  );
}

async function thrown(promise: Promise<unknown>): Promise<{ code?: string; data?: Json; entry?: { response?: { statusCode?: number } } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; data?: Json };
  }
  throw new Error('expected pop-core to throw');
}

describe('verbatim answers', () => {
  it('a gateway error says exactly the Code, Message and RequestId given, with the HTTP status given', async () => {
    const jobs: Record<string, ReturnType<typeof constant>> = {};
    HOSTILE_TEXTS.forEach((text, i) => {
      jobs[`gw${i}`] = constant(saysGatewayError({ status: 400 + i, Code: text, Message: `message: ${text}`, RequestId: `id ${text}` }));
    });
    const sim = await start({ jobs });
    for (const [i, text] of HOSTILE_TEXTS.entries()) {
      const error = await thrown(describeJob(sim, `gw${i}`));
      expect({ i, code: error.code, data: error.data }).toEqual({
        i,
        code: text,
        data: expect.objectContaining({ Code: text, Message: `message: ${text}`, RequestId: `id ${text}` })
      });
      expect(error.entry?.response?.statusCode).toBe(400 + i);
    }
  });

  it('a Success: false says exactly the ErrCode, ErrMessage and RequestId given', async () => {
    const jobs: Record<string, ReturnType<typeof constant>> = {};
    HOSTILE_TEXTS.forEach((text, i) => {
      jobs[`sf${i}`] = constant(
        saysSuccessFalse({ ErrCode: text, ErrMessage: `why: ${text}`, RequestId: text, success: i % 2 ? 'string' : 'boolean' })
      );
    });
    const sim = await start({ jobs });
    for (const [i, text] of HOSTILE_TEXTS.entries()) {
      expect(await describeJob(sim, `sf${i}`)).toEqual({
        RequestId: text,
        Success: i % 2 ? 'false' : false,
        ErrCode: text,
        ErrMessage: `why: ${text}`
      });
    }
  });

  it('endless pages are full at page 1 and at page 1,000,000, all entries different, and nothing is kept', async () => {
    const scenario = endlessPages();
    const sim = await start({ jobs: { endless: scenario } });
    const names = new Set<unknown>();
    for (const pageNum of [1, 2, 1_000_000]) {
      const answer = await describeJob(sim, 'endless', pageNum, 100);
      const data = answer.DataInitializationDetails as Json[];
      expect(data).toHaveLength(100);
      for (const entry of data) names.add(entry.TableName);
      expect(answer.StructureInitializationDetails).toEqual([]);
    }
    expect(names.size).toBe(300);
    expect(names.has('t_1000000_99')).toBe(true);
    // The scenario's own lists stay empty: every page is made when it is asked for.
    expect(scenario(0)).toMatchObject({ structure: [], data: [], incremental: [] });
  });
});
