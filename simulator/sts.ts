/**
 * The STS endpoint: `AssumeRoleWithOIDC` (2015-04-01, an unsigned POST form). It checks the role,
 * the provider and the OIDC token as STS does, and issues temporary credentials that the DTS
 * endpoint then accepts.
 */
import { randomBytes } from 'node:crypto';
import { DEFAULT_SUBJECT, type OidcEndpoint } from './oidc.js';
import {
  alnum,
  intParam,
  isoSeconds,
  json,
  missingParameter,
  newRequestId,
  textualNothing,
  type Answer,
  type GatewayError
} from './rpc.js';
import type { CredentialSpec, RecordedRequest, SimulatorOptions, StsCall } from './types.js';

export const STS_VERSION = '2015-04-01';
export const STS_ACTION = 'AssumeRoleWithOIDC';

const SESSION_NAME_RE = /^[A-Za-z0-9._@-]{2,64}$/;

export interface StsContext {
  options: SimulatorOptions;
  /** Where issued credentials go, so that DTS accepts them. */
  credentials: Map<string, CredentialSpec>;
  oidc: OidcEndpoint;
  now(): number;
  gateway: GatewayError;
}

export class StsEndpoint {
  readonly calls: StsCall[] = [];
  /** Temporary credentials issued, in order. */
  readonly issued: CredentialSpec[] = [];

  constructor(private readonly context: StsContext) {}

  handle(rec: RecordedRequest): Answer {
    const p = rec.params;
    const call: StsCall = { at: rec.at, params: p, outcome: 'pending' };
    if (p.RoleArn !== undefined) call.roleArn = p.RoleArn;
    if (p.OIDCProviderArn !== undefined) call.providerArn = p.OIDCProviderArn;
    if (p.RoleSessionName !== undefined) call.sessionName = p.RoleSessionName;
    const duration = intParam(p.DurationSeconds);
    if (duration !== undefined) call.durationSeconds = duration;
    const token = p.OIDCToken !== undefined ? this.context.oidc.issued(p.OIDCToken) : undefined;
    if (token) call.audience = token.audience;
    this.calls.push(call);
    const answer = this.assumeRole(p, token);
    call.outcome = answer.outcome;
    if (answer.outcome === 'ok') {
      const issued = this.issued[this.issued.length - 1];
      if (issued) call.accessKeyId = issued.accessKeyId;
    }
    return answer;
  }

  private assumeRole(p: Record<string, string>, token: { audience: string; expiresAt: number } | undefined): Answer {
    const { gateway, options, now } = this.context;
    if (p.Version !== STS_VERSION) return gateway(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    for (const name of ['RoleArn', 'OIDCProviderArn', 'OIDCToken', 'RoleSessionName']) {
      if (p[name] === undefined || p[name] === '') return missingParameter(gateway, name);
    }
    const refused = textualNothing(gateway, p);
    if (refused) return refused;
    if (!SESSION_NAME_RE.test(p.RoleSessionName ?? '')) {
      return gateway(400, 'InvalidParameter.RoleSessionName', 'The parameter RoleSessionName is wrongly formed.');
    }
    const maxDuration = options.sts?.maxDurationSeconds ?? 43200;
    let durationSeconds = 3600;
    if (p.DurationSeconds !== undefined) {
      const n = /^\d{1,9}$/.test(p.DurationSeconds) ? Number(p.DurationSeconds) : NaN;
      if (!(n >= 900 && n <= maxDuration)) {
        return gateway(400, 'InvalidParameter.DurationSeconds', `The Min/Max value of DurationSeconds is 900/${maxDuration} seconds.`);
      }
      durationSeconds = n;
    }
    const sts = options.sts;
    if (!sts) return gateway(404, 'EntityNotExist.Role', 'The specified Role not exists (the simulator has no sts option).');
    if (p.OIDCProviderArn !== sts.providerArn)
      return gateway(404, 'EntityNotExist.OIDCProvider', 'The specified OIDC provider does not exist.');
    if (p.RoleArn !== sts.roleArn) return gateway(404, 'EntityNotExist.Role', 'The specified Role not exists .');
    if (!token)
      return gateway(400, 'AuthenticationFail.OIDCToken.Invalid', 'The OIDC token is invalid: it was not issued by the trusted issuer.');
    if (Date.now() > token.expiresAt) return gateway(400, 'AuthenticationFail.OIDCToken.Expired', 'The OIDC token is expired.');
    if (sts.audiences && !sts.audiences.includes(token.audience)) {
      return gateway(
        400,
        'AuthenticationFail.OIDCToken.InvalidAudience',
        `The audience "${token.audience}" of the OIDC token is not a client ID of the OIDC provider.`
      );
    }

    const expiresAt = now() + durationSeconds * 1000;
    const raw = randomBytes(301).toString('base64'); // 301 bytes: ends with "=="
    const securityToken = `CAIS${raw.slice(0, 60)}+${raw.slice(60, 120)}/${raw.slice(120)}`;
    const cred: CredentialSpec = { accessKeyId: `STS.${alnum(25)}`, accessKeySecret: alnum(44), securityToken, expiresAt };
    this.context.credentials.set(cred.accessKeyId, cred);
    this.issued.push(cred);
    return json(
      200,
      {
        RequestId: newRequestId(),
        AssumedRoleUser: { AssumedRoleId: `3${alnum(17)}:${p.RoleSessionName}`, Arn: `${p.RoleArn}/${p.RoleSessionName}` },
        OIDCTokenInfo: {
          Subject: options.oidc?.subject ?? DEFAULT_SUBJECT,
          Issuer: 'https://token.actions.githubusercontent.com',
          ClientIds: token.audience,
          ExpirationTime: isoSeconds(token.expiresAt),
          IssuanceTime: isoSeconds(token.expiresAt - 5 * 60 * 1000)
        },
        Credentials: {
          SecurityToken: cred.securityToken,
          Expiration: isoSeconds(expiresAt),
          AccessKeySecret: cred.accessKeySecret,
          AccessKeyId: cred.accessKeyId
        }
      },
      'ok'
    );
  }
}
