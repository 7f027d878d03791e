/**
 * Where the command line gets the OIDC ID token that `role-to-assume` exchanges with STS. One
 * source is implemented: GitHub Actions' token service, which a job with `permissions: id-token:
 * write` offers to every step (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN),
 * asked as @actions/core asks it, without loading @actions/core. Another CI's token (GitLab's
 * `id_tokens`, a token file) is another source of the same shape, chosen here. Loaded only when
 * `role-to-assume` is set.
 */
import type { Env } from '../config/inputs.js';

/** The token for `audience`; rejects with an Error saying why not. */
export type IdTokenSource = (audience: string) => Promise<string>;

/** No answer from the token service within this: GitHub's answers in well under a second. */
const TIMEOUT_MS = 30_000;

/** The source of the ID token in `env`. */
export function idTokenSource(env: Env, fetchImpl: typeof fetch = fetch): IdTokenSource {
  return async (audience) => {
    const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
    url.searchParams.set('audience', audience);
    const answer = await fetchImpl(url, {
      headers: { Authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS)
    });
    if (!answer.ok) throw new Error(`the token service answered HTTP ${answer.status}`);
    const body = (await answer.json().catch(() => undefined)) as { value?: unknown } | undefined;
    if (typeof body?.value !== 'string') throw new Error('the token service answered without a token');
    return body.value;
  };
}
