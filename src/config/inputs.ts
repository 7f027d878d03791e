/**
 * Reads and validates every input of the action before any call is made: each input by its row
 * of the table (table.ts), then the rules that join several inputs, all in one place below.
 * Pure: the input reader and the environment are passed in, so that tests need no @actions/core.
 */
import { InputError, refusedValue } from '../errors.js';
import { endpointOfRegion, type EndpointSource } from './endpoint.js';
import { FALLBACK_REGION, INPUT_NAMES, INPUTS, REGION_VARIABLES, standIn, type InputName, type InputRow } from './table.js';
import { parseRegion, type DataCheck } from './values.js';

export type { DataCheck } from './values.js';
export type { EndpointSource } from './endpoint.js';

interface OidcSettings {
  roleArn: string;
  providerArn: string;
  audience: string;
  stsEndpoint: string;
}

/** The credential inputs as written (`''` when unset); the environment is consulted only when access-key-id is empty. */
export interface KeyInputs {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
}

type Table = typeof INPUTS;

/** Each input's value as its row's parser returns it, by the input's name. */
export type ParsedInputs = { [N in InputName]: ReturnType<Table[N]['parse']> };

type FieldOf<N extends InputName> = Table[N] extends { readonly field: infer F extends string } ? F : never;

/** The fields that take one input's parsed value as it is (`jobIds`, `timeoutMs`, ...), named by their rows. */
type DirectInputs = { [N in InputName as FieldOf<N>]: ParsedInputs[N] };

export interface Inputs extends DirectInputs {
  /** The input, else the first of the region variables that is set, else the fallback region. */
  region: string;
  endpoint: string;
  /** Why this endpoint: given as the input, the region's entry in the SDK's map, or the regional rule. */
  endpointSource: EndpointSource;
  /** `max-delay`: also wait until every job's replication delay is at most this; absent when empty. */
  maxDelayMs?: number;
  /** `data-check`; `off` whenever `job-status` is false, since the verification is read with the job's state. */
  dataCheck: DataCheck;
  keys: KeyInputs;
  oidc?: OidcSettings;
}

/** Returns an input's value with surrounding blanks removed, or `''` when it is unset. */
export type InputReader = (name: string) => string;

export type Env = Record<string, string | undefined>;

/** What each input says as written (trimmed) and parsed by its row, in the table's order: the first that cannot be used throws. */
function parseEach(read: InputReader): { written: Record<InputName, string>; parsed: ParsedInputs } {
  const written: Partial<Record<InputName, string>> = {};
  const parsed: Partial<Record<InputName, unknown>> = {};
  for (const name of INPUT_NAMES) {
    const row: InputRow = INPUTS[name];
    const text = read(name).trim();
    written[name] = text;
    parsed[name] = row.parse(text === '' ? standIn(row) : text, name);
  }
  return { written: written as Record<InputName, string>, parsed: parsed as ParsedInputs };
}

function directFields(parsed: ParsedInputs): DirectInputs {
  const fields: Record<string, unknown> = {};
  for (const name of INPUT_NAMES) {
    const row: InputRow = INPUTS[name];
    if (row.field !== undefined) fields[row.field] = parsed[name];
  }
  return fields as DirectInputs;
}

function regionOf(given: string | undefined, env: Env): string {
  if (given !== undefined) return given;
  for (const variable of REGION_VARIABLES) {
    const value = (env[variable] ?? '').trim();
    if (value !== '') return parseRegion(value, `region (taken from ${variable})`);
  }
  return FALLBACK_REGION;
}

/**
 * `max-delay` needs `job-status`, since the delay is read with the job's state; with
 * `job-status: false` it is refused rather than ignored, because the run could never wait on
 * what it was asked to.
 */
function maxDelayOf(parsed: ParsedInputs, written: string): number | undefined {
  const ms = parsed['max-delay'];
  if (ms !== undefined && !parsed['job-status']) {
    throw new InputError(
      'max-delay',
      "max-delay needs job-status: true, since the replication delay is read with the job's state (DescribeDtsJobs or DescribeSynchronizationJobStatus); " +
        `got max-delay ${refusedValue(written)} with job-status: false`
    );
  }
  return ms;
}

/** The verification is read with the job's state: without it, `auto` reads nothing and `true` is refused. */
function dataCheckOf(parsed: ParsedInputs): DataCheck {
  const dataCheck = parsed['data-check'];
  if (parsed['job-status']) return dataCheck;
  if (dataCheck === 'required') {
    throw new InputError(
      'data-check',
      "data-check: true needs job-status: true, since the full data verification is read with the job's state (DescribeDtsJobs); " +
        'got data-check "true" with job-status: false'
    );
  }
  return 'off';
}

/** The OIDC exchange needs both ARNs; neither means no exchange. */
function oidcOf(parsed: ParsedInputs): OidcSettings | undefined {
  const roleArn = parsed['role-to-assume'];
  const providerArn = parsed['oidc-provider-arn'];
  if (roleArn === undefined && providerArn === undefined) return undefined;
  if (roleArn === undefined || providerArn === undefined) {
    const [missing, given] = roleArn === undefined ? ['role-to-assume', 'oidc-provider-arn'] : ['oidc-provider-arn', 'role-to-assume'];
    throw new InputError(
      missing,
      `${given} is set but ${missing} is not: the OIDC exchange needs both role-to-assume (acs:ram::<account id>:role/<name>) and oidc-provider-arn (acs:ram::<account id>:oidc-provider/<name>)`
    );
  }
  return { roleArn, providerArn, audience: parsed['oidc-audience'], stsEndpoint: parsed['sts-endpoint'] };
}

/**
 * Reads every input of the action and validates it.
 *
 * @throws InputError naming the first input that cannot be used
 */
export function readInputs(read: InputReader, env: Env): Inputs {
  const { written, parsed } = parseEach(read);
  const region = regionOf(parsed.region, env);
  const { endpoint, source } =
    parsed.endpoint !== undefined ? { endpoint: parsed.endpoint, source: 'input' as const } : endpointOfRegion(region);
  const maxDelayMs = maxDelayOf(parsed, written['max-delay']);
  const dataCheck = dataCheckOf(parsed);
  const oidc = oidcOf(parsed);
  const inputs: Inputs = {
    ...directFields(parsed),
    region,
    endpoint,
    endpointSource: source,
    dataCheck,
    keys: {
      accessKeyId: parsed['access-key-id'],
      accessKeySecret: parsed['access-key-secret'],
      securityToken: parsed['security-token']
    }
  };
  if (oidc !== undefined) inputs.oidc = oidc;
  if (maxDelayMs !== undefined) inputs.maxDelayMs = maxDelayMs;
  return inputs;
}
