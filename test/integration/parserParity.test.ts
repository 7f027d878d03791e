/**
 * The answer parser changes nothing a run writes. Each scenario runs twice in this process
 * (test/support/inProcess.ts) against the DTS simulator over HTTP: once with pop-core reading
 * answers with json-bigint, as it does on its own, and once as the action runs, with the parser
 * of src/dts/answerJson.ts installed. Both runs make the same calls, and their log, outputs, job
 * summary and report file are the same byte for byte once what differs from run to run whatever
 * the parser (times, the report file's name, request ids) is blanked out of them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jsonBigint from 'json-bigint';
import {
  constraintFailure,
  dataFailure,
  delayFalling,
  demoRun,
  empty,
  hugeNumbers,
  incrementalMigrating,
  jobFailure,
  malformed,
  mixedCase,
  pausedJob,
  precheckFailure,
  progressing,
  saysGatewayError,
  seedExample,
  startSimulator,
  stuck,
  successFalse,
  unknownStatus,
  verificationDiffers,
  verificationFailed,
  verifiedTask,
  constant,
  HOSTILE_TEXTS,
  type ActionRun,
  type JobScenario,
  type JobSpec,
  type Simulator
} from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { runInProcess } from '../support/inProcess.js';

interface Case {
  name: string;
  job: () => JobScenario | JobSpec;
  inputs?: Record<string, string>;
}

const ENDS_BY_TIMEOUT = { timeout: '2s' };

const CASES: readonly Case[] = [
  { name: 'the seed example', job: seedExample },
  { name: 'a job that progresses', job: progressing },
  { name: 'a failed data entry', job: dataFailure },
  { name: 'a failed constraint', job: constraintFailure },
  { name: 'a stuck object, to the timeout', job: stuck, inputs: ENDS_BY_TIMEOUT },
  { name: 'incremental entries only migrating', job: incrementalMigrating },
  { name: 'no objects, to the timeout', job: empty, inputs: ENDS_BY_TIMEOUT },
  { name: 'an unknown status, to the timeout', job: unknownStatus, inputs: ENDS_BY_TIMEOUT },
  { name: 'Success: false', job: () => successFalse() },
  { name: 'statuses in mixed case', job: mixedCase },
  { name: 'row counts beyond 2^64 as unquoted numbers', job: hugeNumbers },
  { name: 'malformed entries', job: malformed },
  {
    // A refusal, not a throttling: the retries of a throttling wait by chance, and so end by chance.
    name: 'hostile texts in a gateway error',
    job: () =>
      constant(saysGatewayError({ status: 403, Code: 'Forbidden.RAM', Message: HOSTILE_TEXTS.join(' | '), RequestId: HOSTILE_TEXTS[3] }))
  },
  { name: 'a whole copy, job state and delay', job: demoRun },
  { name: 'a failed precheck', job: () => precheckFailure() },
  { name: 'a failed job', job: () => jobFailure() },
  { name: 'a paused job, to the timeout', job: () => pausedJob(), inputs: ENDS_BY_TIMEOUT },
  { name: 'a falling delay, for a cutover', job: () => delayFalling(), inputs: { 'max-delay': '10s' } },
  { name: 'a verified copy', job: () => verifiedTask({ taskId: 'paritytask00001' }) },
  { name: 'tables that differ at both ends', job: () => verificationDiffers({ taskId: 'paritytask00002' }) },
  { name: 'a failed verification', job: () => verificationFailed({ taskId: 'paritytask00003' }) }
];

/** json-bigint's own parse, as pop-core uses it before the action installs its parser. */
const exactParse = jsonBigint.parse;
let exactCalls = 0;

/** Runs with the action's parser install made a no-op, so that pop-core keeps json-bigint's parse. */
async function withExactParse<T>(body: () => Promise<T>): Promise<T> {
  const counted: typeof exactParse = (...args) => {
    exactCalls++;
    return exactParse(...args);
  };
  Object.defineProperty(jsonBigint, 'parse', { configurable: true, get: () => counted, set: () => undefined });
  try {
    return await body();
  } finally {
    Object.defineProperty(jsonBigint, 'parse', { configurable: true, writable: true, value: exactParse });
  }
}

/**
 * What differs between two runs of one case whatever the parser: the times (the run's clock
 * moves only when it sleeps, so its durations are the same, but it starts at the real time),
 * the report file's name and folder, which hold a time and a temporary folder, and the request
 * ids the simulator draws afresh for each answer. Everything else is what DTS answered and how
 * the action read it.
 */
function blankPerRun(text: string): string {
  return text
    .replace(/dts-init-gate-\d+-\d+\.json/g, '<report file>')
    .replace(/\/tmp\/\S*?\/runner-temp\//g, '<runner temp>/')
    .replace(/\b[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\b/g, '<request id>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>');
}

function written(run: ActionRun): Record<string, string> {
  return {
    code: String(run.code),
    stdout: blankPerRun(run.stdout),
    stderr: blankPerRun(run.stderr),
    outputs: blankPerRun(JSON.stringify(run.outputs, null, 1)),
    summary: blankPerRun(run.summary),
    report: blankPerRun(run.reportText ?? '')
  };
}

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
});

afterAll(async () => {
  await sim.close();
});

describe('json-bigint and the answer parser write the same run', () => {
  it.each(CASES)('$name', async (each) => {
    const { job, inputs } = each;
    const jobId = `dtsparity${CASES.indexOf(each)}`;
    // A run, and the calls it made: action and page, in order.
    const runOnce = async (): Promise<{ run: ActionRun; calls: string[] }> => {
      sim.setJob(jobId, job());
      const since = sim.requests.length;
      const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, 'page-size': '2', ...inputs }));
      return { run, calls: sim.requests.slice(since).map((r) => `${r.action ?? r.path} ${r.pageNum ?? ''}`) };
    };
    const before = exactCalls;
    const exact = await withExactParse(runOnce);
    expect(exactCalls).toBeGreaterThan(before);
    const answer = await runOnce();
    // The action installed its parser: pop-core read the second run's answers with it.
    expect(jsonBigint.parse).not.toBe(exactParse);
    expect(answer.calls).toEqual(exact.calls);
    expect(written(answer.run)).toEqual(written(exact.run));
  });
});
