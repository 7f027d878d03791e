/**
 * actionlint over every workflow a user or this repository runs: .github/workflows, the complete
 * examples of docs/examples, and every ```yaml block of the README, each wrapped into the
 * smallest complete workflow it is a fragment of (scripts/workflows.ts). The same check is
 * `npm run lint:workflows`.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionlint, asWorkflow, lintTarget, lintTargets, ROOT, yamlBlocks } from '../../scripts/workflows.js';

const targets = lintTargets();

describe('actionlint', () => {
  it('has every workflow, every example and every README block to lint', () => {
    const names = targets.map((t) => t.name);
    for (const file of ['.github/workflows/ci.yml', '.github/workflows/check-dist.yml', '.github/workflows/self-test.yml']) {
      expect(names).toContain(file);
    }
    expect(names.filter((n) => n.startsWith('docs/examples/')).length).toBeGreaterThanOrEqual(4);
    const blocks = yamlBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.startsWith('README.md:'))).toHaveLength(blocks.length);
  });

  it.each(targets.map((t) => [t.name, t] as const))('finds nothing wrong in %s', async (_name, target) => {
    expect(await lintTarget(target)).toEqual([]);
  });
});

describe('README blocks as workflows', () => {
  it('wraps a list of steps, at whatever indentation, as the steps of one job', () => {
    const wrapped = asWorkflow(['      - uses: actions/checkout@v6', '      - run: echo hi', ''].join('\n'));
    expect(wrapped.kind).toBe('steps');
    expect(wrapped.workflow).toBe(
      [
        'on: workflow_dispatch',
        'jobs:',
        '  example:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v6',
        '      - run: echo hi',
        ''
      ].join('\n')
    );
    expect(wrapped.firstLine).toBe(6);
  });

  it('wraps a job body as the one job, giving it a runner only when it has none', () => {
    const job = asWorkflow(['permissions:', '  id-token: write', 'steps:', '  - run: echo hi', ''].join('\n'));
    expect(job.kind).toBe('job');
    expect(job.workflow).toBe(
      [
        'on: workflow_dispatch',
        'jobs:',
        '  example:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      id-token: write',
        '    steps:',
        '      - run: echo hi',
        ''
      ].join('\n')
    );
    expect(asWorkflow('runs-on: macos-latest\nsteps:\n  - run: echo hi\n').workflow).not.toContain('ubuntu-latest');
  });

  it('gives a workflow without a trigger one, and leaves a whole workflow as it is', () => {
    const jobs = 'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
    expect(asWorkflow(jobs)).toEqual({ kind: 'workflow without a trigger', workflow: `on: workflow_dispatch\n${jobs}`, firstLine: 2 });
    expect(asWorkflow(`on: push\n${jobs}`)).toEqual({ kind: 'workflow', workflow: `on: push\n${jobs}`, firstLine: 1 });
  });

  it('refuses a block it cannot place, rather than passing it unchecked', () => {
    expect(() => asWorkflow('inputs:\n  job-id: x\n')).toThrow(/cannot tell what this YAML is a fragment of/);
  });

  it('reads the README blocks with the line each starts on', () => {
    const markdown = [
      '# T',
      '',
      '### Steps',
      '',
      '```yaml',
      '- run: echo hi',
      '```',
      '',
      '```sh',
      'npm test',
      '```',
      '```yml',
      'on: push',
      '```'
    ].join('\n');
    expect(yamlBlocks(markdown)).toEqual([
      { text: '- run: echo hi\n', line: 6, heading: 'Steps' },
      { text: 'on: push\n', line: 13, heading: 'Steps' }
    ]);
    expect(() => yamlBlocks('```yaml\non: push\n')).toThrow(/never closed/);
  });
});

describe('actionlint catches a broken snippet', () => {
  // The README's "Using the outputs" block as it once was: its last `run:` holds ": " in a plain
  // scalar, which YAML refuses ("Invalid workflow file" on GitHub).
  const OLD_USING_THE_OUTPUTS = [
    '      - id: dts',
    '        uses: dts-init-gate/dts-init-gate@v1',
    '        with:',
    '          job-id: dtsi76118o3w92',
    "      - if: ${{ always() && steps.dts.outputs.failed != '0' && steps.dts.outputs.failed != '' }}",
    '        env:',
    '          FIRST: ${{ fromJSON(steps.dts.outputs.failed-objects)[0].name }}',
    '        run: echo "First failed object: $FIRST"',
    ''
  ].join('\n');

  it('refuses the old "Using the outputs" block, at the line of the README block that is wrong', async () => {
    const wrapped = asWorkflow(OLD_USING_THE_OUTPUTS);
    const findings = await actionlint(wrapped.workflow, 'README.md');
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'syntax-check', message: expect.stringMatching(/could not parse as YAML/) })
    ]);
    // Line 8 of the block, the `run:` line.
    expect(findings[0]!.line - wrapped.firstLine + 1).toBe(8);
  });

  it('refuses a workflow with an unknown key, an undefined step output and a bad expression', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs_on: ubuntu-latest',
      '    steps:',
      '      - id: dts',
      '        uses: dts-init-gate/dts-init-gate@v1',
      '      - run: echo "${{ steps.nope.outputs.status }} ${{ github.no_such_field }}"',
      ''
    ].join('\n');
    const kinds = (await actionlint(workflow, 'broken.yml')).map((f) => `${f.line}:${f.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['4:syntax-check', '8:expression']));
  });
});
