/**
 * `npm run demo`: the action end to end, with nothing from outside this repository.
 *
 * Starts the DTS simulator on loopback and runs the committed dist/index.js exactly as the GitHub
 * runner would (INPUT_* variables, output and summary files), then prints what a person would see:
 * the log, the job summary, the outputs.
 *
 * - `npm run demo`: a cutover gate (`max-delay: 5s`). The job passes its precheck (33%, 66%),
 *   copies six tables with the rows, the percentage and the time left climbing poll by poll, and
 *   then replicates with a delay coming down from 42 s; the gate passes once it is under 5 s.
 * - `npm run demo -- --precheck-failure`: the job fails its precheck at the second poll; the step
 *   ends at once, with each failed check and how to repair it, instead of waiting for the timeout.
 */
import { startSimulator } from '../test/simulator/server.js';
import { demoRun, precheckFailure } from '../test/simulator/jobScenarios.js';
import { runAction } from '../test/support/action.js';

const KEY = { accessKeyId: 'LTAI5tDemoKeyId', accessKeySecret: 'demo-secret-never-printed' };
const JOB = 'dtsdemo01x2y3z';
const TIMEOUT = '1m';

function banner(title: string): void {
  const line = '─'.repeat(Math.max(8, 78 - title.length));
  process.stdout.write(`\n\x1b[1m── ${title} ${line}\x1b[0m\n`);
}

async function main(): Promise<void> {
  const precheck = process.argv.includes('--precheck-failure');
  const scenario = precheck ? precheckFailure() : demoRun();
  const extra: Record<string, string> = precheck ? {} : { 'max-delay': '5s' };
  const sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs: { [JOB]: scenario } });
  try {
    banner(precheck ? 'Workflow step (a job whose precheck fails)' : 'Workflow step (a gate before a cutover)');
    process.stdout.write(
      [
        '- uses: dts-init-gate/dts-init-gate@v1',
        '  with:',
        `    job-id: ${JOB}`,
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
      : ` after ${run.outputs.polls} polls`;
    process.stdout.write(
      `The step exited with code ${run.code}: the gate ${run.code === 0 ? 'passed' : 'stopped the pipeline'}${why}, ` +
        `with ${sim.dtsRequests().length} signed API calls to the simulator.\n` +
        `Every object, with the verdict and timings, is in ${run.outputs['report-file']}.\n` +
        (precheck ? '' : 'Run `npm run demo -- --precheck-failure` for a job whose precheck fails.\n')
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
