/**
 * Every input of the action, one row each: the words that describe it, its default, how the
 * command line takes it, and the parser of its value. action.yml, the README's table of inputs
 * and the command line's `--help` say what these rows say (a unit test holds them to it).
 * Rules that join several inputs are not here: they follow the rows, in inputs.ts.
 */
import { parseDuration, parseDurationWithin } from './duration.js';
import { parseEndpoint } from './endpoint.js';
import {
  arnOf,
  asWritten,
  parseBoolean,
  parseDataCheck,
  parseJobIds,
  parsePageSize,
  parseRegion,
  splitList,
  unlessEmpty
} from './values.js';

/**
 * How the command line takes an input: `flag`, as `--<name> <value>`; `github-only`, not at all,
 * since it means something only in a workflow run; `credential`, never as a flag, since a secret
 * on a command line stays in the shell's history and in the process list (the command line reads
 * credentials from the environment).
 */
export type CommandLine = 'flag' | 'github-only' | 'credential';

export interface InputRow {
  /** What the input does, in Markdown code spans where a name is meant; one source for all readers. */
  readonly description: string;
  /**
   * What `--help` says instead, where `description` speaks of the workflow's step: the command
   * line fails with an exit code, not a step.
   */
  readonly commandLineDescription?: string;
  /** A workflow must give it. A required input has no default. */
  readonly required?: true;
  /** The default as action.yml declares it. An empty value stands for it, unless it is a workflow expression. */
  readonly default?: string;
  /** How the default reads where it is more than one value (an environment chain, a rule). */
  readonly defaultText?: string;
  readonly commandLine: CommandLine;
  /** The field of `Inputs` that takes the parsed value as it is; absent where a rule across inputs makes the field. */
  readonly field?: string;
  /** The value as written (trimmed, the default put in for an empty one) to its typed form. */
  readonly parse: (text: string, input: string) => unknown;
}

/** The variables a region is taken from when the input is empty, in order, and the last resort. */
export const REGION_VARIABLES = ['ALIBABA_CLOUD_REGION_ID', 'ALICLOUD_REGION'] as const;
export const FALLBACK_REGION = 'cn-hangzhou';

const POLL_INTERVAL = { minMs: 1, maxMs: Infinity, said: 'greater than zero such as 30s, 5m, 1h30m or a number of seconds' };
const REQUEST_TIMEOUT = { minMs: 100, maxMs: 5 * 60 * 1000, said: 'from 100ms to 5m such as 10s' };

/** What `ignore` takes, in the words of the action and of the command line alike. */
const IGNORE_PATTERNS =
  'Glob patterns (commas/newlines) matched against `database.object` of the source: `*` any run of characters (dots included), `?` one character, case-sensitive.';

