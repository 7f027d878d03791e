/** What a run refused for a bad input leaves, whether it ran in a process of its own or in this one. */
import { expect } from '@jest/globals';
import type { ActionRun } from '../../simulator/index.js';

/**
 * The step failed before any call (the caller checks the simulator saw none), with one
 * `::error::` line naming `input` and saying `says`, nothing on stderr, and the outputs, the
 * summary and the report file written all the same.
 */
export function expectInputRefused(run: ActionRun, input: string, says: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.outputs).toMatchObject({ status: 'error', total: '0', polls: '0', 'failed-objects': '[]' });
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(input);
  expect(errors[0]).toMatch(says);
  // The summary says what went wrong, and the report file names the error.
  expect(run.summary).toContain(input);
  expect(run.report).toMatchObject({ status: 'error', error: { code: 'InputError' } });
  expect(run.stderr).toBe('');
}
