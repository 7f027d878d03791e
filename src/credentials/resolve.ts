/**
 * The credential chain: OIDC when role-to-assume is set, else static credentials; everything
 * secret is masked as soon as it is known. OIDC credentials come with `renew`, which repeats the
 * exchange when the STS session has run out.
 */
import { CredentialsError } from '../errors.js';
import type { Env, Inputs } from '../config/inputs.js';
import { staticCredentials, type Credentials } from './credentials.js';
import { assumeRoleWithOidc, requestIdToken } from './oidc.js';

export interface CredentialDeps {
  getIDToken(aud: string): Promise<string>;
  setSecret(value: string): void;
  fetchImpl?: typeof fetch;
}

const NO_CREDENTIALS =
  'No Alibaba Cloud credentials: set access-key-id and access-key-secret, the ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET variables, or role-to-assume with oidc-provider-arn';

/** Masks `value` and, when it differs, its URL-encoded form (as it would appear in a URL). */
function mask(setSecret: (value: string) => void, value: string | undefined): void {
  if (value === undefined || value === '') return;
  setSecret(value);
  const encoded = encodeURIComponent(value);
  if (encoded !== value) setSecret(encoded);
}

/**
 * Resolves the credentials the DTS client uses.
 *
 * @throws CredentialsError when there are none, they are incomplete, or STS refuses
 */
export async function resolveCredentials(inputs: Inputs, env: Env, deps: CredentialDeps): Promise<Credentials> {
  if (inputs.oidc !== undefined) {
    const oidc = inputs.oidc;
    const run = env.GITHUB_RUN_ID ?? '';
    const attempt = env.GITHUB_RUN_ATTEMPT ?? '';
    const sessionName = run === '' ? 'github-actions' : `github-actions-${run}${attempt !== '' ? `-${attempt}` : ''}`;
    // Each exchange (the first, and each renewal) asks for a new ID token: GitHub's lasts
    // minutes, the STS session an hour.
    const exchange = async (): Promise<Credentials> => {
      const idToken = await requestIdToken(oidc.audience, (aud) => deps.getIDToken(aud), env);
      deps.setSecret(idToken);
      const args: Parameters<typeof assumeRoleWithOidc>[0] = {
        stsEndpoint: oidc.stsEndpoint,
        roleArn: oidc.roleArn,
        providerArn: oidc.providerArn,
        idToken,
        sessionName,
        timeoutMs: inputs.requestTimeoutMs
      };
      if (deps.fetchImpl !== undefined) args.fetchImpl = deps.fetchImpl;
      const creds = await assumeRoleWithOidc(args);
      mask(deps.setSecret, creds.accessKeySecret);
      mask(deps.setSecret, creds.securityToken);
      creds.renew = exchange;
      return creds;
    };
    return exchange();
  }
  const creds = staticCredentials(inputs.keys, env);
  if (creds === undefined) throw new CredentialsError(NO_CREDENTIALS);
  mask(deps.setSecret, creds.accessKeySecret);
  mask(deps.setSecret, creds.securityToken);
  return creds;
}
