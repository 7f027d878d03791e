/**
 * The simulator of the platforms the action runs against, for the tests, `npm run demo`, the
 * benchmark and the screenshots: what code outside this folder imports, each name from here only.
 *
 * - Alibaba Cloud on one local HTTP server (server.ts): DTS (dts.ts, one module per action), STS
 *   (sts.ts) and GitHub's OIDC ID-token endpoint (oidc.ts), with faults, latency and a record of
 *   every request;
 * - the jobs it answers: a job's scenario is its state poll by poll (model.ts), which answers the
 *   legacy calls and the current API alike, with ready-made scenarios of the lists (scenarios.ts,
 *   verbatim.ts), of the job as a whole (jobScenarios.ts), of the current API's tasks
 *   (taskScenarios.ts, verification.ts) and of many objects (scale.ts);
 * - GitHub: the REST calls of the pull-request comment (github.ts), and the runner, running
 *   dist/index.js as a step (runner.ts);
 * - the command line, dist/cli/index.js, run as a CI job or a person on a terminal runs it
 *   (cliRunner.ts);
 * - the simulator in a process of its own (process.ts, cli.ts), over an IPC channel of commands
 *   and answers (ipc.ts) that the benchmark's worker processes use too.
 *
 * It is an implementation of the protocols of its own: nothing here imports the action's code.
 */

// The server and what a test configures and reads back.
export { startSimulator } from './server.js';
export type {
  CredentialSpec,
  ForbiddenAction,
  JobSpec,
  OidcOptions,
  RecordedRequest,
  Simulator,
  SimulatorOptions,
  RefusedAction,
  SimulatorStats,
  StsCall,
  StsOptions
} from './types.js';
export { ALL_FAULT_KINDS, type FaultKind, type FaultOptions, type FaultTarget } from './faults.js';
export { percentEncode } from './rpc.js';
export { SeededRandom, mulberry32 } from './random.js';

// A job's state poll by poll, and the builders of its entries.
export {
  constant,
  constraintEntry,
  dataEntry,
  incrementalEntry,
  rawJson,
  state,
  steps,
  structureEntry,
  type CheckedTable,
  type CheckState,
  type ConstraintSpec,
  type DataSpec,
  type IncrementalSpec,
  type JobScenario,
  type JobStatusAnswer,
  type JobView,
  type PollState,
  type RawAnswer,
  type RawEntry,
  type Refusal,
  type RetrySpec,
  type Shape,
  type Status,
  type StructureSpec,
  type SuccessStyle
} from './model.js';

// Scenarios of the lists (DescribeInitializationStatus).
export {
  constraintFailure,
  dataFailure,
  demo,
  empty,
  FOREIGN_KEY_ERROR,
  hugeNumbers,
  incrementalMigrating,
  malformed,
  mixedCase,
  NUMBER_FORMAT_ERROR,
  progressing,
  seedExample,
  stuck,
  successFalse,
  unknownStatus
} from './scenarios.js';
export {
  actionNotFound,
  endlessPages,
  HOSTILE_TEXTS,
  htmlNotFound,
  saysGatewayError,
  saysSuccessFalse,
  type EndlessOptions,
  type SaidGatewayError,
  type SaidSuccessFalse
} from './verbatim.js';

// The job as a whole (DescribeSynchronizationJobStatus) and its scenarios.
export { LISTS_ACTION } from './legacy.js';
export {
  JOB_STATUS_ACTION,
  jobStatus,
  type DelayPlace,
  type FieldTypes,
  type JobStatusSpec,
  type PrecheckItemSpec,
  type PrecheckSpec,
  type StageSpec
} from './jobStatus.js';
export {
  copiedRows,
  copyRun,
  delayFalling,
  delayJob,
  delayMissing,
  delayStuck,
  demoRun,
  FAILED_PRECHECK_ITEMS,
  ignoredJobFailure,
  initializatingJob,
  JOB_FAILURE_ERROR,
  jobFailure,
  jobStatusUnknown,
  pausedJob,
  precheckFailure,
  spelled,
  STEADY_TABLES,
  steadyCopy,
  unknownJobState,
  type Casing,
  type CopyRunSpec,
  type CopyTable,
  type DelaySpec
} from './jobScenarios.js';

// The current API: DescribeDtsJobs and DescribeDataCheckTableDetails, and jobs made for it.
export { DTS_JOBS_ACTION } from './dtsJobs.js';
export { TABLE_DETAILS_ACTION } from './dataCheck.js';
export { verificationOf, verifying, type VerificationSpec } from './verification.js';
export {
  CHECK_FAILURE_ERROR,
  CHECKED_TABLES,
  DEMO_TASK_ID,
  demoTask,
  legacyInstance,
  migrationTask,
  MODIFY_FAILURE_ERROR,
  modifyFailed,
  RETRY_ERROR,
  retryEpisode,
  retrying,
  verificationDiffers,
  verificationFailed,
  verifiedTask,
  type RetryEpisode,
  type TaskIdentity
} from './taskScenarios.js';

// Many objects: the scale tests and the benchmark.
export {
  isListCall,
  large,
  minimumCalls,
  scaleJob,
  splitPolls,
  tablesFor,
  type LargeOptions,
  type PagedRequest,
  type ScaleJob
} from './scale.js';

// GitHub: the REST stand-in, and the runner.
export {
  appBot,
  person,
  startGithubStandIn,
  WORKFLOW_BOT,
  type GithubStandIn,
  type GithubStandInOptions,
  type StandInComment,
  type StandInIdentity,
  type StandInRequest
} from './github.js';
export { runAction, runnerStep, stepResults, type ActionRun, type RunnerStep, type RunOptions } from './runner.js';
export { runCli, type CliRun, type CliRunOptions } from './cliRunner.js';

// The simulator in a process of its own.
export { BENCH_KEY, BENCH_REGION, SimulatorProcess, type RequestSummary } from './process.js';
export { IpcChild, serveParent, type ForkOptions } from './ipc.js';
