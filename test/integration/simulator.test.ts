/**
 * Tests of the DTS simulator itself, driven by the real `@alicloud/pop-core` RPCClient (and by
 * plain fetch where a test needs to craft or replay a request).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import RPCClient from '@alicloud/pop-core';
import {
  constraintEntry,
  constraintFailure,
  type CredentialSpec,
  dataEntry,
  demo,
  empty,
  type FaultKind,
  FOREIGN_KEY_ERROR,
  hugeNumbers,
  incrementalEntry,
  large,
  mixedCase,
  mulberry32,
  type PollState,
  progressing,
  type RawEntry,
  SeededRandom,
  seedExample,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
  state,
  steps,
  structureEntry,
  successFalse,
  unknownStatus
} from '../../simulator/index.js';

const KEY: CredentialSpec = { accessKeyId: 'LTAI5tSimTestKey0001', accessKeySecret: "s3cr3t/+=!'()*~value" };
const FORBIDDEN_KEY: CredentialSpec = { accessKeyId: 'LTAI5tSimNoRights002', accessKeySecret: 'other-secret' };
const TEMP_KEY: CredentialSpec = {
  accessKeyId: 'STS.NUTempKey0003',
  accessKeySecret: 'temp-secret',
  securityToken: 'CAIS+token/with=chars=='
};
const REGION = 'cn-hangzhou';
const JOB = 'dtsj1ab2c3d4e5f6g';

type Json = Record<string, unknown>;
type Params = Record<string, unknown>;

interface PopError {
  name?: string;
  code?: string;
  message?: string;
  data?: Json;
  url?: string;
  entry?: { response?: { statusCode?: number } };
}

const sims: Simulator[] = [];
async function start(options: SimulatorOptions): Promise<Simulator> {
  const sim = await startSimulator(options);
  sims.push(sim);
  return sim;
}
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
});

function client(sim: Simulator, cred: CredentialSpec = KEY, apiVersion = '2020-01-01'): RPCClient {
  const config: RPCClient.Config = {
    endpoint: sim.endpoint,
    apiVersion,
    accessKeyId: cred.accessKeyId,
    accessKeySecret: cred.accessKeySecret
  };
  if (cred.securityToken !== undefined) config.securityToken = cred.securityToken;
  return new RPCClient(config);
}

function params(extra: Params = {}): Params {
  return { RegionId: REGION, SynchronizationJobId: JOB, PageSize: 100, PageNum: 1, ...extra };
}

async function call(c: RPCClient, p: Params = params(), opts: { method?: string; timeout?: number; action?: string } = {}): Promise<Json> {
  return c.request<Json>(opts.action ?? 'DescribeInitializationStatus', p, {
    method: opts.method ?? 'POST',
    timeout: opts.timeout ?? 2000,
    formatParams: false
  });
}

/** The thing pop-core threw (fails the test when it resolved). */
async function callError(
  c: RPCClient,
  p: Params = params(),
  opts: { method?: string; timeout?: number; action?: string } = {}
): Promise<PopError> {
  try {
    const answer = await call(c, p, opts);
    throw new Error(`expected a failure, got ${JSON.stringify(answer)}`);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('expected a failure')) throw err;
    return err as PopError;
  }
}

function names(list: unknown, field = 'ObjectName'): unknown[] {
  expect(Array.isArray(list)).toBe(true);
  return (list as Json[]).map((e) => e[field]);
}

function last<T>(list: T[]): T {
  const item = list[list.length - 1];
  if (item === undefined) throw new Error('empty list');
  return item;
}

// ---------------------------------------------------------------------------------------------

