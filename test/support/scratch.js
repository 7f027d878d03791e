/**
 * One scratch folder for a whole test run (Jest's globalSetup and globalTeardown): every
 * temporary folder the tests, the simulator and the runs they start make lies in it, since
 * `os.tmpdir()` reads TMPDIR, and it is removed when the run ends. Plain JavaScript: Jest loads
 * these two hooks before any transform.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KEY = 'DTS_GATE_TEST_SCRATCH';

export function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'dts-gate-tests-'));
  process.env[KEY] = dir;
  // Jest's workers, and every process they start, inherit this environment.
  process.env.TMPDIR = dir;
}

export function teardown() {
  const dir = process.env[KEY];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
