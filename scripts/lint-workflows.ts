/**
 * `npm run lint:workflows`: actionlint over .github/workflows, docs/examples and every ```yaml
 * block of the README (wrapped into the workflow it is a fragment of), the same check that
 * test/unit/workflows.test.ts makes. Prints each finding where a reader finds it and exits 1 on
 * any.
 */
import { lintTarget, lintTargets } from './workflows.js';

async function main(): Promise<number> {
  const targets = lintTargets();
  let findings = 0;
  for (const target of targets) {
    const found = await lintTarget(target);
    findings += found.length;
    for (const line of found) process.stdout.write(`${line}\n`);
  }
  process.stdout.write(`actionlint: ${targets.length} workflows and README blocks, ${findings} finding(s)\n`);
  return findings === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (thrown: unknown) => {
    process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
    process.exit(1);
  }
);
