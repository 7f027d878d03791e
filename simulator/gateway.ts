/**
 * The DTS gateway's checks of a call, in its order: version, action, format, signature method
 * and version, timestamp, nonce, access key, security token, signature, then RAM (`Forbidden.RAM`
 * for a key refused everything, or refused this action) and the answers a test puts in the
 * way of an action (`refusedActions`: a JSON or an HTML 404).
 */
import { createHmac } from 'node:crypto';
import { missingParameter, sameText, stringToSign, JSON_TYPE, type Answer, type GatewayError } from './rpc.js';
import type { CredentialSpec, RecordedRequest, SimulatorOptions } from './types.js';

export const DTS_VERSION = '2020-01-01';

const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export interface GatewayContext {
  options: SimulatorOptions;
  /** Known access keys (STS adds the temporary ones it issues). */
  credentials: Map<string, CredentialSpec>;
  /** The server's clock (the real one plus the configured offset). */
  now(): number;
  gateway: GatewayError;
  /** The actions the endpoint answers. */
  actions: ReadonlySet<string>;
}

/** The IDs of jobs a call names: SynchronizationJobId, and each of DtsJobId and DtsInstanceId. */
function jobIdsOf(p: Record<string, string>): string[] {
  const ids = p.SynchronizationJobId !== undefined ? [p.SynchronizationJobId] : [];
  for (const list of [p.DtsJobId, p.DtsInstanceId]) if (list !== undefined) ids.push(...list.split(','));
  return ids.map((id) => id.trim());
}

export class Gateway {
  private readonly usedNonces = new Set<string>();
  private readonly forbidden: ReadonlySet<string>;
  private readonly maxSkewMs: number;

  constructor(private readonly context: GatewayContext) {
    this.forbidden = new Set(context.options.forbiddenKeys ?? []);
    this.maxSkewMs = context.options.maxClockSkewMs ?? 15 * 60 * 1000;
  }

  /** The gateway's answer to a call it does not pass on, or undefined when it passes it on. */
  refusal(rec: RecordedRequest): Answer | undefined {
    const { gateway, now } = this.context;
    const p = rec.params;
    const missing = (name: string): Answer => missingParameter(gateway, name);

    if (p.Version !== DTS_VERSION) return gateway(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    if (p.Action === undefined || !this.context.actions.has(p.Action)) {
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
    return this.answerInTheWay(cred.accessKeyId, p.Action);
  }

  /** Whether a `forbiddenActions` rule refuses this action to this key for this job. */
  private forbidsAction(accessKeyId: string, p: Record<string, string>): boolean {
    return (this.context.options.forbiddenActions ?? []).some(
      (rule) =>
        rule.action === p.Action &&
        (rule.accessKeyIds === undefined || rule.accessKeyIds.includes(accessKeyId)) &&
        (rule.jobIds === undefined || jobIdsOf(p).some((id) => rule.jobIds?.includes(id)))
    );
  }

  /** The answer of a `refusedActions` rule for this action and key. */
  private answerInTheWay(accessKeyId: string, action: string): Answer | undefined {
    const rule = (this.context.options.refusedActions ?? []).find(
      (r) => r.action === action && (r.accessKeyIds === undefined || r.accessKeyIds.includes(accessKeyId))
    );
    if (!rule) return undefined;
    const { answer } = rule;
    if ('refuse' in answer) return this.context.gateway(answer.refuse.status, answer.refuse.code, answer.refuse.message);
    return { status: answer.raw.status ?? 200, body: answer.raw.body, contentType: answer.raw.contentType ?? JSON_TYPE, outcome: 'raw' };
  }
}
