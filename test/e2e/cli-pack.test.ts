/**
 * The command line as a user gets it: `npm pack`'s tarball, run with `npx` in a clean folder
 * outside the repository, with an npm cache of its own. The tarball must hold everything the bin
 * needs (it has no dependencies to install), the lazy chunk included.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ROOT } from '../../scripts/workflows.js';
import { runCli, seedExample, type Simulator, startSimulator } from '../../simulator/index.js';
import { KEY } from '../support/fixtures.js';

let sim: Simulator;
let scratch: string;
let tarball: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dts-gate-pack-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  tarball = join(
    scratch,
    readdirSync(scratch).find((f) => f.endsWith('.tgz'))!
  );
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs: { seed: seedExample() } });
});

afterAll(async () => {
  await sim.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** `npx ./dts-init-gate-<version>.tgz ...args` in a clean folder that holds the tarball alone. */
let folders = 0;
function npx(args: string[], env: Record<string, string> = {}) {
  const clean = join(scratch, `clean-${++folders}`);
  mkdirSync(clean, { recursive: true });
  copyFileSync(tarball, join(clean, basename(tarball)));
  return runCli(['--yes', `./${basename(tarball)}`, ...args], {
    script: execFileSync('sh', ['-c', 'command -v npx'], { encoding: 'utf8' }).trim(),
    cwd: clean,
    killAfterMs: 120_000,
    env: { npm_config_cache: join(scratch, 'npm-cache'), npm_config_update_notifier: 'false', ...env }
  });
}

describe('npm pack + npx', () => {
  it('holds the bin, its chunks and the licences, and nothing of the action', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(files).toContain('package/dist/cli/index.js');
    expect(files).toContain('package/dist/licenses.txt');
    expect(files.filter((f) => /^package\/dist\/cli\/\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
    expect(files).not.toContain('package/dist/index.js');
    expect(files.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
  });

  it('runs --help, and a run against the simulator, from the tarball in a clean folder', async () => {
    const help = await npx(['--help']);
    expect(help.dir.startsWith(ROOT)).toBe(false);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: dts-init-gate --job-id ID/);
    const run = await npx(['--job-id', 'seed', '--endpoint', sim.endpoint, '--json'], {
      ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'finished', polls: '1' });
  });
});
