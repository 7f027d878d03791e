/**
 * The step of .github/workflows/self-test.yml that starts the DTS simulators, run as the runner
 * runs it (`bash --noprofile --norc -eo pipefail`), with `node` replaced by a stand-in simulator
 * that starts slowly, dies, or never says where it listens. The step must
 * wait for the endpoint however late it comes, and fail with the log, soon, when the simulator
 * has died.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/workflows.js';
import { parse as parseYaml } from 'yaml';

type Json = { [key: string]: unknown };

function startStep(): string {
  const workflow = parseYaml(readFileSync(join(ROOT, '.github', 'workflows', 'self-test.yml'), 'utf8')) as Json;
  const steps = ((workflow.jobs as Json)['self-test'] as Json).steps as Json[];
  const step = steps.find((s) => s.id === 'sim');
  if (!step || typeof step.run !== 'string') throw new Error('self-test.yml has no step `sim` with a run script');
  return step.run;
}

/** A stand-in for `node --import tsx scripts/simulator-cli.ts ...`, by `FAKE_SIMULATOR`. */
const FAKE_NODE = `#!/usr/bin/env bash
echo $$ >> "$FAKE_PIDS"
case "$FAKE_SIMULATOR" in
  slow) sleep 0.5; echo "endpoint http://127.0.0.1:4$RANDOM (job dtsbench: 40 objects = 10 tables)"; exec sleep 60 ;;
  dies) echo "Error: listen EADDRINUSE" >&2; exit 3 ;;
esac
`;

const started: string[] = [];

afterEach(() => {
  // The stand-ins this test started, by their pids.
  for (const file of started.splice(0)) {
    for (const pid of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      try {
        process.kill(Number(pid));
      } catch {
        // already gone
      }
    }
  }
});

async function runStep(fake: 'slow' | 'dies'): Promise<{ code: number | null; stdout: string; outputs: string; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dts-gate-self-test-'));
  const bin = join(dir, 'bin');
  const pids = join(dir, 'pids');
  writeFileSync(pids, '');
  started.push(pids);
  mkdirSync(bin);
  writeFileSync(join(bin, 'node'), FAKE_NODE);
  chmodSync(join(bin, 'node'), 0o755);
  const script = join(dir, 'step.sh');
  writeFileSync(script, startStep());
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const begun = Date.now();
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: dir,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, RUNNER_TEMP: dir, GITHUB_OUTPUT: output, FAKE_SIMULATOR: fake, FAKE_PIDS: pids },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, outputs: readFileSync(output, 'utf8'), ms: Date.now() - begun };
}

describe('self-test.yml: starting the simulators', () => {
  it('waits for simulators that are slow to say where they listen, and outputs both endpoints', async () => {
    const run = await runStep('slow');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatch(/^finishing=http:\/\/127\.0\.0\.1:\d+\nfailing=http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(run.ms).toBeGreaterThanOrEqual(1000); // both started, one after the other, 0.5 s each
  });

  it('fails at once, with an error and the log, when the simulator dies', async () => {
    const run = await runStep('dies');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::the simulator 'finishing' did not start");
    expect(run.stdout).toContain('Error: listen EADDRINUSE');
    expect(run.outputs).toBe('');
    // Not the whole 30 s the step allows a live simulator.
    expect(run.ms).toBeLessThan(5_000);
  });
});
