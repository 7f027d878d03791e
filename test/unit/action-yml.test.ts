/**
 * action.yml against SchemaStore's metadata schema (kept in test/fixtures/schemastore), against
 * the table of inputs (src/config/table.ts; the README's table of inputs too), against the outputs
 * the action promises its users, against the Marketplace's limits, and against what src/ reads;
 * the workflow files of the repository (the example workflows in
 * docs/examples and .github/workflows) against action.yml. The files are read with the `yaml`
 * package (YAML 1.2, as GitHub reads them: `on:` stays the key "on").
 */
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readInputs } from '../../src/config/inputs.js';
import { actionDescription, INPUT_NAMES, INPUTS, shownDefault, type InputRow } from '../../src/config/table.js';
import { ROOT, workflowFiles, yamlBlocks } from '../../scripts/workflows.js';
import { parse as parseYaml } from 'yaml';

/** SchemaStore's schema of action metadata, a fixture of this repository (see its README). */
const SCHEMA_PATH = join(ROOT, 'test', 'fixtures', 'schemastore', 'github-action.json');

type Json = { [key: string]: unknown };

const isMap = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function asMap(value: unknown, what: string): Json {
  if (!isMap(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

const action = asMap(parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')), 'action.yml');
const declaredInputs = asMap(action.inputs, 'inputs');
const declaredOutputs = asMap(action.outputs, 'outputs');

const PROMISED_OUTPUTS = [
  'status',
  'total',
  'finished',
  'failed',
  'ignored',
  'pending',
  'running',
  'failed-objects',
  'report-file',
  'elapsed-seconds',
  'polls',
  'job-status',
  'delay-seconds',
  'progress',
  'eta-seconds',
  'data-check',
  'differing-tables'
];

/** The schema, or a failure that says where it was looked for (never a silent skip). */
function loadSchema(): Record<string, unknown> {
  if (!existsSync(SCHEMA_PATH)) {
    throw new Error(`The action metadata schema is missing: expected it at ${SCHEMA_PATH} (test/fixtures/schemastore/github-action.json)`);
  }
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

/** Every `.ts` file under src/, by its path from the root. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The cells of one row of a Markdown table; a `|` inside a code span or escaped does not part cells. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let code = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\' && row[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|' && !code) {
      cells.push(cell.trim());
      cell = '';
    } else {
      if (c === '`') code = !code;
      cell += c;
    }
  }
  // A row starts and ends with `|`: drop what lies before the first and after the last.
  return cells.slice(1);
}

/** The rows of the README's table of inputs: the section "## Inputs", its first table. */
function readmeInputRows(): string[][] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf('## Inputs');
  if (start < 0) throw new Error('README.md has no "## Inputs" section');
  const header = lines.findIndex((line, i) => i > start && line.startsWith('|'));
  expect(cellsOf(lines[header]!)).toEqual(['input', 'default', 'meaning']);
  const rows: string[][] = [];
  for (let i = header + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cellsOf(lines[i]!));
  return rows;
}

// ---------------------------------------------------------------------------------------------

describe('action.yml', () => {
  it('is valid against the GitHub action metadata schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(loadSchema());
    const valid = validate(action);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check has teeth: a broken action.yml is refused', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(loadSchema());
    expect(validate({ ...action, runs: { using: 'node18', main: 'dist/index.js' } })).toBe(false);
    expect(validate({ ...action, inputs: { 'job-id': { required: true } } })).toBe(false);
    expect(validate({ ...action, branding: { icon: 'database', color: 'pink' } })).toBe(false);
  });

  it('runs dist/index.js on node24', () => {
    const runs = asMap(action.runs, 'runs');
    expect(runs.using).toBe('node24');
    expect(runs.main).toBe('dist/index.js');
    expect(existsSync(join(ROOT, 'dist', 'index.js'))).toBe(true);
    expect(typeof action.name === 'string' && action.name.trim() !== '').toBe(true);
    expect(typeof action.description === 'string' && action.description.trim() !== '').toBe(true);
  });

  it('reads as its text says: its name, branding, a required input and quoted defaults', () => {
    expect(action.name).toBe('DTS Initialization Gate');
    expect(action.branding).toEqual({ icon: 'database', color: 'orange' });
    expect(asMap(declaredInputs['job-id'], 'job-id').required).toBe(true);
    expect(asMap(declaredInputs['page-size'], 'page-size').default).toBe('100');
    expect(asMap(declaredInputs['github-token'], 'github-token').default).toBe('${{ github.token }}');
  });

  it('fits the Marketplace: a description of at most 125 characters', () => {
    expect(typeof action.description).toBe('string');
    expect(String(action.description).length).toBeLessThanOrEqual(125);
  });

  it('names as author the GitHub organization that publishes it, the owner in every `uses:` of the action', () => {
    // Every reference to the published action in the README and the examples, e.g.
    // `dts-init-gate/dts-init-gate@v1`: its owner is who publishes and keeps the action.
    const texts = [
      ...yamlBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8')).map((b) => b.text),
      ...workflowFiles().map((f) => readFileSync(f, 'utf8'))
    ];
    const owners = new Set(texts.flatMap((t) => [...t.matchAll(/uses:\s*([\w.-]+)\/dts-init-gate@/g)].map((m) => m[1])));
    expect([...owners]).toEqual([action.author]);
    expect(String(action.author)).not.toMatch(/^\s*$|maintainers|your[ -]name|todo|example|placeholder/i);
  });

  it('declares the inputs of the table, every one, in its order', () => {
    expect(Object.keys(declaredInputs)).toEqual(INPUT_NAMES);
  });

  it.each(INPUT_NAMES)('declares %s as its row says: the description, required or its default', (name) => {
    const row: InputRow = INPUTS[name];
    const input = asMap(declaredInputs[name], `inputs.${name}`);
    expect(input.description).toBe(actionDescription(row));
    expect(input.required).toBe(row.required === true);
    if (row.required) expect(input).not.toHaveProperty('default');
    else expect(input.default).toBe(row.default);
  });

  it.each(PROMISED_OUTPUTS)('declares the promised output %s with a description', (name) => {
    const output = asMap(declaredOutputs[name], `outputs.${name}`);
    expect(typeof output.description).toBe('string');
    expect(String(output.description).trim()).not.toBe('');
  });

  it('declares no output it does not promise', () => {
    expect(Object.keys(declaredOutputs).sort()).toEqual([...PROMISED_OUTPUTS].sort());
  });

  it('src/ reads the inputs in one place only, readInputs, and readInputs reads every input of the table, once', () => {
    // Code lines that use core's readers, or the runner's INPUT_<NAME> variables directly
    // (`env.INPUT_X`, `env['INPUT_X']`, `` env[`INPUT_${name}`] ``); comments may name them.
    const reads = sourceFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
        .filter((line) => /\b(getInput|getBooleanInput|getMultilineInput)\b|['"`.]INPUT_[A-Z$]/.test(line))
        .map((line) => [relative(ROOT, file), line.trim()])
    );
    // The action's door alone reads the runner's variables, in the one reader it hands to
    // readInputs; no finding means the search went blind.
    expect(reads.length).toBeGreaterThan(0);
    const reader = /^const (\w+) = \(name: string\): string =>/.exec(reads.find(([, line]) => /INPUT_/.test(line!))?.[1] ?? '')?.[1];
    for (const [file, line] of reads) expect([file, /INPUT_/.test(line!)]).toEqual(['src/action/door.ts', true]);
    expect(reads).toHaveLength(1);
    expect(reader).toBeDefined();
    expect(readFileSync(join(ROOT, 'src/action/door.ts'), 'utf8')).toContain(`readInputs(${reader!}, process.env)`);

    const asked: string[] = [];
    readInputs((name) => (asked.push(name), name === 'job-id' ? 'j1' : ''), {});
    expect(asked).toEqual(INPUT_NAMES);
  });

  it("reads an empty input as action.yml's default: the runner's defaults and the action's agree", () => {
    const given: Record<string, string> = {};
    for (const [name, value] of Object.entries(declaredInputs)) {
      const fallback = asMap(value, name).default;
      // An expression such as ${{ github.token }} is the runner's to evaluate, not a value.
      if (typeof fallback === 'string' && !fallback.startsWith('${{')) given[name] = fallback;
    }
    expect(Object.keys(given)).toEqual(
      expect.arrayContaining(['timeout', 'poll-interval', 'request-timeout', 'page-size', 'oidc-audience', 'data-check'])
    );
    const withDefaults = readInputs((name) => (name === 'job-id' ? 'j1' : (given[name] ?? '')), {});
    const empty = readInputs((name) => (name === 'job-id' ? 'j1' : ''), {});
    expect(empty).toEqual(withDefaults);
  });
});

describe("the README's table of inputs", () => {
  const rows = readmeInputRows();

  it('names every input of the table once, and no other', () => {
    const named = rows.map(([input]) => input);
    expect(named).toEqual(INPUT_NAMES.map((name) => `\`${name}\``));
  });

  it.each(INPUT_NAMES)('gives %s its default and its description', (name) => {
    const row: InputRow = INPUTS[name];
    const cells = rows.find(([input]) => input === `\`${name}\``);
    expect(cells).toEqual([`\`${name}\``, shownDefault(row), row.description]);
  });
});

// ---------------------------------------------------------------------------------------------

/** `uses:` values that mean this action. */
const THIS_ACTION = /^(\.\/?|dts-init-gate\/dts-init-gate@v\d+(\.\d+\.\d+)?)$/;

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (isMap(value))
    for (const [k, v] of Object.entries(value)) {
      yield k;
      yield* strings(v);
    }
}

describe('workflow files (docs/examples, .github/workflows)', () => {
  const files = workflowFiles();

  it('exist: the examples and CI, check-dist and self-test', () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/self-test.yml',
        'docs/examples/before-cutover.yml',
        'docs/examples/pr-check.yml',
        'docs/examples/use-outputs.yml',
        'docs/examples/oidc.yml'
      ])
    );
  });

  for (const file of files) {
    it(`${relative(ROOT, file)} is a workflow that uses the action with declared inputs and outputs only`, () => {
      const workflow = asMap(parseYaml(readFileSync(file, 'utf8')), file);
      expect(workflow).toHaveProperty('on');
      const jobs = asMap(workflow.jobs, 'jobs');
      expect(Object.keys(jobs).length).toBeGreaterThan(0);
      const gateSteps = new Set<string>();
      let gates = 0;
      for (const [jobName, jobValue] of Object.entries(jobs)) {
        const job = asMap(jobValue, `jobs.${jobName}`);
        expect(job['runs-on']).toBeTruthy();
        expect(Array.isArray(job.steps)).toBe(true);
        for (const stepValue of job.steps as unknown[]) {
          const step = asMap(stepValue, `a step of ${jobName}`);
          expect(typeof step.uses === 'string' || typeof step.run === 'string').toBe(true);
          if (typeof step.uses !== 'string' || !THIS_ACTION.test(step.uses)) continue;
          gates++;
          if (typeof step.id === 'string') gateSteps.add(step.id);
          const given = asMap(step.with, `with of ${String(step.name ?? step.uses)}`);
          expect(given).toHaveProperty('job-id');
          expect(Object.keys(given).filter((k) => !(k in declaredInputs))).toEqual([]);
        }
      }
      if (!/(^|\/)(ci|check-dist)\.yml$/.test(file)) expect(gates).toBeGreaterThan(0);
      // Every `steps.<gate>.outputs.<name>` names a declared output.
      const used = [...strings(workflow)].flatMap((s) => [...s.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]);
      for (const [, stepId, output] of used) {
        if (gateSteps.has(stepId!)) expect([stepId, output, output! in declaredOutputs]).toEqual([stepId, output, true]);
      }
    });
  }
});
