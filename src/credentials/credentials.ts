/**
 * Static credentials: from the inputs, else the ALIBABA_CLOUD_* variables, else the ALICLOUD_*
 * ones. The first source with an access key id gives the id, the secret and the token together;
 * sources are never mixed. Messages name variables, never values.
 */
import { CredentialsError } from '../errors.js';
import type { Env, KeyInputs } from '../config/inputs.js';

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** Where they came from, for the log: `inputs`, `ALIBABA_CLOUD_* environment variables`,
   *  `ALICLOUD_* environment variables`, `OIDC (role <arn>)`. */
  source: string;
  /**
   * For credentials that expire and can be obtained again (OIDC): fresh ones, masked like the
   * first. A wait longer than the STS session (an hour) needs them.
   */
  renew?: () => Promise<Credentials>;
}

interface Source {
  source: string;
  /** How the three names are written in messages (`access-key-id`, `ALICLOUD_ACCESS_KEY`, ...). */
  names: { id: string; secret: string; token: string };
  get(name: string): string;
}

const INPUT_NAMES = { id: 'access-key-id', secret: 'access-key-secret', token: 'security-token' };

const SOURCE_INPUTS = 'inputs';

function sources(keys: KeyInputs, env: Env): Source[] {
  const fromEnv = (name: string): string => (env[name] ?? '').trim();
  const given: Record<string, string> = {
    [INPUT_NAMES.id]: keys.accessKeyId,
    [INPUT_NAMES.secret]: keys.accessKeySecret,
    [INPUT_NAMES.token]: keys.securityToken
  };
  return [
    {
      source: SOURCE_INPUTS,
      names: INPUT_NAMES,
      get: (name) => (given[name] ?? '').trim()
    },
    {
      source: 'ALIBABA_CLOUD_* environment variables',
      names: {
        id: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
        secret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
        token: 'ALIBABA_CLOUD_SECURITY_TOKEN'
      },
      get: fromEnv
    },
    {
      source: 'ALICLOUD_* environment variables',
      names: { id: 'ALICLOUD_ACCESS_KEY', secret: 'ALICLOUD_SECRET_KEY', token: 'ALICLOUD_SECURITY_TOKEN' },
      get: fromEnv
    }
  ];
}

/**
 * The static credentials, or `undefined` when no source has an access key id.
 *
 * @throws CredentialsError when the chosen source has an id but no secret, or when the inputs
 *         give access-key-secret / security-token without access-key-id (a workflow that writes
 *         them means to use them; silently falling back to the environment would hide the slip)
 */
export function staticCredentials(keys: KeyInputs, env: Env): Credentials | undefined {
  for (const s of sources(keys, env)) {
    const accessKeyId = s.get(s.names.id);
    const accessKeySecret = s.get(s.names.secret);
    const securityToken = s.get(s.names.token);
    if (accessKeyId === '') {
      if (s.source === SOURCE_INPUTS && (accessKeySecret !== '' || securityToken !== '')) {
        const given = accessKeySecret !== '' ? s.names.secret : s.names.token;
        throw new CredentialsError(
          `${given} is set but access-key-id is empty: set access-key-id as well (is the secret it refers to defined and spelled right?)`
        );
      }
      continue;
    }
    if (accessKeySecret === '') {
      const where = s.source === SOURCE_INPUTS ? 'in the inputs' : 'in the environment';
      throw new CredentialsError(
        `${s.names.id} is set ${where} but ${s.names.secret} is empty or unset: credentials from ${s.source} need both (sources are never mixed)`
      );
    }
    const creds: Credentials = { accessKeyId, accessKeySecret, source: s.source };
    if (securityToken !== '') creds.securityToken = securityToken;
    return creds;
  }
  return undefined;
}
