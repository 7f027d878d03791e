/**
 * The end-to-end tests run dist/index.js, so it must be the build of the sources as they are now.
 * `npm test` builds first when it is not (its pretest script, by scripts/build-stamp.ts); run
 * alone (`npx jest test/e2e/...`) after a change to src/, the tests would check yesterday's
 * action, so the first run of dist/index.js in a test file refuses such a bundle instead.
 */
import { staleBuild } from '../scripts/build-stamp.js';

let fresh = false;

/** Throws, saying why, when dist/ under `root` is not the build of its sources (checked once). */
export function requireFreshBundle(root: string): void {
  if (fresh) return;
  const why = staleBuild(root);
  if (why !== undefined) throw new Error(`dist/ is not the build of the sources as they are (${why}): run npm run build`);
  fresh = true;
}
