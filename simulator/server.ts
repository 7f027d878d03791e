/**
 * A local stand-in for Alibaba Cloud, for integration tests, end-to-end tests, `npm run demo`
 * and the benchmark (what the simulator offers is exported by index.ts). One HTTP server on
 * 127.0.0.1 routes each request to its endpoint:
 *
 * - DTS (dts.ts): the legacy `DescribeInitializationStatus` and
 *   `DescribeSynchronizationJobStatus`, and the current `DescribeDtsJobs` and
 *   `DescribeDataCheckTableDetails` (2020-01-01) RPC calls, with the gateway's checks and error
 *   bodies;
 * - STS (sts.ts): `AssumeRoleWithOIDC` (2015-04-01), issuing temporary credentials that the DTS
 *   endpoint then accepts;
 * - GitHub's OIDC ID-token endpoint (oidc.ts).
 *
 * It records every request, can inject faults (seeded, so reproducible) and adds latency.
 * Node built-ins only; it never imports the action's code (the signature check is written here
 * from the platform's description, independently of src/).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DtsEndpoint } from './dts.js';
import { emptyFaultCounts, faultAnswer, FaultPicker } from './faults.js';
import { OidcEndpoint } from './oidc.js';
import { FORM, gatewayErrors, intParam, JSON_TYPE, type Answer } from './rpc.js';
import { STS_ACTION, StsEndpoint } from './sts.js';
import type { CredentialSpec, RecordedRequest, RequestKind, Simulator, SimulatorOptions, SimulatorStats } from './types.js';

function sleep(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    timers.add(t);
  });
}

/** The request's parameters: the query, then the form body on top (the first of a repeated key). */
function parametersOf(
  query: URLSearchParams,
  body: string,
  contentType: string
): { params: Record<string, string>; via: RecordedRequest['via'] } {
  const params: Record<string, string> = {};
  let fromQuery = false;
  let fromBody = false;
  for (const [k, v] of query) {
    if (!(k in params)) params[k] = v;
    fromQuery = true;
  }
  if (body !== '' && contentType.includes(FORM)) {
    const seen = new Set<string>();
    for (const [k, v] of new URLSearchParams(body)) {
      if (seen.has(k)) continue;
      seen.add(k);
      params[k] = v;
      fromBody = true;
    }
  }
  return { params, via: fromQuery && fromBody ? 'both' : fromBody ? 'body' : fromQuery ? 'query' : 'none' };
}

function emptyStats(): SimulatorStats {
  return {
    requests: 0,
    dtsRequests: 0,
    stsRequests: 0,
    oidcRequests: 0,
    faults: emptyFaultCounts(),
    outcomes: {},
    inFlight: 0,
    maxInFlight: 0
  };
}