describe('DTS simulator with the real pop-core client', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await start({
      jobs: { [JOB]: seedExample(), dtsjconstraint: constraintFailure(), dtsjhuge: hugeNumbers(), dtsjfalse: successFalse() },
      credentials: [KEY, FORBIDDEN_KEY, TEMP_KEY],
      forbiddenKeys: [FORBIDDEN_KEY.accessKeyId],
      region: REGION
    });
  });

  it('answers a signed POST call with the documented example, and records it', async () => {
    const answer = await call(client(sim), params({ AccountId: '1234567890' }));
    expect(answer.Success).toBe(true);
    expect(typeof answer.RequestId).toBe('string');
    expect(answer.StructureInitializationDetails).toEqual([
      expect.objectContaining({
        ObjectName: 'customer',
        ObjectType: 'Table',
        SourceOwnerDBName: 'dtstestdata',
        DestinationOwnerDBName: 'dtstestdata',
        Status: 'Finished',
        ErrorMessage: '',
        Constraints: []
      })
    ]);
    expect(answer.DataInitializationDetails).toEqual([
      {
        TableName: 'customer',
        SourceOwnerDBName: 'dtstestdata',
        DestinationOwnerDBName: 'dtstestdata',
        Status: 'Finished',
        TotalRowNum: '9981',
        FinishRowNum: '9993',
        UsedTime: '0.0',
        ErrorMessage: ''
      }
    ]);
    expect(answer.DataSynchronizationDetails).toEqual([
      {
        TableName: 'customer',
        SourceOwnerDBName: 'dtstestdata',
        DestinationOwnerDBName: 'dtstestdata',
        Status: 'Migrating',
        ErrorMessage: ''
      }
    ]);
    expect('TotalCount' in answer).toBe(false);

    const rec = last(sim.requests);
    expect(rec).toMatchObject({
      kind: 'dts',
      method: 'POST',
      url: '/',
      via: 'body',
      action: 'DescribeInitializationStatus',
      jobId: JOB,
      pageNum: 1,
      pageSize: 100,
      accountId: '1234567890',
      status: 200,
      outcome: 'ok',
      poll: 0,
      requestId: answer.RequestId
    });
    expect(rec.params.AccessKeyId).toBe(KEY.accessKeyId);
    expect(rec.params.Signature).toBeTruthy();
    expect(rec.body).toContain('AccessKeyId=' + KEY.accessKeyId);
    expect(rec.url).not.toContain(KEY.accessKeyId);
    expect(rec.at).toBeLessThanOrEqual(Date.now());
  });

  it('accepts a GET call too and records that everything travelled in the URL', async () => {
    const answer = await call(client(sim), params(), { method: 'GET' });
    expect(answer.Success).toBe(true);
    const rec = last(sim.requests);
    expect(rec.method).toBe('GET');
    expect(rec.via).toBe('query');
    expect(rec.body).toBe('');
    expect(rec.url.startsWith('/?')).toBe(true);
    expect(rec.url).toContain(`AccessKeyId=${KEY.accessKeyId}`);
    expect(rec.url).toContain('Signature=');
  });

  it('answers SignatureDoesNotMatch (400) to a wrong secret, with the gateway error body', async () => {
    const err = await callError(client(sim, { ...KEY, accessKeySecret: 'wrong' }));
    expect(err.code).toBe('SignatureDoesNotMatch');
    expect(err.name).toBe('SignatureDoesNotMatchError');
    expect(err.entry?.response?.statusCode).toBe(400);
    expect(Object.keys(err.data ?? {}).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
    expect(err.data?.Message).toContain('server string to sign is:POST&%2F&');
    expect(last(sim.requests).outcome).toBe('SignatureDoesNotMatch');
  });

  it("verifies signatures over values that need percent-encoding (! ' ( ) * space unicode)", async () => {
    sim.setJob("job!'()* ü", seedExample());
    const answer = await call(client(sim), params({ SynchronizationJobId: "job!'()* ü" }));
    expect(answer.Success).toBe(true);
    sim.removeJob("job!'()* ü");
  });

  it('answers the gateway errors for bad keys, tokens, version, action and permissions', async () => {
    const cases: Array<[Promise<PopError>, string, number]> = [
      [callError(client(sim, { accessKeyId: 'LTAI5tUnknown', accessKeySecret: 'x' })), 'InvalidAccessKeyId.NotFound', 404],
      [callError(client(sim, FORBIDDEN_KEY)), 'Forbidden.RAM', 403],
      [callError(client(sim, KEY, '2018-08-01')), 'InvalidVersion', 400],
      [callError(client(sim), params(), { action: 'DescribeSynchronizationJobs' }), 'InvalidAction.NotFound', 404],
      [callError(client(sim, { ...TEMP_KEY, securityToken: 'CAISother' })), 'InvalidSecurityToken.MismatchWithAccessKey', 400],
      [
        callError(client(sim, { accessKeyId: TEMP_KEY.accessKeyId, accessKeySecret: TEMP_KEY.accessKeySecret })),
        'MissingSecurityToken',
        400
      ],
      [callError(client(sim, { ...KEY, securityToken: 'CAISnotforthiskey' })), 'InvalidSecurityToken.Malformed', 400]
    ];
    for (const [pending, code, status] of cases) {
      const err = await pending;
      expect({ code: err.code, status: err.entry?.response?.statusCode }).toEqual({ code, status });
    }
    const forbidden = await callError(client(sim, FORBIDDEN_KEY));
    expect(forbidden.data?.Message).toBe('User not authorized to operate on the specified resource.');
    expect((await call(client(sim, TEMP_KEY))).Success).toBe(true);
  });

  it('checks RegionId, SynchronizationJobId, PageSize, PageNum and "undefined"/"null" values', async () => {
    const c = client(sim);
    const cases: Array<[Params, string, number, string]> = [
      [params({ RegionId: 'cn-beijing' }), 'InvalidRegionId', 400, 'cn-beijing'],
      [{ SynchronizationJobId: JOB, PageSize: 10, PageNum: 1 }, 'InvalidRegionId', 400, 'RegionId'],
      [params({ SynchronizationJobId: 'dtsjnosuchjob' }), 'Forbidden.InstanceNotFound', 404, 'The specified instance is not found.'],
      [{ RegionId: REGION, PageSize: 10, PageNum: 1 }, 'InvalidParameter', 400, 'SynchronizationJobId'],
      [params({ PageSize: 0 }), 'InvalidParameter', 400, 'PageSize'],
      [params({ PageSize: 101 }), 'InvalidParameter', 400, 'PageSize'],
      [params({ PageSize: '2.5' }), 'InvalidParameter', 400, 'PageSize'],
      [params({ PageSize: 'ten' }), 'InvalidParameter', 400, 'PageSize'],
      [params({ PageNum: 0 }), 'InvalidParameter', 400, 'PageNum'],
      [params({ PageNum: -1 }), 'InvalidParameter', 400, 'PageNum'],
      [params({ PageNum: undefined }), 'InvalidParameter', 400, 'PageNum'],
      [params({ AccountId: null }), 'InvalidParameter', 400, 'AccountId']
    ];
    for (const [p, code, status, mention] of cases) {
      const err = await callError(c, p);
      expect({ code: err.code, status: err.entry?.response?.statusCode }).toEqual({ code, status });
      expect(String(err.data?.Message)).toContain(mention);
    }
    // pop-core really sends the text "undefined".
    const undefinedRec = sim.requests.find((r) => r.params.PageNum === 'undefined');
    expect(undefinedRec?.outcome).toBe('InvalidParameter');
    // Boundaries and defaults are accepted.
    expect((await call(c, params({ PageSize: 1 }))).Success).toBe(true);
    expect((await call(c, { RegionId: REGION, SynchronizationJobId: JOB })).Success).toBe(true);
  });

  it('refuses a replayed nonce and a tampered body', async () => {
    sim.injectNext('throttling'); // served before any check: the nonce stays unused
    const err = await callError(client(sim), params({ PageSize: 7 }));
    expect(err.code).toBe('Throttling.User');
    const body = last(sim.requests).body;
    const post = async (text: string): Promise<{ status: number; json: Json }> => {
      const res = await fetch(`${sim.endpoint}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: text
      });
      return { status: res.status, json: (await res.json()) as Json };
    };
    const tampered = await post(body.replace('PageSize=7', 'PageSize=8'));
    expect([tampered.status, tampered.json.Code]).toEqual([400, 'SignatureDoesNotMatch']);
    const first = await post(body);
    expect([first.status, first.json.Success]).toEqual([200, true]);
    const again = await post(body);
    expect([again.status, again.json.Code]).toEqual([400, 'SignatureNonceUsed']);
  });

  it('rejects a request whose body is not a form (parameters not found)', async () => {
    const res = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).Code).toBe('InvalidVersion');
  });

  it('serves wrapped answers with Success "true" per state, constraints wrapped as Constraints.Constraint', async () => {
    const wrapped = await start({
      jobs: { [JOB]: constraintFailure() },
      credentials: [KEY],
      shape: 'wrapped',
      success: 'string'
    });
    const answer = await call(client(wrapped));
    expect(answer.Success).toBe('true');
    const structure = answer.StructureInitializationDetails as { StructureInitializationDetail: Json[] };
    expect(names(structure.StructureInitializationDetail)).toEqual(['products', 'order_items']);
    const constraints = structure.StructureInitializationDetail[1]?.Constraints as { Constraint: Json[] };
    expect(constraints.Constraint.map((c) => [c.ObjectName, c.Status, c.ErrorMessage])).toEqual([
      ['idx_order_items_order', 'Finished', ''],
      ['fk_order_items_product', 'Failed', FOREIGN_KEY_ERROR]
    ]);
    expect(names((answer.DataInitializationDetails as { DataInitializationDetail: Json[] }).DataInitializationDetail, 'TableName')).toEqual(
      ['products', 'order_items']
    );
    expect((answer.DataSynchronizationDetails as { DataSynchronizationDetail: Json[] }).DataSynchronizationDetail).toHaveLength(2);
    // A state may override the shape.
    wrapped.setJob(JOB, () => ({
      ...state({ structure: [structureEntry({ db: 'a', name: 'b', status: 'Finished' })] }),
      shape: 'array',
      success: 'boolean'
    }));
    const plain = await call(client(wrapped));
    expect(plain.Success).toBe(true);
    expect(names(plain.StructureInitializationDetails)).toEqual(['b']);
  });

  it('answers HTTP 200 with Success false, ErrCode and ErrMessage (pop-core resolves)', async () => {
    const answer = await call(client(sim), params({ SynchronizationJobId: 'dtsjfalse' }));
    expect(answer).toMatchObject({ Success: false, ErrCode: 'InvalidJobId' });
    expect(typeof answer.ErrMessage).toBe('string');
    expect(last(sim.requests)).toMatchObject({ status: 200, outcome: 'success-false' });
    const asString = await start({ jobs: { x: successFalse('Forbidden', 'no') }, credentials: [KEY], success: 'string' });
    expect(await call(client(asString), params({ SynchronizationJobId: 'x' }))).toMatchObject({
      Success: 'false',
      ErrCode: 'Forbidden',
      ErrMessage: 'no'
    });
  });

  it('writes row counts beyond 2^53 as unquoted JSON numbers', async () => {
    const answer = await call(client(sim), params({ SynchronizationJobId: 'dtsjhuge' }));
    const data = (answer.DataInitializationDetails as Json[])[0] as Json;
    expect(typeof data.TotalRowNum).toBe('object'); // json-bigint's BigNumber
    expect(String(data.TotalRowNum)).toBe('12345678901234567890');
    expect(String(data.FinishRowNum)).toBe('12345678901234567891');
    // The text on the wire, checked through a replay of the signed body.
    sim.injectNext('throttling');
    await callError(client(sim), params({ SynchronizationJobId: 'dtsjhuge' }));
    const res = await fetch(`${sim.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: last(sim.requests).body
    });
    expect(await res.text()).toContain('"TotalRowNum":12345678901234567890,');
  });
});

