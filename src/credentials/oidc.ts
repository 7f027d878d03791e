/**
 * GitHub OIDC token -> Alibaba Cloud STS AssumeRoleWithOIDC -> temporary credentials.
 * The STS call needs no signature. No message ever contains the ID token, the request body or a
 * returned secret.
 */
import { randomUUID } from 'node:crypto';
import { CredentialsError, refusedValue } from '../errors.js';
import type { Env } from '../config/inputs.js';
import { safeLine } from '../text/safe.js';
import type { Credentials } from './credentials.js';

/** The STS session asked for: an hour; a longer wait renews the credentials. */
const SESSION_SECONDS = 3600;
const TRUST_HINT = "check role-to-assume, oidc-provider-arn and the role's trust policy for this repository";

/**
 * A RoleSessionName STS accepts: only `[A-Za-z0-9._@-]`, 2 to 64 characters. Other characters
 * become `-`; a name that ends up too short becomes `github-actions`.
 */
export function sanitizeSessionName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : 'github-actions';
}

/** Text from STS or GitHub, with `secrets` removed, as one safe line of at most `max` characters. */
function clean(text: string, secrets: string[], max = 500): string {
  return safeLine(text, max, { secrets });
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function stsHint(code: string): string {
  if (/audience/i.test(code)) {
    return `check oidc-audience: it must be one of the client IDs of the OIDC provider (default sts.aliyuncs.com); also ${TRUST_HINT}`;
  }
  if (/DurationSeconds/i.test(code)) return "check the role's maximum session duration";
  if (/Issuer/i.test(code)) {
    return 'check that the OIDC provider in RAM has the issuer URL https://token.actions.githubusercontent.com';
  }
  return TRUST_HINT;
}

/** Name and message of a thrown value; duck-typed, since fetch's DOMException and errors from
 *  another realm are not `instanceof Error`. */
function errorParts(err: unknown): { name: string; message: string; cause?: unknown } {
  if (typeof err === 'object' && err !== null) {
    const e = err as { name?: unknown; message?: unknown; cause?: unknown };
    return { name: str(e.name), message: str(e.message), cause: e.cause };
  }
  return { name: '', message: String(err) };
}

function describeNetworkError(err: unknown, timeoutMs: number): string {
  const { name, message, cause } = errorParts(err);
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const hasCause = typeof cause === 'object' && cause !== null;
  const inner = hasCause ? errorParts(cause).message : '';
  const code = hasCause ? str((cause as { code?: unknown }).code) : '';
  const parts = [message, code, inner].filter((s, i, all) => s !== '' && all.indexOf(s) === i);
  return parts.length > 0 ? parts.join(': ') : 'unknown network error';
}

interface AssumeRoleArgs {
  stsEndpoint: string;
  roleArn: string;
  providerArn: string;
  idToken: string;
  sessionName: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}

/**
 * Exchanges the workflow's OIDC token for temporary credentials.
 *
 * @throws CredentialsError when STS refuses (with its code, message, RequestId and a hint) or
 *         cannot be reached
 */
export async function assumeRoleWithOidc(args: AssumeRoleArgs): Promise<Credentials> {
  const fetchImpl = args.fetchImpl ?? fetch;
  const endpoint = args.stsEndpoint.replace(/\/+$/, '');
  const form = new URLSearchParams({
    Action: 'AssumeRoleWithOIDC',
    Version: '2015-04-01',
    Format: 'JSON',
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    SignatureNonce: randomUUID(),
    RoleArn: args.roleArn,
    OIDCProviderArn: args.providerArn,
    OIDCToken: args.idToken,
    RoleSessionName: sanitizeSessionName(args.sessionName),
    DurationSeconds: String(SESSION_SECONDS)
  });
  const secrets = [args.idToken];
  const unreachable = (why: string): CredentialsError =>
    new CredentialsError(
      `STS AssumeRoleWithOIDC could not be reached at ${endpoint}: ${clean(why, secrets)} (check sts-endpoint and the runner's network access)`
    );

  let status: number;
  let text: string;
  try {
    const response = await fetchImpl(`${endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      // A redirect could carry the token elsewhere; STS never redirects.
      redirect: 'error',
      signal: AbortSignal.timeout(args.timeoutMs)
    });
    status = response.status;
    text = await response.text();
  } catch (err) {
    throw unreachable(describeNetworkError(err, args.timeoutMs));
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw unreachable(`HTTP ${status}, the answer is not JSON`);
  }
  if (typeof body !== 'object' || body === null) throw unreachable(`HTTP ${status}, the answer is not a JSON object`);
  const record = body as Record<string, unknown>;
  const requestId = str(record.RequestId);
  const withId = requestId !== '' ? ` (RequestId ${clean(requestId, secrets, 100)})` : '';

  const code = str(record.Code);
  if (code !== '') {
    const message = str(record.Message);
    throw new CredentialsError(
      `STS AssumeRoleWithOIDC refused the role ${args.roleArn}: ${clean(code, secrets, 100)}` +
        (message !== '' ? `: ${clean(message, secrets)}` : '') +
        `${withId}; ${stsHint(code)}`
    );
  }

  const c = record.Credentials;
  const cr = typeof c === 'object' && c !== null ? (c as Record<string, unknown>) : {};
  const accessKeyId = str(cr.AccessKeyId);
  const accessKeySecret = str(cr.AccessKeySecret);
  const securityToken = str(cr.SecurityToken);
  const missing = [
    accessKeyId === '' ? 'AccessKeyId' : '',
    accessKeySecret === '' ? 'AccessKeySecret' : '',
    securityToken === '' ? 'SecurityToken' : ''
  ].filter((s) => s !== '');
  if (missing.length > 0) {
    throw new CredentialsError(
      `STS AssumeRoleWithOIDC answered HTTP ${status} without usable credentials (missing ${missing.join(', ')})${withId}`
    );
  }
  return { accessKeyId, accessKeySecret, securityToken, source: `OIDC (role ${args.roleArn})` };
}

const NO_ID_TOKEN =
  "role-to-assume needs the workflow's OIDC token, but it is not available: add `permissions: id-token: write` to the job (or workflow)";

/**
 * Asks GitHub for the workflow's OIDC token.
 *
 * @throws CredentialsError when the job lacks `id-token: write` or the request fails
 */
export async function requestIdToken(audience: string, getIDToken: (aud: string) => Promise<string>, env: Env): Promise<string> {
  const requestToken = (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '').trim();
  if ((env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '').trim() === '' || requestToken === '') {
    throw new CredentialsError(NO_ID_TOKEN);
  }
  let token: string;
  try {
    token = await getIDToken(audience);
  } catch (err) {
    const why = errorParts(err).message || String(err);
    throw new CredentialsError(
      `could not get the workflow's OIDC token for audience ${refusedValue(audience)}: ${clean(why, [requestToken])}; role-to-assume needs \`permissions: id-token: write\` on the job (or workflow)`
    );
  }
  if (typeof token !== 'string' || token.trim() === '') {
    throw new CredentialsError(`GitHub returned an empty OIDC token for audience ${refusedValue(audience)}`);
  }
  return token.trim();
}
