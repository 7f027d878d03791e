/**
 * The simulator's public types: what a test configures (options, credentials, faults) and what it
 * reads back (recorded requests, STS calls, statistics).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { FaultKind, FaultOptions, FaultTarget } from './faults.js';
import type { JobScenario, RawAnswer, Refusal, Shape, SuccessStyle } from './model.js';

export interface CredentialSpec {
  accessKeyId: string;
  accessKeySecret: string;
  /** Set for temporary (STS) credentials: DTS calls must carry exactly this SecurityToken. */
  securityToken?: string;
  /** Epoch ms after which the SecurityToken is expired. */
  expiresAt?: number;
}

export interface StsOptions {
  roleArn: string;
  providerArn: string;
  /** Audiences (client IDs) the OIDC provider accepts; default: any. */
  audiences?: string[];
  /** The role's maximum session duration; default 43200. */
  maxDurationSeconds?: number;
}

export interface OidcOptions {
  /** The bearer token the runner would put in ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** `sub` claim of issued tokens; default `repo:octo-org/octo-repo:ref:refs/heads/main`. */
  subject?: string;
}

/**
 * A simulated job: its scenario, and who it is to the current API. Its key in `jobs` (or the id
 * given to `setJob`) is its instance ID (`dts…`), the `SynchronizationJobId` of the legacy calls.
 */
export interface JobSpec {
  scenario: JobScenario;
  /**
   * The task ID (`DtsJobId`) of the current API. Default: one the simulator derives from the
   * instance ID by a hash, so that no reading of the instance ID's text can guess it.
   */
  taskId?: string;
  /** Default `SYNC`. */
  jobType?: 'SYNC' | 'MIGRATION';
  /** Whether DescribeDtsJobs lists it; default true (false: an instance of the legacy API only). */
  listed?: boolean;
  /** Full data verification configured (`MigrationMode.FullDataCheck`); default false. */
  fullDataCheck?: boolean;
  /** `DtsJobName`; default the instance ID. */
  name?: string;
  /** DescribeDtsJobs calls listing it before its first poll that are look-ups (polls.ts); default 0. */
  lookups?: number;
}

export interface SimulatorOptions {
  /** Instance ID -> the job: a scenario alone is a synchronization task the current API lists. */
  jobs?: Record<string, JobScenario | JobSpec>;
  /** Known access keys. */
  credentials?: CredentialSpec[];
  /** When set, `RegionId` must equal it. */
  region?: string;
  /** Default `array`. */
  shape?: Shape;
  /** Default `boolean`. */
  success?: SuccessStyle;
  /** Wrapper key of constraints in the wrapped shape: `{"Constraints": {"<key>": [...]}}`; default `Constraint`. */
  constraintWrapperKey?: string;
  /** Added before every DTS answer. */
  latencyMs?: number;
  faults?: FaultOptions;
  /** Access key ids that get `Forbidden.RAM` (403). */
  forbiddenKeys?: string[];
  /**
   * Actions refused with `Forbidden.RAM` (403) by the gateway, each to the keys and jobs listed
   * (all when a list is absent): a key that may read the lists but not the job as a whole.
   */
  forbiddenActions?: ForbiddenAction[];
  /**
   * Actions answered otherwise once the gateway's checks pass, each to the keys listed (all when
   * absent): with a gateway error body (a JSON 404), or with a body written as given (an HTML
   * 404, as a proxy in front of an endpoint without the action answers).
   */
  refusedActions?: RefusedAction[];
  /** The server's clock minus the real one (to provoke `InvalidTimeStamp.Expired`). */
  clockOffsetMs?: number;
  /** Allowed |server time - Timestamp|; default 15 minutes. */
  maxClockSkewMs?: number;
  sts?: StsOptions;
  oidc?: OidcOptions;
  /** `HostId` of error bodies; default `dts.aliyuncs.com`. */
  hostId?: string;
}

export interface ForbiddenAction {
  /** e.g. `DescribeSynchronizationJobStatus`. */
  action: string;
  accessKeyIds?: string[];
  /** Refused when the call names one of these (SynchronizationJobId, DtsJobId or DtsInstanceId, each of a list). */
  jobIds?: string[];
}