describe('paging and polls', () => {
  const s = (i: number): RawEntry => structureEntry({ db: 'db', name: `s${i}`, status: 'Finished' });
  const d = (i: number): RawEntry => dataEntry({ db: 'db', name: `d${i}`, status: 'Finished', total: i, finished: i });

  it('pages each list independently, with no total count', async () => {
    const sim = await start({
      jobs: { [JOB]: () => state({ structure: [0, 1, 2, 3, 4].map(s), data: [0, 1, 2].map(d) }) },
      credentials: [KEY]
    });
    const c = client(sim);
    const pages: unknown[][] = [];
    for (let pageNum = 1; pageNum <= 4; pageNum++) {
      const answer = await call(c, params({ PageSize: 2, PageNum: pageNum }));
      expect(Object.keys(answer).sort()).toEqual([
        'DataInitializationDetails',
        'DataSynchronizationDetails',
        'RequestId',
        'StructureInitializationDetails',
        'Success'
      ]);
      pages.push([
        names(answer.StructureInitializationDetails),
        names(answer.DataInitializationDetails, 'TableName'),
        answer.DataSynchronizationDetails
      ]);
    }
    expect(pages).toEqual([
      [['s0', 's1'], ['d0', 'd1'], []],
      [['s2', 's3'], ['d2'], []],
      [['s4'], [], []],
      [[], [], []]
    ]);
    expect(sim.dtsRequests().map((r) => r.pageNum)).toEqual([1, 2, 3, 4]);
    expect(sim.pollsOf(JOB)).toBe(1);
  });

  it('starts a poll at every PageNum=1; later pages see that poll; setJob restarts the scenario', async () => {
    const at = (status: string): PollState => state({ structure: [0, 1, 2].map((i) => ({ ...s(i), Status: status })) });
    const sim = await start({ jobs: { [JOB]: steps(at('NotStarted'), at('Migrating'), at('Finished')) }, credentials: [KEY] });
    const c = client(sim);
    const statusOf = async (pageNum: number): Promise<unknown[]> =>
      names((await call(c, params({ PageSize: 2, PageNum: pageNum }))).StructureInitializationDetails, 'Status');

    expect(await statusOf(1)).toEqual(['NotStarted', 'NotStarted']);
    expect(await statusOf(2)).toEqual(['NotStarted']);
    expect(await statusOf(1)).toEqual(['Migrating', 'Migrating']);
    expect(await statusOf(2)).toEqual(['Migrating']);
    expect(await statusOf(1)).toEqual(['Finished', 'Finished']);
    expect(await statusOf(1)).toEqual(['Finished', 'Finished']);
    expect(sim.pollsOf(JOB)).toBe(4);
    expect(sim.dtsRequests().map((r) => r.poll)).toEqual([0, 0, 1, 1, 2, 3]);

    // Failed requests do not start a poll.
    sim.injectNext('internal');
    await callError(c);
    expect(sim.pollsOf(JOB)).toBe(4);

    sim.setJob(JOB, steps(at('A'), at('B')));
    expect(await statusOf(2)).toEqual(['A']);
    expect(await statusOf(1)).toEqual(['A', 'A']);
    expect(await statusOf(1)).toEqual(['B', 'B']);
    expect(sim.pollsOf(JOB)).toBe(6);
    expect(sim.pollsOf('unknown')).toBe(0);
  });

  it('serves 100,000 objects page by page, to the last page and the empty one after it', async () => {
    const scenario = large(100_000, { failures: 3 });
    const sim = await start({ jobs: { big: scenario }, credentials: [KEY] });
    const answer = await call(client(sim), params({ SynchronizationJobId: 'big', PageSize: 100, PageNum: 1000 }));
    expect(names(answer.StructureInitializationDetails)).toHaveLength(100);
    expect(names(answer.DataInitializationDetails, 'TableName')[99]).toBe('table_099999');
    const beyond = await call(client(sim), params({ SynchronizationJobId: 'big', PageSize: 100, PageNum: 1001 }));
    expect(beyond.StructureInitializationDetails).toEqual([]);
  });
});

