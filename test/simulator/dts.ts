/**
 * The DTS endpoint: `DescribeInitializationStatus` and `DescribeSynchronizationJobStatus`
 * (2020-01-01) RPC calls, signed as `@alicloud/pop-core` signs them (POST form body or GET
 * query), checked as the gateway checks them, and answered from each job's scenario: the lists
 * page by page, the job-status call from the same poll as the page 1 it is sent beside
 * (polls.ts).
 */
import { createHmac } from 'node:crypto';
import { JOB_STATUS_ACTION, jobStatusAnswer } from './jobStatus.js';
import type { JobScenario, JobState } from './model.js';
import { newCursor, pollFor, type PollCursor } from './polls.js';
import type { CredentialSpec, RecordedRequest, SimulatorOptions } from './types.js';
import {
  json,
  missingParameter,
  sameText,
  stringToSign,
  textualNothing,
  newRequestId,
  JSON_TYPE,
  type Answer,
  type GatewayError
} from './rpc.js';

export const DTS_VERSION = '2020-01-01';
export const DTS_ACTION = 'DescribeInitializationStatus';

const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

interface JobEntry {
  scenario: JobScenario;
  /** The polls served from the scenario (see polls.ts). */
  cursor: PollCursor;
}

export interface DtsContext {
  options: SimulatorOptions;
  /** Known access keys (STS adds the temporary ones it issues). */
  credentials: Map<string, CredentialSpec>;
  /** The server's clock (the real one plus the configured offset). */
  now(): number;
  gateway: GatewayError;
}

export class DtsEndpoint {
  private readonly jobs = new Map<string, JobEntry>();
  private readonly usedNonces = new Set<string>();
  private readonly forbidden: ReadonlySet<string>;
  private readonly maxSkewMs: number;

  constructor(private readonly context: DtsContext) {
    const { options } = context;
    for (const [id, scenario] of Object.entries(options.jobs ?? {})) this.jobs.set(id, { scenario, cursor: newCursor() });
    this.forbidden = new Set(options.forbiddenKeys ?? []);
    this.maxSkewMs = options.maxClockSkewMs ?? 15 * 60 * 1000;
  }

  setJob(jobId: string, scenario: JobScenario): void {
    const old = this.jobs.get(jobId);
    this.jobs.set(jobId, { scenario, cursor: newCursor(old?.cursor.total) });
  }

  removeJob(jobId: string): void {
    this.jobs.delete(jobId);
  }

  pollsOf(jobId: string): number {
    return this.jobs.get(jobId)?.cursor.total ?? 0;
  }

  handle(rec: RecordedRequest): Answer {
    const refused = this.refusal(rec);
    if (refused) return refused;
    return rec.params.Action === JOB_STATUS_ACTION ? this.describeSynchronizationJobStatus(rec) : this.describeInitializationStatus(rec);
  }

