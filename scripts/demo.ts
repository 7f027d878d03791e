/**
 * `npm run demo`: the action end to end, with nothing from outside this repository.
 *
 * Starts the DTS simulator on loopback and runs the committed dist/index.js exactly as the GitHub
 * runner would (INPUT_* variables, output and summary files), then prints what a person would see:
 * the log, the job summary, the outputs.
 *
 * - `npm run demo`: a cutover gate (`max-delay: 5s`) on the task ID, as a person copies it from
 *   the DTS console; the gate looks up its instance ID first. The job passes its precheck (33%,
 *   66%), copies six tables with the rows, the percentage and the time left climbing poll by poll
 *   (DTS retrying the destination for two polls on the way: one warning), and then replicates
 *   with a delay coming down from 42 s; DTS verifies the full data of every table meanwhile, and
 *   the gate passes once the verification found every table the same and the delay is under 5 s.
 * - `npm run demo -- --precheck-failure`: the job fails its precheck at the second poll; the step
 *   ends at once, with each failed check and how to repair it, instead of waiting for the timeout.
 * - `npm run demo -- --data-differs`: the copy finishes, but the full data verification finds two
 *   tables whose rows differ at both ends: the gate stops the pipeline, naming both.
 * - `npm run demo -- --cli` (with any of the above): the same gate as the command line,
 *   dist/cli/index.js, on this terminal: the live display, then the verdict and the exit code.
 */
import { spawn } from 'node:child_process';
import {
  DEMO_TASK_ID,
  demoTask,
  precheckFailure,
  runAction,
  startSimulator,
  verificationDiffers,
  type Simulator
} from '../simulator/index.js';

const KEY = { accessKeyId: 'LTAI5tDemoKeyId', accessKeySecret: 'demo-secret-never-printed' };
/** The instance ID of the demo's task; the workflow names the task by its task ID. */
const INSTANCE = 'dtsdemo01x2y3z';
const TIMEOUT = '1m';

function banner(title: string): void {
  const line = '─'.repeat(Math.max(8, 78 - title.length));
  process.stdout.write(`\n\x1b[1m── ${title} ${line}\x1b[0m\n`);
}

/** The command line on this terminal, as an operator runs it; resolves with its exit code. */
function runCommandLine(sim: Simulator, jobId: string, extra: Record<string, string>): Promise<number | null> {
  const flags = { 'job-id': jobId, region: 'cn-hangzhou', endpoint: sim.endpoint, 'poll-interval': '1s', timeout: TIMEOUT, ...extra };
  const args = Object.entries(flags).flatMap(([name, value]) => [`--${name}`, value]);
  process.stdout.write(`$ dts-init-gate ${args.join(' ')}\n`);
  const env = { ...process.env, ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret };
  const child = spawn(process.execPath, ['dist/cli/index.js', ...args], { env, stdio: 'inherit' });
  return new Promise((done) => child.on('close', (code) => done(code)));
}

async function main(): Promise<void> {
  const precheck = process.argv.includes('--precheck-failure');
  const differs = process.argv.includes('--data-differs');
  const job = precheck
    ? { scenario: precheckFailure(), taskId: DEMO_TASK_ID }
    : differs
      ? verificationDiffers({ taskId: DEMO_TASK_ID })
      : demoTask();
  const JOB = DEMO_TASK_ID;
  const extra: Record<string, string> = precheck || differs ? {} : { 'max-delay': '5s' };
  const sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs: { [INSTANCE]: job } });
  try {
    if (process.argv.includes('--cli')) {
      const code = await runCommandLine(sim, JOB, extra);
      process.stdout.write(`\nexit code ${code}\n`);
      return;
    }
    banner(
      precheck
        ? 'Workflow step (a job whose precheck fails)'
        : differs
          ? 'Workflow step (a copy whose data verification finds differences)'
          : 'Workflow step (a gate before a cutover)'
    );
    process.stdout.write(
      [
        '- uses: dts-init-gate/dts-init-gate@v1',
        '  with:',
        `    job-id: ${JOB}     # the task ID, as the DTS console shows it`,
        '    region: cn-hangzhou',
        `    endpoint: ${sim.endpoint}     # the local DTS simulator`,
        '    poll-interval: 1s',
        `    timeout: ${TIMEOUT}`,
        ...Object.entries(extra).map(([name, value]) => `    ${name}: ${value}`),
        ''
      ].join('\n')
    );
    const run = await runAction({
      'job-id': JOB,
      region: 'cn-hangzhou',
      endpoint: sim.endpoint,
      'access-key-id': KEY.accessKeyId,
      'access-key-secret': KEY.accessKeySecret,
      'poll-interval': '1s',
      timeout: TIMEOUT,
      ...extra
    });
    banner('Log');
    process.stdout.write(run.stdout);
    banner('Job summary (GITHUB_STEP_SUMMARY, markdown)');
    process.stdout.write(run.summary);
    banner('Outputs (GITHUB_OUTPUT)');
    for (const [name, value] of Object.entries(run.outputs)) process.stdout.write(`${name}=${value}\n`);
    banner('Result');
    const why = precheck
      ? `: the step ended at poll ${run.outputs.polls} of a ${TIMEOUT} timeout, as soon as the precheck failed`
      : differs
        ? `: the data verification found ${run.outputs['differing-tables']} tables that differ, at poll ${run.outputs.polls}`
        : ` after ${run.outputs.polls} polls`;
    process.stdout.write(
      `The step exited with code ${run.code}: the gate ${run.code === 0 ? 'passed' : 'stopped the pipeline'}${why}, ` +
        `with ${sim.dtsRequests().length} signed API calls to the simulator.\n` +
        `Every object, with the verdict and timings, is in ${run.outputs['report-file']}.\n` +
        (precheck || differs
          ? ''
          : 'Run `npm run demo -- --precheck-failure` for a job whose precheck fails, ' +
            '`npm run demo -- --data-differs` for a verification that finds differences.\n')
    );
    if (run.stderr.trim()) {
      banner('stderr');
      process.stdout.write(run.stderr);
    }
  } finally {
    await sim.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