describe('faults', () => {
  const kinds: FaultKind[] = ['throttling', 'unavailable', 'internal', 'bad-gateway-html', 'http500-empty', 'reset'];

  async function outcomes(seed: number, n: number): Promise<string[]> {
    const sim = await start({ jobs: { [JOB]: seedExample() }, credentials: [KEY], faults: { rate: 0.5, seed, kinds } });
    const c = client(sim);
    const seen: string[] = [];
    for (let i = 0; i < n; i++) {
      try {
        await call(c);
        seen.push('ok');
      } catch (err) {
        const e = err as PopError;
        seen.push(e.code ?? e.name ?? 'error');
      }
    }
    expect(sim.dtsRequests().map((r) => r.fault ?? 'ok')).toHaveLength(n);
    const served = Object.values(sim.stats.faults).reduce((a, b) => a + b, 0);
    expect(served).toBe(sim.dtsRequests().filter((r) => r.fault !== undefined).length);
    await sim.close();
    return seen;
  }

  it('draws the same faults for the same seed, and other faults for another seed', async () => {
    const a = await outcomes(42, 24);
    const b = await outcomes(42, 24);
    const c = await outcomes(7, 24);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toContain('ok');
    expect(a.filter((o) => o !== 'ok').length).toBeGreaterThan(3);
  });

  it('serves each injected fault in order, and only to DTS calls', async () => {
    const sim = await start({ jobs: { [JOB]: seedExample() }, credentials: [KEY] });
    const c = client(sim);
    sim.injectNext(...kinds, 'http500-json-empty');

    const throttled = await callError(c);
    expect([throttled.code, throttled.entry?.response?.statusCode, throttled.data?.Message]).toEqual([
      'Throttling.User',
      400,
      'Request was denied due to user flow control.'
    ]);
    const unavailable = await callError(c);
    expect([unavailable.code, unavailable.entry?.response?.statusCode]).toEqual(['ServiceUnavailable', 503]);
    const internal = await callError(c);
    expect([internal.code, internal.entry?.response?.statusCode]).toEqual(['InternalError', 500]);
    const html = await callError(c);
    expect(Object.prototype.toString.call(html)).toBe('[object Object]'); // pop-core throws a plain object on non-JSON
    expect(html.name).toBe('SyntaxError');
    const emptyBody = await callError(c);
    expect(emptyBody.name).toBe('SyntaxError');
    const reset = await callError(c);
    // (a Node error from outside jest's realm: `instanceof Error` does not hold here)
    expect(Object.prototype.toString.call(reset)).toBe('[object Error]');
    expect(String((reset as { code?: unknown }).code ?? reset.message)).toMatch(/ECONNRESET|socket hang up/);
    expect(await call(c)).toEqual({}); // 500 with "{}": pop-core resolves
    expect((await call(c)).Success).toBe(true);

    expect(sim.dtsRequests().map((r) => [r.status, r.outcome])).toEqual([
      [400, 'Throttling.User'],
      [503, 'ServiceUnavailable'],
      [500, 'InternalError'],
      [502, 'bad-gateway-html'],
      [500, 'http500-empty'],
      [0, 'reset'],
      [500, 'http500-json-empty'],
      [200, 'ok']
    ]);
    expect(sim.stats.faults).toMatchObject({
      throttling: 1,
      unavailable: 1,
      internal: 1,
      'bad-gateway-html': 1,
      'http500-empty': 1,
      reset: 1,
      'http500-json-empty': 1,
      slow: 0
    });

    sim.injectNext('bad-gateway-html');
    const res = await fetch(`${sim.endpoint}/`, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toContain('502 Bad Gateway');
  });

  it('a slow answer loses against a short pop-core timeout, and close() does not wait for it', async () => {
    // The answer is due in two minutes, after this test's own timeout: a client or a close that
    // waited for it would fail the test.
    const sim = await startSimulator({ jobs: { [JOB]: seedExample() }, credentials: [KEY], faults: { rate: 0, seed: 1, slowMs: 120_000 } });
    const c = client(sim);
    sim.injectNext('slow');
    const err = await callError(c, params(), { timeout: 300 });
    expect(err.name).toBe('RequestTimeoutError');
    expect(last(sim.requests)).toMatchObject({ fault: 'slow', outcome: 'pending' });
    await sim.close();
    expect(last(sim.requests).doneAt).toBeUndefined();
  });

  it('a slow answer is answered normally to a patient client; latency delays every DTS answer', async () => {
    const sim = await start({
      jobs: { [JOB]: seedExample() },
      credentials: [KEY],
      faults: { rate: 0, seed: 1, slowMs: 400 },
      latencyMs: 150
    });
    const c = client(sim);
    sim.injectNext('slow');
    // Only a real socket shows an answer held back, so these are wall-clock checks; lower bounds,
    // which a loaded machine cannot break.
    let t0 = Date.now();
    expect((await call(c, params(), { timeout: 3000 })).Success).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(500);
    expect(last(sim.requests)).toMatchObject({ fault: 'slow', outcome: 'ok' });
    t0 = Date.now();
    await callError(client(sim, { ...KEY, accessKeySecret: 'bad' }));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    // A latency the client does not wait out, then none: answered again within that same timeout.
    sim.setLatency(60_000);
    expect((await callError(c, params(), { timeout: 300 })).name).toBe('RequestTimeoutError');
    sim.setLatency(0);
    expect((await call(c, params(), { timeout: 3000 })).Success).toBe(true);
  });

  it('PRNG: mulberry32 is deterministic and uniform enough', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((x, y) => x + y, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
    const r = new SeededRandom(5);
    const picks = new Set(Array.from({ length: 200 }, () => r.pick(['a', 'b', 'c'])));
    expect([...picks].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('timestamps', () => {
  it('refuses a Timestamp more than 15 minutes off the server clock', async () => {
    const sim = await start({ jobs: { [JOB]: seedExample() }, credentials: [KEY], clockOffsetMs: 20 * 60 * 1000 });
    const err = await callError(client(sim));
    expect([err.code, err.entry?.response?.statusCode]).toEqual(['InvalidTimeStamp.Expired', 400]);
    sim.setClockOffset(-10 * 60 * 1000);
    expect((await call(client(sim))).Success).toBe(true);
  });
});

describe('GitHub OIDC endpoint and STS AssumeRoleWithOIDC', () => {
  const ROLE = 'acs:ram::1234567890123456:role/github-dts-gate';
  const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/GitHub';
  const REQUEST_TOKEN = 'runner-request-token';
  let sim: Simulator;

  beforeAll(async () => {
    sim = await start({
      jobs: { [JOB]: seedExample() },
      credentials: [KEY],
      region: REGION,
      sts: { roleArn: ROLE, providerArn: PROVIDER, audiences: ['sts.aliyuncs.com'] },
      oidc: { requestToken: REQUEST_TOKEN }
    });
  });
  afterEach(() => {
    sim.setFaults(undefined);
  });

  async function idToken(audience: string, bearer = REQUEST_TOKEN): Promise<Response> {
    return fetch(`${sim.oidcRequestUrl}&audience=${encodeURIComponent(audience)}`, {
      headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' }
    });
  }

  async function assume(form: Record<string, string>): Promise<{ status: number; json: Json }> {
    const res = await fetch(`${sim.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        Action: 'AssumeRoleWithOIDC',
        Version: '2015-04-01',
        Format: 'JSON',
        ...form
      }).toString()
    });
    return { status: res.status, json: (await res.json()) as Json };
  }

  it('issues ID tokens for the right bearer only and records the audiences', async () => {
    expect(sim.oidcRequestUrl).toBe(`${sim.endpoint}/oidc/token?api-version=2.0`);
    expect((await idToken('sts.aliyuncs.com', 'wrong')).status).toBe(401);
    const res = await idToken('sts.aliyuncs.com');
    expect(res.status).toBe(200);
    const value = ((await res.json()) as Json).value as string;
    expect(value.split('.')).toHaveLength(3);
    const payload = JSON.parse(Buffer.from(value.split('.')[1] ?? '', 'base64url').toString()) as Json;
    expect(payload.aud).toBe('sts.aliyuncs.com');
    expect(sim.oidcAudiences).toEqual(['sts.aliyuncs.com']);
    expect(last(sim.requests)).toMatchObject({ kind: 'oidc', audience: 'sts.aliyuncs.com', outcome: 'ok' });
  });

  it('works with @actions/core getIDToken', async () => {
    const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = sim.oidcRequestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = REQUEST_TOKEN;
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write; // swallow ::add-mask:: lines
    try {
      const core = await import('@actions/core');
      const token = await core.getIDToken('my audience/x');
      expect(token.split('.')).toHaveLength(3);
      expect(last(sim.oidcAudiences)).toBe('my audience/x');
    } finally {
      process.stdout.write = write;
      if (saved.url === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
      else process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.url;
      if (saved.token === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
      else process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.token;
    }
  });

  it('refuses bad STS calls with the right codes', async () => {
    const token = ((await (await idToken('sts.aliyuncs.com')).json()) as Json).value as string;
    const otherAudience = sim.issueOidcToken('someone-else');
    const good = { RoleArn: ROLE, OIDCProviderArn: PROVIDER, OIDCToken: token, RoleSessionName: 'github-run-1' };
    const cases: Array<[Record<string, string>, number, string]> = [
      [{ ...good, RoleArn: 'acs:ram::1:role/other' }, 404, 'EntityNotExist.Role'],
      [{ ...good, OIDCProviderArn: 'acs:ram::1:oidc-provider/Other' }, 404, 'EntityNotExist.OIDCProvider'],
      [{ ...good, OIDCToken: 'eyJhbGciOi.forged.token' }, 400, 'AuthenticationFail.OIDCToken.Invalid'],
      [{ ...good, OIDCToken: otherAudience }, 400, 'AuthenticationFail.OIDCToken.InvalidAudience'],
      [{ ...good, DurationSeconds: '100' }, 400, 'InvalidParameter.DurationSeconds'],
      [{ ...good, DurationSeconds: '43201' }, 400, 'InvalidParameter.DurationSeconds'],
      [{ ...good, RoleSessionName: 'owner/repo run#1' }, 400, 'InvalidParameter.RoleSessionName'],
      [{ RoleArn: ROLE, OIDCProviderArn: PROVIDER, OIDCToken: token }, 400, 'MissingParameter']
    ];
    for (const [form, status, code] of cases) {
      const answer = await assume(form);
      expect([answer.status, answer.json.Code]).toEqual([status, code]);
      expect(Object.keys(answer.json).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
    }
    expect(sim.stsCalls.map((c) => c.outcome)).toEqual(cases.map((c) => c[2]));
  });

  it('issues temporary credentials that DTS then accepts (with their SecurityToken only)', async () => {
    const token = ((await (await idToken('sts.aliyuncs.com')).json()) as Json).value as string;
    const answer = await assume({
      RoleArn: ROLE,
      OIDCProviderArn: PROVIDER,
      OIDCToken: token,
      RoleSessionName: 'github-actions',
      DurationSeconds: '900'
    });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json).sort()).toEqual(['AssumedRoleUser', 'Credentials', 'OIDCTokenInfo', 'RequestId']);
    const cred = answer.json.Credentials as Record<string, string>;
    expect(cred.AccessKeyId).toMatch(/^STS\./);
    expect(cred.SecurityToken).toMatch(/\+/);
    expect(cred.SecurityToken).toMatch(/\//);
    expect(cred.SecurityToken).toMatch(/=/);
    const expiresIn = Date.parse(cred.Expiration ?? '') - Date.now();
    expect(expiresIn).toBeGreaterThan(880_000);
    expect(expiresIn).toBeLessThanOrEqual(900_000);
    expect(last(sim.stsCalls)).toMatchObject({
      outcome: 'ok',
      accessKeyId: cred.AccessKeyId,
      durationSeconds: 900,
      audience: 'sts.aliyuncs.com'
    });
    expect(last(sim.requests)).toMatchObject({ kind: 'sts', method: 'POST', url: '/' });

    const temp: CredentialSpec = {
      accessKeyId: cred.AccessKeyId ?? '',
      accessKeySecret: cred.AccessKeySecret ?? '',
      securityToken: cred.SecurityToken ?? ''
    };
    expect((await call(client(sim, temp))).Success).toBe(true);
    expect(last(sim.requests).params.SecurityToken).toBe(temp.securityToken);
    expect(last(sim.requests).url).toBe('/');
    const noToken = await callError(client(sim, { accessKeyId: temp.accessKeyId, accessKeySecret: temp.accessKeySecret }));
    expect(noToken.code).toBe('MissingSecurityToken');
    const wrongToken = await callError(client(sim, { ...temp, securityToken: temp.securityToken?.replace('+', ' ') ?? '' }));
    expect(wrongToken.code).toBe('InvalidSecurityToken.MismatchWithAccessKey');
  });

  it('accepts an unsigned STS call made with pop-core (empty credentials provider)', async () => {
    const token = sim.issueOidcToken('sts.aliyuncs.com');
    const config = {
      endpoint: sim.endpoint,
      apiVersion: '2015-04-01',
      credentialsProvider: { getCredentials: async () => ({}) }
    } as unknown as RPCClient.Config;
    const sts = new RPCClient(config);
    const answer = await sts.request<Json>(
      'AssumeRoleWithOIDC',
      { RoleArn: ROLE, OIDCProviderArn: PROVIDER, OIDCToken: token, RoleSessionName: 'gh-run' },
      { method: 'POST', timeout: 2000 }
    );
    expect((answer.Credentials as Json).AccessKeyId).toMatch(/^STS\./);
    expect(last(sim.requests).params.Signature).toBeUndefined();
  });

  it('faults hit STS and OIDC only when asked', async () => {
    sim.setFaults({ rate: 1, seed: 3, kinds: ['internal'] });
    expect((await callError(client(sim))).code).toBe('InternalError');
    expect((await idToken('sts.aliyuncs.com')).status).toBe(200);
    const ok = await assume({
      RoleArn: ROLE,
      OIDCProviderArn: PROVIDER,
      OIDCToken: sim.issueOidcToken('sts.aliyuncs.com'),
      RoleSessionName: 'gh-run'
    });
    expect(ok.status).toBe(200);

    sim.setFaults({ rate: 1, seed: 9, kinds: ['unavailable'], targets: ['sts'] });
    const token = sim.issueOidcToken('sts.aliyuncs.com');
    const failed = await assume({ RoleArn: ROLE, OIDCProviderArn: PROVIDER, OIDCToken: token, RoleSessionName: 'gh-run' });
    expect([failed.status, failed.json.Code]).toEqual([503, 'ServiceUnavailable']);
    expect((await idToken('sts.aliyuncs.com')).status).toBe(200);
    expect((await call(client(sim))).Success).toBe(true);
    sim.setFaults(undefined);
    sim.injectNextFor('oidc', 'internal');
    expect((await idToken('sts.aliyuncs.com')).status).toBe(500);
  });
});

describe('close and credentials hygiene', () => {
  // A close that waited for the idle keep-alive connections would take the server's keep-alive
  // timeout (30 s), longer than this test may.
  it('closes promptly with keep-alive clients connected', async () => {
    const sim = await startSimulator({ jobs: { [JOB]: seedExample() }, credentials: [KEY] });
    const c = client(sim);
    await call(c);
    await call(c);
    await sim.close();
    await sim.close(); // idempotent
    await expect(call(c)).rejects.toBeDefined();
  }, 15_000);

  it('addCredential registers a key at run time', async () => {
    const sim = await start({ jobs: { [JOB]: seedExample() } });
    const key = { accessKeyId: 'LTAI5tLateKey', accessKeySecret: 'late' };
    expect((await callError(client(sim, key))).code).toBe('InvalidAccessKeyId.NotFound');
    sim.addCredential(key);
    expect((await call(client(sim, key))).Success).toBe(true);
  });
});

describe('scenarios', () => {
  type Any = Record<string, unknown>;
  const statuses = (s: PollState, section: 'structure' | 'data' | 'incremental'): unknown[] => s[section].map((e) => e.Status);

  it('progressing: NotStarted -> Migrating -> Finished over three polls', () => {
    const p = progressing();
    expect(new Set(statuses(p(0), 'data'))).toEqual(new Set(['NotStarted']));
    expect(new Set(statuses(p(1), 'data'))).toEqual(new Set(['Migrating']));
    for (const poll of [2, 3, 10]) {
      const s = p(poll);
      expect(new Set([...statuses(s, 'structure'), ...statuses(s, 'data'), ...statuses(s, 'incremental')])).toEqual(new Set(['Finished']));
    }
  });

  it('demo: two databases, a failing foreign key, rows copied != estimate, incremental Migrating', () => {
    const d = demo();
    const final = d(3);
    expect(final.structure).toHaveLength(6);
    expect(new Set(final.structure.map((e) => e.SourceOwnerDBName))).toEqual(new Set(['shop', 'crm']));
    const constraints = final.structure.flatMap((e) => (e.Constraints as Any[]) ?? []);
    const failed = constraints.filter((c) => c.Status === 'Failed');
    expect(failed).toHaveLength(1);
    expect(String(failed[0]?.ErrorMessage)).toMatch(
      /^DTS-1020042 .*FOREIGN KEY.*Cannot add or update a child row: a foreign key constraint fails/
    );
    expect(final.data.some((e) => e.TotalRowNum !== e.FinishRowNum && e.Status === 'Finished')).toBe(true);
    expect(new Set(statuses(final, 'data'))).toEqual(new Set(['Finished']));
    expect(new Set(statuses(final, 'incremental'))).toEqual(new Set(['Migrating']));
    expect(statuses(d(0), 'data')).toContain('NotStarted');
    expect(statuses(d(1), 'data')).toContain('Migrating');
    expect(d(9)).toBe(d(3));
  });

  it('large: n of each, failures and constraints, built once', () => {
    const l = large(1000, { failures: 10, constraintsPerTable: 2, pendingPolls: 1 });
    const pending = l(0);
    expect(new Set(statuses(pending, 'data'))).toEqual(new Set(['Migrating']));
    const s = l(1);
    expect(l(5)).toBe(s);
    expect([s.structure.length, s.data.length, s.incremental.length]).toEqual([1000, 1000, 1000]);
    expect(statuses(s, 'data').filter((x) => x === 'Failed')).toHaveLength(10);
    expect(s.structure.every((e) => (e.Constraints as unknown[]).length === 2)).toBe(true);
    const keys = new Set(s.structure.map((e) => `${String(e.SourceOwnerDBName)}.${String(e.ObjectName)}`));
    expect(keys.size).toBe(1000);
  });

  it('small scenarios hold what their names say', () => {
    expect(empty()(0)).toEqual({ structure: [], data: [], incremental: [] });
    expect(statuses(unknownStatus()(0), 'structure')).toContain('Paused');
    expect(successFalse()(0).successFalse?.ErrCode).toBe('InvalidJobId');
    const m = mixedCase()(0);
    expect([...statuses(m, 'structure'), ...statuses(m, 'data')]).toEqual(expect.arrayContaining(['finished', 'FAILED']));
    expect(constraintEntry({ db: 'a', name: 'fk', status: 'Finished' })).toMatchObject({
      ObjectType: 'ForeignKey',
      DestinationOwnerDBName: 'a'
    });
    expect(dataEntry({ db: 'a', name: 't', status: 'Finished', total: 5 })).toMatchObject({ TotalRowNum: '5', FinishRowNum: '' });
    expect(Object.keys(incrementalEntry({ db: 'a', name: 't', status: 'Migrating' })).sort()).toEqual([
      'DestinationOwnerDBName',
      'ErrorMessage',
      'SourceOwnerDBName',
      'Status',
      'TableName'
    ]);
    expect(Object.keys(structureEntry({ db: 'a', name: 't', status: 'Finished', destDb: 'b' })).sort()).toEqual([
      'Constraints',
      'DestinationOwnerDBName',
      'ErrorMessage',
      'ObjectDefinition',
      'ObjectName',
      'ObjectType',
      'SourceOwnerDBName',
      'Status'
    ]);
  });
});