/** Starts the simulator on 127.0.0.1 with a free port. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const gateway = gatewayErrors(options.hostId ?? 'dts.aliyuncs.com');
  let latencyMs = options.latencyMs ?? 0;
  let clockOffset = options.clockOffsetMs ?? 0;
  const now = (): number => Date.now() + clockOffset;
  const faults = new FaultPicker(options.faults);

  const credentials = new Map<string, CredentialSpec>();
  for (const c of options.credentials ?? []) credentials.set(c.accessKeyId, { ...c });
  const dts = new DtsEndpoint({ options, credentials, now, gateway });
  const oidc = new OidcEndpoint(options.oidc);
  const sts = new StsEndpoint({ options, credentials, oidc, now, gateway });

  const requests: RecordedRequest[] = [];
  const stats = emptyStats();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  let seq = 0;

  function finish(rec: RecordedRequest, res: ServerResponse, answer: Answer): void {
    rec.status = answer.status;
    rec.outcome = answer.outcome;
    if (answer.requestId !== undefined) rec.requestId = answer.requestId;
    rec.doneAt = Date.now();
    stats.outcomes[answer.outcome] = (stats.outcomes[answer.outcome] ?? 0) + 1;
    if (res.destroyed || res.writableEnded || closed) return;
    const headers: Record<string, string | number> = {
      'content-type': answer.contentType,
      'content-length': Buffer.byteLength(answer.body)
    };
    if (answer.requestId !== undefined) headers['x-acs-request-id'] = answer.requestId;
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  }

  function record(req: IncomingMessage, url: string, body: string): { rec: RecordedRequest; query: URLSearchParams } {
    const qIndex = url.indexOf('?');
    const path = qIndex >= 0 ? url.slice(0, qIndex) : url;
    const query = new URLSearchParams(qIndex >= 0 ? url.slice(qIndex + 1) : '');
    const { params, via } = parametersOf(query, body, String(req.headers['content-type'] ?? '').toLowerCase());
    const kind: RequestKind = path === '/oidc/token' ? 'oidc' : params.Action === STS_ACTION ? 'sts' : 'dts';
    const rec: RecordedRequest = {
      seq: ++seq,
      kind,
      method: (req.method ?? 'GET').toUpperCase(),
      url,
      path,
      headers: req.headers,
      body,
      via,
      params,
      at: Date.now(),
      status: 0,
      outcome: 'pending'
    };
    if (kind !== 'oidc') {
      if (params.Action !== undefined) rec.action = params.Action;
      if (params.SynchronizationJobId !== undefined) rec.jobId = params.SynchronizationJobId;
      const pageNum = intParam(params.PageNum ?? params.PageNumber);
      const pageSize = intParam(params.PageSize);
      if (pageNum !== undefined) rec.pageNum = pageNum;
      if (pageSize !== undefined) rec.pageSize = pageSize;
      if (params.AccountId !== undefined) rec.accountId = params.AccountId;
    }
    requests.push(rec);
    if (kind === 'dts') stats.dtsRequests++;
    else if (kind === 'sts') stats.stsRequests++;
    else stats.oidcRequests++;
    return { rec, query };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on('close', () => {
      stats.inFlight--;
    });

    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { rec, query } = record(req, req.url ?? '/', Buffer.concat(chunks).toString('utf8'));
    const { kind } = rec;

    const fault = faults.pick(kind);
    if (fault !== undefined) {
      rec.fault = fault;
      stats.faults[fault]++;
      if (fault === 'reset') {
        rec.outcome = 'reset';
        rec.doneAt = Date.now();
        stats.outcomes.reset = (stats.outcomes.reset ?? 0) + 1;
        req.socket.destroy();
        return;
      }
      if (fault === 'slow') {
        await sleep(faults.slowMs, timers);
        if (closed) return;
      } else {
        if (kind === 'dts') await sleep(latencyMs, timers);
        if (closed) return;
        finish(rec, res, faultAnswer(fault, gateway));
        return;
      }
    }

    const answer = kind === 'oidc' ? oidc.handle(req, rec, query) : kind === 'sts' ? sts.handle(rec) : dts.handle(rec);
    if (kind === 'dts') await sleep(latencyMs, timers);
    if (closed) return;
    finish(rec, res, answer);
  }

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed || closed) return;
      const answer = gateway(500, 'InternalError', `Simulator failure: ${err instanceof Error ? err.message : String(err)}`);
      res.writeHead(500, { 'content-type': JSON_TYPE });
      res.end(answer.body);
    });
  });
  // Longer than any poll interval tests use, so keep-alive clients rarely race an idle close.
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => {
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;

  return {
    endpoint,
    port,
    oidcRequestUrl: `${endpoint}/oidc/token?api-version=2.0`,
    requests,
    stsCalls: sts.calls,
    oidcAudiences: oidc.audiences,
    issuedCredentials: sts.issued,
    stats,
    dtsRequests: () => requests.filter((r) => r.kind === 'dts'),
    pollsOf: (jobId) => dts.pollsOf(jobId),
    taskIdOf: (jobId) => dts.taskIdOf(jobId),
    setJob: (jobId, job) => dts.setJob(jobId, job),
    removeJob: (jobId) => dts.removeJob(jobId),
    addCredential: (credential) => {
      credentials.set(credential.accessKeyId, { ...credential });
    },
    injectNext: (...kinds) => faults.queue('dts', kinds),
    injectNextFor: (target, ...kinds) => faults.queue(target, kinds),
    setFaults: (next) => faults.set(next),
    setLatency: (ms) => {
      latencyMs = ms;
    },
    setClockOffset: (ms) => {
      clockOffset = ms;
    },
    issueOidcToken: (audience) => oidc.issue(audience),
    clearRecords: () => {
      requests.length = 0;
      sts.calls.length = 0;
      oidc.audiences.length = 0;
      Object.assign(stats, emptyStats(), { inFlight: stats.inFlight, maxInFlight: stats.inFlight });
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
        sockets.clear();
      });
      return closing;
    }
  };
}
