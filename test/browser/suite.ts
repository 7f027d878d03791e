/**
 * A jest suite that needs cmark-gfm and chromium. Without them it is one skipped test whose name
 * says what is missing and how to install it (and a warning in the output), so that `npm test`
 * passes on a machine that has only Node; with REQUIRE_BROWSER=1 (as in CI) it is one failing
 * test instead, so the browser test can never be skipped unnoticed.
 */
import { describe, test } from '@jest/globals';
import { findTools, type Tools } from './github-render.js';

export function browserSuite(name: string, body: (tools: Tools) => void): void {
  const check = findTools();
  if (check.tools) {
    const tools = check.tools;
    describe(name, () => body(tools));
  } else if (process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      test('finds cmark-gfm and chromium (REQUIRE_BROWSER=1)', () => {
        throw new Error(`${check.message} REQUIRE_BROWSER=1 makes this a failure instead of a skip.`);
      });
    });
  } else {
    const note = `Skipped: ${check.message} (REQUIRE_BROWSER=1 makes this a failure.)`;
    console.warn(note);
    describe(name, () => {
      test.skip(note, () => undefined);
    });
  }
}