/** The inputs in the order action.yml lists them; they are read, and refused, in this order. */
export const INPUTS = {
  'job-id': {
    description:
      'One or more synchronization jobs, each by its task ID (`DtsJobId`) or its instance ID (`dts…`), separated by commas and/or newlines.',
    required: true,
    commandLine: 'flag',
    field: 'jobIds',
    parse: parseJobIds
  },
  region: {
    description: 'Region of the jobs, sent as `RegionId`; without `endpoint`, it also chooses the endpoint.',
    default: '',
    defaultText: `env ${REGION_VARIABLES.map((name) => `\`${name}\``).join(', then ')}, then \`${FALLBACK_REGION}\``,
    commandLine: 'flag',
    parse: unlessEmpty((text) => parseRegion(text, 'region'))
  },
  endpoint: {
    description:
      'DTS API endpoint. `http://` is refused unless the host is loopback (for local testing); the same holds for `sts-endpoint`.',
    default: '',
    defaultText: "from `region`, as Alibaba Cloud's SDKs choose it: the official SDK's endpoint map, else `dts.<region>.aliyuncs.com`",
    commandLine: 'flag',
    parse: unlessEmpty(parseEndpoint)
  },
  'access-key-id': {
    description: 'AccessKey ID.',
    default: '',
    defaultText: 'env `ALIBABA_CLOUD_ACCESS_KEY_ID`, then `ALICLOUD_ACCESS_KEY`',
    commandLine: 'credential',
    parse: asWritten
  },
  'access-key-secret': {
    description: 'AccessKey secret.',
    default: '',
    defaultText: 'env `ALIBABA_CLOUD_ACCESS_KEY_SECRET`, then `ALICLOUD_SECRET_KEY`',
    commandLine: 'credential',
    parse: asWritten
  },
  'security-token': {
    description: 'STS security token, for temporary credentials.',
    default: '',
    defaultText: 'env `ALIBABA_CLOUD_SECURITY_TOKEN`, then `ALICLOUD_SECURITY_TOKEN`',
    commandLine: 'credential',
    parse: asWritten
  },
  'role-to-assume': {
    description:
      "RAM role ARN. With `oidc-provider-arn`, the action exchanges the workflow's OIDC token for temporary credentials (STS `AssumeRoleWithOIDC`, needs `permissions: id-token: write`).",
    default: '',
    commandLine: 'flag',
    parse: unlessEmpty(arnOf('role', 'acs:ram::1234567890123456:role/github-dts'))
  },
  'oidc-provider-arn': {
    description: 'ARN of the RAM OIDC identity provider for GitHub. See `role-to-assume`.',
    default: '',
    commandLine: 'flag',
    parse: unlessEmpty(arnOf('oidc-provider', 'acs:ram::1234567890123456:oidc-provider/github'))
  },
  'oidc-audience': {
    description: 'Audience of the requested GitHub OIDC token.',
    default: 'sts.aliyuncs.com',
    commandLine: 'flag',
    parse: asWritten
  },
  'sts-endpoint': {
    description: 'STS endpoint for the OIDC exchange (the same `http://` rule as `endpoint`).',
    default: 'https://sts.aliyuncs.com',
    commandLine: 'flag',
    parse: parseEndpoint
  },
  timeout: {
    description: 'Longest time to wait: `90s`, `45m`, `2h`, `1h30m`, or plain seconds. `0` polls once.',
    default: '30m',
    commandLine: 'flag',
    field: 'timeoutMs',
    parse: parseDuration
  },
  'poll-interval': {
    description: 'Time between polls, same format as `timeout`.',
    default: '30s',
    commandLine: 'flag',
    field: 'pollIntervalMs',
    parse: (text: string, input: string) => parseDurationWithin(text, input, POLL_INTERVAL)
  },
  'request-timeout': {
    description: 'Read timeout of one API call, `100ms` to `5m`, same format as `timeout`; a slower answer is retried within `timeout`.',
    default: '10s',
    commandLine: 'flag',
    field: 'requestTimeoutMs',
    parse: (text: string, input: string) => parseDurationWithin(text, input, REQUEST_TIMEOUT)
  },
  'page-size': {
    description: 'Entries per page, 1 to 100.',
    default: '100',
    commandLine: 'flag',
    field: 'pageSize',
    parse: parsePageSize
  },
  'fail-on-timeout': {
    description: 'Fail the step when the timeout is reached with objects still pending.',
    commandLineDescription: 'With objects still pending at the timeout, exit 2 (`false`: exit 0).',
    default: 'true',
    commandLine: 'flag',
    field: 'failOnTimeout',
    parse: parseBoolean
  },
  'fail-fast': {
    description: 'Stop at the first failed object instead of waiting for the rest.',
    default: 'false',
    commandLine: 'flag',
    field: 'failFast',
    parse: parseBoolean
  },
  ignore: {
    description: `${IGNORE_PATTERNS} Matching failures are reported as ignored and do not fail the step.`,
    commandLineDescription: `${IGNORE_PATTERNS} Matching failures are reported as ignored and do not make the exit code a failure.`,
    default: '',
    commandLine: 'flag',
    field: 'ignore',
    parse: splitList
  },
  'job-status': {
    description:
      "Also read each job's own state (`DescribeDtsJobs`, one batched call per poll for up to 30 jobs; `DescribeSynchronizationJobStatus` for a job it does not list): fail at once on a failed precheck or a failed job, show the precheck, retries, the progress and the replication delay. `false`: the object lists alone (and no data verification).",
    default: 'true',
    commandLine: 'flag',
    field: 'jobStatus',
    parse: parseBoolean
  },
  'max-delay': {
    description:
      "Cutover readiness: also wait until every job's incremental replication delay is at most this long (`5s`, `1m`, same format as `timeout`). Empty: the delay is shown, not waited on. Needs `job-status` (with `job-status: false` it is an input error).",
    default: '',
    commandLine: 'flag',
    parse: unlessEmpty(parseDuration)
  },
  'data-check': {
    description:
      "Full data verification: `auto` waits for it on every job that has it configured and fails on any table that differs; `true` requires it on every job; `false` never reads it. It is read with the job's state: with `job-status: false`, `auto` reads nothing and `true` is an input error.",
    default: 'auto',
    commandLine: 'flag',
    parse: parseDataCheck
  },
  summary: {
    description: 'Write the job summary.',
    default: 'true',
    commandLine: 'github-only',
    field: 'summary',
    parse: parseBoolean
  },
  'pr-comment': {
    description:
      'On `pull_request` events, create or update one comment on the pull request with the summary (needs `pull-requests: write`).',
    default: 'false',
    commandLine: 'github-only',
    field: 'prComment',
    parse: parseBoolean
  },
  'github-token': {
    description: 'Token for `pr-comment`.',
    default: '${{ github.token }}',
    commandLine: 'github-only',
    field: 'githubToken',
    parse: asWritten
  }
} as const satisfies Record<string, InputRow>;

export type InputName = keyof typeof INPUTS;

export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

/** A default written as a workflow expression (`${{ github.token }}`) is the runner's to evaluate. */
const EXPRESSION = /^\$\{\{.*\}\}$/;

/** The value an empty input stands for: its default, or `''` where it has none the action can put in. */
export function standIn(row: InputRow): string {
  return row.default !== undefined && !EXPRESSION.test(row.default) ? row.default : '';
}

/** The default as the README's table and `--help` show it. */
export function shownDefault(row: InputRow): string {
  if (row.required) return '(required)';
  if (row.defaultText !== undefined) return row.defaultText;
  return row.default === undefined || row.default === '' ? '' : `\`${row.default}\``;
}

/** The description action.yml gives: the row's, and its default where action.yml's own field cannot say it. */
export function actionDescription(row: InputRow): string {
  return row.defaultText === undefined ? row.description : `${row.description} Default: ${row.defaultText}.`;
}
