/**
 * GitHub's OIDC ID-token endpoint (`GET /oidc/token?api-version=2.0&audience=...`), as the runner
 * offers it to a job with `permissions: id-token: write`. The tokens it issues are the ones the
 * STS endpoint accepts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { alnum, json, sameText, type Answer } from './rpc.js';
import type { OidcOptions, RecordedRequest } from './types.js';

export const DEFAULT_SUBJECT = 'repo:octo-org/octo-repo:ref:refs/heads/main';

export interface IssuedOidcToken {
  audience: string;
  expiresAt: number;
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export class OidcEndpoint {
  private readonly tokens = new Map<string, IssuedOidcToken>();
  /** The audiences asked for, in order. */
  readonly audiences: string[] = [];

  constructor(private readonly options: OidcOptions | undefined) {}

  /** What was issued under `token`, if this endpoint issued it. */
  issued(token: string): IssuedOidcToken | undefined {
    return this.tokens.get(token);
  }

  /** A JWT-shaped token for `audience`, valid for five minutes. */
  issue(audience: string): string {
    const iat = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5t: alnum(27), kid: alnum(40) };
    const payload = {
      jti: randomUUID(),
      sub: this.options?.subject ?? DEFAULT_SUBJECT,
      aud: audience,
      ref: 'refs/heads/main',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      run_id: '1234567890',
      iss: 'https://token.actions.githubusercontent.com',
      nbf: iat - 5,
      iat,
      exp: iat + 300
    };
    const token = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${base64url(randomBytes(256))}`;
    this.tokens.set(token, { audience, expiresAt: (iat + 300) * 1000 });
    return token;
  }

  handle(req: IncomingMessage, rec: RecordedRequest, query: URLSearchParams): Answer {
    const audience = query.get('audience') ?? '';
    rec.audience = audience;
    if (!this.options) return json(404, { message: 'OIDC is not configured in the simulator' }, 'NotConfigured');
    const auth = req.headers.authorization ?? '';
    const m = /^bearer\s+(.+)$/i.exec(auth);
    if (!m || !sameText(m[1] ?? '', this.options.requestToken)) return json(401, { message: 'Unauthorized' }, 'Unauthorized');
    if (rec.method !== 'GET') return json(405, { message: 'Method not allowed' }, 'MethodNotAllowed');
    this.audiences.push(audience);
    const effective = audience !== '' ? audience : 'https://github.com/octo-org';
    return json(200, { count: 1, value: this.issue(effective) }, 'ok');
  }
}