export interface RefusedAction {
  /** e.g. `DescribeDtsJobs`. */
  action: string;
  accessKeyIds?: string[];
  answer: { refuse: Refusal } | { raw: RawAnswer };
}

export type RequestKind = 'dts' | 'sts' | 'oidc';

export interface RecordedRequest {
  /** 1, 2, 3, ... in order of arrival. */
  seq: number;
  kind: RequestKind;
  method: string;
  /** Path and query exactly as received. */
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Raw body text. */
  body: string;
  /** Where the parameters came from. */
  via: 'body' | 'query' | 'both' | 'none';
  /** Decoded parameters (query, then form body on top). */
  params: Record<string, string>;
  action?: string;
  jobId?: string;
  /** PageNum (PageNumber for the current API) as sent, when it is an integer; undefined otherwise. */
  pageNum?: number;
  pageSize?: number;
  /** Set when the request carried AccountId (the action must never send it). */
  accountId?: string;
  /** For an OIDC request: the audience asked ('' when none). */
  audience?: string;
  /** For a DTS call answered from one job's scenario: the poll number whose state was served. */
  poll?: number;
  /** For a DescribeDtsJobs call: the poll served of each job it listed, by instance ID. */
  polls?: Record<string, number>;
  /** Arrival time (ms since epoch). */
  at: number;
  /** When the answer was written (or the socket destroyed). */
  doneAt?: number;
  /** HTTP status answered; 0 for a reset (or before the answer). */
  status: number;
  /** 'ok', 'success-false', an error code, or a fault kind ('pending' until answered). */
  outcome: string;
  /** Fault served (a `slow` request also has its normal outcome). */
  fault?: FaultKind;
  requestId?: string;
}

export interface StsCall {
  at: number;
  params: Record<string, string>;
  roleArn?: string;
  providerArn?: string;
  sessionName?: string;
  durationSeconds?: number;
  audience?: string;
  outcome: string;
  /** AccessKeyId issued on success. */
  accessKeyId?: string;
}

export interface SimulatorStats {
  requests: number;
  dtsRequests: number;
  stsRequests: number;
  oidcRequests: number;
  faults: Record<FaultKind, number>;
  /** Count per outcome ('ok', error codes, fault kinds, ...). */
  outcomes: Record<string, number>;
  inFlight: number;
  maxInFlight: number;
}

export interface Simulator {
  /** `http://127.0.0.1:PORT` (DTS and STS endpoint). */
  readonly endpoint: string;
  readonly port: number;
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:PORT/oidc/token?api-version=2.0`. */
  readonly oidcRequestUrl: string;
  readonly requests: RecordedRequest[];
  readonly stsCalls: StsCall[];
  readonly oidcAudiences: string[];
  /** Temporary credentials issued by STS, in order. */
  readonly issuedCredentials: CredentialSpec[];
  readonly stats: SimulatorStats;
  /** Only the DTS calls of `requests`. */
  dtsRequests(): RecordedRequest[];
  /** Number of polls started for the job (see polls.ts: a page 1 and the job views beside it are one poll). */
  pollsOf(jobId: string): number;
  /** The task ID (`DtsJobId`) of the job of this instance ID; undefined for an unknown job. */
  taskIdOf(jobId: string): string | undefined;
  /** Adds or replaces a job by its instance ID; a replaced job's scenario starts again at poll 0. */
  setJob(jobId: string, job: JobScenario | JobSpec): void;
  removeJob(jobId: string): void;
  addCredential(credential: CredentialSpec): void;
  /** The next DTS requests get these faults, in order (before any random fault). */
  injectNext(...kinds: FaultKind[]): void;
  injectNextFor(target: FaultTarget, ...kinds: FaultKind[]): void;
  setFaults(faults: FaultOptions | undefined): void;
  setLatency(ms: number): void;
  setClockOffset(ms: number): void;
  /** Issues an OIDC ID token directly (as the OIDC endpoint would), without recording a request. */
  issueOidcToken(audience: string): string;
  /** Forgets recorded requests, STS calls, audiences and stats (jobs and poll counts stay). */
  clearRecords(): void;
  close(): Promise<void>;
}
