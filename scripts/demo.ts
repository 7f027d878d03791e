/**
 * `npm run demo`: the action end to end, with nothing from outside this repository.
 *
 * Starts the DTS simulator on loopback with a job whose tables move NotStarted -> Migrating ->
 * Finished, one foreign key that fails and one table that copies more rows than estimated; then
 * runs the committed dist/index.js exactly as the GitHub runner would (INPUT_* variables, output
 * and summary files) and prints what a person would see: the log, the job summary, the outputs.
 */
import { startSimulator } from '../test/simulator/server.js';
import { demo } from '../test/simulator/scenarios.js';
import { runAction } from '../test/support/action.js';

const KEY = { accessKeyId: 'LTAI5tDemoKeyId', accessKeySecret: 'demo-secret-never-printed' };
const JOB = 'dtsdemo01x2y3z';

function banner(title: string): void {
  const line = '─'.repeat(Math.max(8, 78 - title.length));
  process.stdout.write(`\n\x1b[1m── ${title} ${line}\x1b[0m\n`);
}

async function main(): Promise<void> {
  const sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs: { [JOB]: demo() } });
  try {
    banner('Workflow step');
    process.stdout.write(
      [
        '- uses: dts-init-gate/dts-init-gate@v1',
        '  with:',
        `    job-id: ${JOB}`,
        '    region: cn-hangzhou',
        `    endpoint: ${sim.endpoint}     # the local DTS simulator`,
        '    poll-interval: 1s',
        '    timeout: 1m',
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
      timeout: '1m'
    });
    banner('Log');
    process.stdout.write(run.stdout);
    banner('Job summary (GITHUB_STEP_SUMMARY, markdown)');
    process.stdout.write(run.summary);
    banner('Outputs (GITHUB_OUTPUT)');
    for (const [name, value] of Object.entries(run.outputs)) process.stdout.write(`${name}=${value}\n`);
    banner('Result');
    process.stdout.write(
      `The step exited with code ${run.code}: the gate ${run.code === 0 ? 'passed' : 'stopped the pipeline'} ` +
        `after ${run.outputs.polls} polls and ${sim.dtsRequests().length} signed API calls to the simulator.\n` +
        `Every object, with the verdict and timings, is in ${run.outputs['report-file']}.\n`
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