  /** The gateway's checks, in its order: version, action, format, signature, key, token, RAM. */
  private refusal(rec: RecordedRequest): Answer | undefined {
    const { gateway, now } = this.context;
    const p = rec.params;
    const missing = (name: string): Answer => missingParameter(gateway, name);

    if (p.Version !== DTS_VERSION) return gateway(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    if (p.Action !== DTS_ACTION && p.Action !== JOB_STATUS_ACTION) {
      return gateway(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
    }
    if (p.Format === undefined) return missing('Format');
    if (p.Format !== 'JSON') {
      return gateway(400, 'InvalidParameter', 'Specified parameter Format is not valid (this simulator answers JSON only).');
    }
    if (p.SignatureMethod === undefined) return missing('SignatureMethod');
    if (p.SignatureMethod !== 'HMAC-SHA1') return gateway(400, 'InvalidSignatureMethod', 'Specified signature method is not supported.');
    if (p.SignatureVersion === undefined) return missing('SignatureVersion');
    if (p.SignatureVersion !== '1.0') return gateway(400, 'InvalidSignatureVersion', 'Specified signature version is not supported.');
    if (p.Timestamp === undefined) return missing('Timestamp');
    const m = TIMESTAMP_RE.exec(p.Timestamp);
    const stamp = m ? Date.parse(p.Timestamp) : NaN;
    if (!m || Number.isNaN(stamp)) {
      return gateway(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
    }
    if (Math.abs(now() - stamp) > this.maxSkewMs) {
      return gateway(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    }
    if (p.SignatureNonce === undefined || p.SignatureNonce === '') return missing('SignatureNonce');
    if (this.usedNonces.has(p.SignatureNonce)) return gateway(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    if (p.AccessKeyId === undefined || p.AccessKeyId === '') return missing('AccessKeyId');
    const cred = this.context.credentials.get(p.AccessKeyId);
    if (!cred) return gateway(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (cred.securityToken !== undefined) {
      if (p.SecurityToken === undefined || p.SecurityToken === '') {
        return gateway(400, 'MissingSecurityToken', 'SecurityToken is mandatory for this action.');
      }
      if (!sameText(p.SecurityToken, cred.securityToken)) {
        return gateway(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.');
      }
      if (cred.expiresAt !== undefined && now() > cred.expiresAt) {
        return gateway(400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.');
      }
    } else if (p.SecurityToken !== undefined) {
      return gateway(400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.');
    }
    if (p.Signature === undefined || p.Signature === '') return missing('Signature');
    const toSign = stringToSign(rec.method, p);
    const expected = createHmac('sha1', `${cred.accessKeySecret}&`).update(toSign).digest('base64');
    if (!sameText(expected, p.Signature)) {
      // The real gateway echoes its string to sign (AccessKeyId and SecurityToken included).
      return gateway(
        400,
        'SignatureDoesNotMatch',
        `Specified signature does not match our calculation. server string to sign is:${toSign}`
      );
    }
    this.usedNonces.add(p.SignatureNonce);
    if (this.forbidden.has(cred.accessKeyId) || this.forbidsAction(cred.accessKeyId, p)) {
      return gateway(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.');
    }
    return undefined;
  }

  /** Whether a `forbiddenActions` rule refuses this action to this key for this job. */
  private forbidsAction(accessKeyId: string, p: Record<string, string>): boolean {
    return (this.context.options.forbiddenActions ?? []).some(
      (rule) =>
        rule.action === p.Action &&
        (rule.accessKeyIds === undefined || rule.accessKeyIds.includes(accessKeyId)) &&
        (rule.jobIds === undefined || (p.SynchronizationJobId !== undefined && rule.jobIds.includes(p.SynchronizationJobId)))
    );
  }

  /** The checks both actions make of RegionId and SynchronizationJobId, then the job. */
  private jobOf(rec: RecordedRequest): JobEntry | Answer {
    const { gateway, options } = this.context;
    const p = rec.params;
    const refused = textualNothing(gateway, p);
    if (refused) return refused;
    if (p.RegionId === undefined || p.RegionId === '') {
      return gateway(400, 'InvalidRegionId', 'The parameter RegionId is mandatory for this action.');
    }
    if (options.region !== undefined && p.RegionId !== options.region) {
      return gateway(400, 'InvalidRegionId', `The specified region ${p.RegionId} does not exist.`);
    }
    const jobId = p.SynchronizationJobId;
    if (jobId === undefined || jobId === '') {
      return gateway(400, 'InvalidParameter', 'The parameter SynchronizationJobId is mandatory for this action.');
    }
    return this.jobs.get(jobId) ?? gateway(404, 'Forbidden.InstanceNotFound', 'The specified instance is not found.');
  }

  /** The job as a whole, from the poll that the page 1 beside it sees (no paging). */
  private describeSynchronizationJobStatus(rec: RecordedRequest): Answer {
    const { gateway, options } = this.context;
    const entry = this.jobOf(rec);
    if (!('scenario' in entry)) return entry;
    const direction = rec.params.SynchronizationDirection;
    if (direction !== undefined && direction !== 'Forward' && direction !== 'Reverse') {
      return gateway(400, 'InvalidParameter', `The parameter SynchronizationDirection is not valid: "${direction}" (Forward or Reverse).`);
    }
    const { poll, state } = pollFor(entry.cursor, entry.scenario, 'job', true);
    rec.poll = poll;
    return jobStatusAnswer(state, gateway, state.success ?? options.success ?? 'boolean');
  }

  /** The API's own checks of the parameters, then the page of the job's current state. */
  private describeInitializationStatus(rec: RecordedRequest): Answer {
    const { gateway } = this.context;
    const p = rec.params;
    const entry = this.jobOf(rec);
    if (!('scenario' in entry)) return entry;
    let pageSize = 20;
    if (p.PageSize !== undefined) {
      const n = /^\d{1,9}$/.test(p.PageSize) ? Number(p.PageSize) : NaN;
      if (!(n >= 1 && n <= 100))
        return gateway(400, 'InvalidParameter', `The parameter PageSize is not valid: "${p.PageSize}" (1 to 100).`);
      pageSize = n;
    }
    let pageNum = 1;
    if (p.PageNum !== undefined) {
      const n = /^\d{1,9}$/.test(p.PageNum) ? Number(p.PageNum) : NaN;
      if (!(n >= 1)) return gateway(400, 'InvalidParameter', `The parameter PageNum is not valid: "${p.PageNum}" (1 or more).`);
      pageNum = n;
    }
    return this.page(rec, entry, pageNum, pageSize);
  }

  /** Page 1 opens (or joins) the job's next poll; later pages see that poll's state (polls.ts). */
  private page(rec: RecordedRequest, entry: JobEntry, pageNum: number, pageSize: number): Answer {
    const { options } = this.context;
    const { poll, state } = pollFor(entry.cursor, entry.scenario, 'lists', pageNum === 1);
    rec.poll = poll;
    const requestId = newRequestId();

    if (state.raw) {
      return {
        status: state.raw.status ?? 200,
        body: state.raw.body,
        contentType: state.raw.contentType ?? JSON_TYPE,
        outcome: 'raw',
        requestId
      };
    }
    const successStyle = state.success ?? options.success ?? 'boolean';
    if (state.successFalse) {
      return json(
        200,
        {
          RequestId: requestId,
          Success: successStyle === 'string' ? 'false' : false,
          ErrCode: state.successFalse.ErrCode,
          ErrMessage: state.successFalse.ErrMessage
        },
        'success-false'
      );
    }
    const shape = state.shape ?? options.shape ?? 'array';
    const constraintKey = options.constraintWrapperKey ?? 'Constraint';
    const { structure, data, incremental } = listsOfPage(state, pageNum, pageSize);
    const body: Record<string, unknown> = { RequestId: requestId, Success: successStyle === 'string' ? 'true' : true };
    if (shape === 'wrapped') {
      const wrapConstraints = (e: unknown): unknown => {
        if (typeof e !== 'object' || e === null || Array.isArray(e)) return e;
        const c = (e as Record<string, unknown>).Constraints;
        return Array.isArray(c) ? { ...(e as Record<string, unknown>), Constraints: { [constraintKey]: c } } : e;
      };
      body.StructureInitializationDetails = {
        StructureInitializationDetail: Array.isArray(structure) ? structure.map(wrapConstraints) : structure
      };
      body.DataInitializationDetails = { DataInitializationDetail: data };
      body.DataSynchronizationDetails = { DataSynchronizationDetail: incremental };
    } else {
      body.StructureInitializationDetails = structure;
      body.DataInitializationDetails = data;
      body.DataSynchronizationDetails = incremental;
    }
    if (state.fields) {
      for (const [k, v] of Object.entries(state.fields)) {
        if (v === undefined) delete body[k];
        else body[k] = v;
      }
    }
    return json(200, body, 'ok');
  }
}

/** The lists of page `pageNum`: made by the state's `page` when it has one, else sliced. */
function listsOfPage(state: JobState, pageNum: number, pageSize: number): Record<'structure' | 'data' | 'incremental', unknown> {
  if (state.page) {
    const made = state.page(pageNum, pageSize);
    return { structure: made.structure ?? [], data: made.data ?? [], incremental: made.incremental ?? [] };
  }
  const from = (pageNum - 1) * pageSize;
  const slice = (list: unknown): unknown => (Array.isArray(list) ? list.slice(from, from + pageSize) : list);
  return { structure: slice(state.structure), data: slice(state.data), incremental: slice(state.incremental) };
}
