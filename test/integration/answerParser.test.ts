/**
 * The answer parser installed under the real `@alicloud/pop-core` RPCClient, against the DTS
 * simulator: pop-core then reads answers with it (its objects have Object's prototype, where
 * json-bigint's have none), still reads row counts beyond 2^53 exactly, and hands back an HTML
 * 502 page as the marker together with the HTTP status, where before it threw without one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import RPCClient from '@alicloud/pop-core';
import { installAnswerParser, isNotJson, type NotJson } from '../../src/dts/answerJson.js';
import { text } from '../../src/core/scalar.js';
import { startSimulator, type CredentialSpec, type Simulator } from '../../simulator/index.js';
import { hugeNumbers, seedExample } from '../../simulator/index.js';

const KEY: CredentialSpec = { accessKeyId: 'LTAI5tParserKey00001', accessKeySecret: 'parser-secret' };
const REGION = 'cn-hangzhou';

type Json = Record<string, unknown>;
interface Entry {
  response?: { statusCode?: number };
}

let sim: Simulator;
let client: RPCClient;

beforeAll(async () => {
  sim = await startSimulator({ jobs: { seed: seedExample(), huge: hugeNumbers() }, credentials: [KEY], region: REGION });
  // Verbose, as the action's client makes it: the answer comes with pop-core's entry (the HTTP status).
  const Client = RPCClient as unknown as new (config: RPCClient.Config, verbose: boolean) => RPCClient;
  client = new Client(
    { endpoint: sim.endpoint, apiVersion: '2020-01-01', accessKeyId: KEY.accessKeyId, accessKeySecret: KEY.accessKeySecret },
    true
  );
});
afterAll(async () => {
  (client as unknown as { keepAliveAgent?: { destroy(): void } }).keepAliveAgent?.destroy();
  await sim.close();
});

function page(jobId: string): Promise<[Json, Entry]> {
  return client.request<[Json, Entry]>(
    'DescribeInitializationStatus',
    { RegionId: REGION, SynchronizationJobId: jobId, PageSize: '100', PageNum: '1' },
    { method: 'POST', timeout: 5000, formatParams: false }
  );
}

const withoutRequestId = ({ RequestId: _, ...rest }: Json): Json => rest;

describe('pop-core with the answer parser installed', () => {
  it('parses with json-bigint until the parser is installed, and with the installed parser after', async () => {
    const [before] = await page('seed');
    expect(Object.getPrototypeOf(before)).toBeNull(); // json-bigint's objects
    sim.injectNext('bad-gateway-html');
    await expect(page('seed')).rejects.toMatchObject({ name: 'SyntaxError' }); // a plain object, no status

    installAnswerParser();

    const [after, entry] = await page('seed');
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype); // the native parser's objects
    expect(entry.response?.statusCode).toBe(200);
    expect(withoutRequestId(after)).toEqual(withoutRequestId(before));
  });

  it('still reads unquoted row counts beyond 2^53 exactly', async () => {
    installAnswerParser();
    const [answer] = await page('huge');
    const data = (answer.DataInitializationDetails as Json[])[0]!;
    expect(typeof data.TotalRowNum).toBe('object'); // json-bigint's BigNumber: that page went the exact way
    expect(text(data.TotalRowNum)).toBe('12345678901234567890');
    expect(text(data.FinishRowNum)).toBe('12345678901234567891');
  });

  it('hands back an HTML 502 page as the marker, with the HTTP status', async () => {
    installAnswerParser();
    sim.injectNext('bad-gateway-html');
    const [body, entry] = (await page('seed')) as unknown as [unknown, Entry];
    expect(isNotJson(body)).toBe(true);
    expect((body as NotJson).excerpt).toContain('502 Bad Gateway');
    expect(entry.response?.statusCode).toBe(502);
    sim.injectNext('http500-empty');
    const [empty, emptyEntry] = (await page('seed')) as unknown as [unknown, Entry];
    expect([isNotJson(empty), (empty as NotJson).length, emptyEntry.response?.statusCode]).toEqual([true, 0, 500]);
  });
});
