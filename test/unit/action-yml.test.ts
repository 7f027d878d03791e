/**
 * action.yml against SchemaStore's metadata schema (kept in test/fixtures/schemastore), against
 * the inputs and outputs the action promises its users, against the Marketplace's limits, and
 * against what src/ reads; the workflow files of the repository (the example workflows in
 * docs/examples and .github/workflows) against action.yml. Also the tests of the small YAML
 * reader these checks use (test/support/yaml.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULTS } from '../../src/config/inputs.js';
import { ROOT, workflowFiles, yamlBlocks } from '../support/workflows.js';
import { parseYaml, YamlError, type YamlValue } from '../support/yaml.js';

/** SchemaStore's schema of action metadata, a fixture of this repository (see its README). */
const SCHEMA_PATH = join(ROOT, 'test', 'fixtures', 'schemastore', 'github-action.json');

type Json = { [key: string]: YamlValue };

const isMap = (value: YamlValue | undefined): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function asMap(value: YamlValue | undefined, what: string): Json {
  if (!isMap(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

const action = asMap(parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')), 'action.yml');
const declaredInputs = asMap(action.inputs, 'inputs');
const declaredOutputs = asMap(action.outputs, 'outputs');

/** Every input the action promises its users (the README's table), with its default as action.yml must declare it. */
const PROMISED_INPUTS: Record<string, { default?: string; required?: true }> = {
  'job-id': { required: true },
  region: { default: '' },
  endpoint: { default: 'https://dts.aliyuncs.com' },
  'access-key-id': { default: '' },
  'access-key-secret': { default: '' },
  'security-token': { default: '' },
  'role-to-assume': { default: '' },
  'oidc-provider-arn': { default: '' },
  'oidc-audience': { default: 'sts.aliyuncs.com' },
  'sts-endpoint': { default: 'https://sts.aliyuncs.com' },
  timeout: { default: '30m' },
  'poll-interval': { default: '30s' },
  'page-size': { default: '100' },
  'fail-on-timeout': { default: 'true' },
  'fail-fast': { default: 'false' },
  ignore: { default: '' },
  'job-status': { default: 'true' },
  'max-delay': { default: '' },
  summary: { default: 'true' },
  'pr-comment': { default: 'false' },
  'github-token': { default: '${{ github.token }}' }
};

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
  'eta-seconds'
];

/** The schema, or a failure that says where it was looked for (never a silent skip). */
function loadSchema(): Record<string, unknown> {
  if (!existsSync(SCHEMA_PATH)) {
    throw new Error(`The action metadata schema is missing: expected it at ${SCHEMA_PATH} (test/fixtures/schemastore/github-action.json)`);
  }
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

/** Input names src/ reads: every `read('name')`, and the names of the `inputs` credential source. */
function inputsReadBySource(): Map<string, string[]> {
  const files = [
    join(ROOT, 'src', 'config', 'inputs.ts'),
    ...readdirSync(join(ROOT, 'src', 'credentials'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(ROOT, 'src', 'credentials', f))
  ];
  const found = new Map<string, string[]>();
  const add = (name: string, file: string): void => {
    found.set(name, [...(found.get(name) ?? []), relative(ROOT, file)]);
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bread\(\s*'([^']+)'\s*\)/g)) add(m[1]!, file);
    // credentials.ts reads the inputs source through `names: { id, secret, token }`.
    for (const m of text.matchAll(/names:\s*\{\s*id:\s*'([a-z-]+)',\s*secret:\s*'([a-z-]+)',\s*token:\s*'([a-z-]+)'\s*\}/g)) {
      for (const name of m.slice(1)) add(name!, file);
    }
  }
  return found;
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

  it.each(Object.entries(PROMISED_INPUTS))('declares the promised input %s with a description and its default', (name, spec) => {
    const input = asMap(declaredInputs[name], `inputs.${name}`);
    expect(typeof input.description).toBe('string');
    expect(String(input.description).trim()).not.toBe('');
    if (spec.required) {
      expect(input.required).toBe(true);
      expect(input).not.toHaveProperty('default');
    } else {
      expect(input.required).not.toBe(true);
      expect(input.default).toBe(spec.default);
    }
  });

  it.each(PROMISED_OUTPUTS)('declares the promised output %s with a description', (name) => {
    const output = asMap(declaredOutputs[name], `outputs.${name}`);
    expect(typeof output.description).toBe('string');
    expect(String(output.description).trim()).not.toBe('');
  });

  it('declares no output it does not promise', () => {
    expect(Object.keys(declaredOutputs).sort()).toEqual([...PROMISED_OUTPUTS].sort());
  });

  it('gives every input, promised or not, a description', () => {
    for (const [name, value] of Object.entries(declaredInputs)) {
      const input = asMap(value, `inputs.${name}`);
      expect([name, typeof input.description === 'string' && input.description.trim() !== '']).toEqual([name, true]);
    }
  });

  it('declares every input src/ reads, and src/ reads every declared input', () => {
    const read = inputsReadBySource();
    // A grep that finds almost nothing means the code changed shape, not that all is well.
    expect(read.size).toBeGreaterThanOrEqual(Object.keys(PROMISED_INPUTS).length);
    for (const [name, files] of read) expect([name, files, name in declaredInputs]).toEqual([name, files, true]);
    expect(Object.keys(declaredInputs).filter((name) => !read.has(name))).toEqual([]);
  });

  it('has the defaults src/ falls back to when an input arrives empty', () => {
    const defaultOf = (name: string): YamlValue | undefined => asMap(declaredInputs[name], name).default;
    expect(defaultOf('endpoint')).toBe(DEFAULTS.endpoint);
    expect(defaultOf('sts-endpoint')).toBe(DEFAULTS.stsEndpoint);
    expect(defaultOf('oidc-audience')).toBe(DEFAULTS.oidcAudience);
    expect(defaultOf('timeout')).toBe(DEFAULTS.timeout);
    expect(defaultOf('poll-interval')).toBe(DEFAULTS.pollInterval);
    expect(defaultOf('page-size')).toBe(String(DEFAULTS.pageSize));
    if ('request-timeout' in declaredInputs) expect(defaultOf('request-timeout')).toBe(DEFAULTS.requestTimeout);
  });
});

// ---------------------------------------------------------------------------------------------

/** `uses:` values that mean this action. */
const THIS_ACTION = /^(\.\/?|dts-init-gate\/dts-init-gate@v\d+(\.\d+\.\d+)?)$/;

function* strings(value: YamlValue): Generator<string> {
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
        for (const stepValue of job.steps as YamlValue[]) {
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

// ---------------------------------------------------------------------------------------------

describe('the YAML reader (test/support/yaml.ts)', () => {
  it('reads action.yml the way its text says', () => {
    expect(action.name).toBe('DTS Initialization Gate');
    expect(action.branding).toEqual({ icon: 'database', color: 'orange' });
    expect(asMap(declaredInputs['job-id'], 'job-id').required).toBe(true);
    expect(asMap(declaredInputs['page-size'], 'page-size').default).toBe('100');
    expect(asMap(declaredInputs['github-token'], 'github-token').default).toBe('${{ github.token }}');
  });

  it('reads mappings, sequences, compact mappings in sequences and sequences at the key indentation', () => {
    const text = [
      '# a comment',
      'on:',
      '  push:',
      '    branches: [main, "release/*", \'v*\']',
      '  pull_request:',
      'jobs:',
      '  gate:',
      '    runs-on: ubuntu-latest   # trailing comment',
      '    steps:',
      '    - uses: actions/checkout@v6',
      '    - name: Gate',
      '      id: gate',
      '      with:',
      '        job-id: dtsabc',
      '        ignore: "*.tmp_*"',
      '    -',
      '      run: echo hi',
      'list:',
      '  - - a',
      '    - b',
      '  - c',
      'empty: {}',
      'none: []'
    ].join('\n');
    expect(parseYaml(text)).toEqual({
      on: { push: { branches: ['main', 'release/*', 'v*'] }, pull_request: null },
      jobs: {
        gate: {
          'runs-on': 'ubuntu-latest',
          steps: [
            { uses: 'actions/checkout@v6' },
            { name: 'Gate', id: 'gate', with: { 'job-id': 'dtsabc', ignore: '*.tmp_*' } },
            { run: 'echo hi' }
          ]
        }
      },
      list: [['a', 'b'], 'c'],
      empty: {},
      none: []
    });
  });

  it('resolves plain scalars by the core schema and keeps quoted ones as strings', () => {
    const value = parseYaml(
      [
        'a: true',
        'b: False',
        'c: 24',
        'd: -1.5e3',
        'e: ~',
        'f:',
        "g: 'true'",
        'h: "24"',
        "i: 'it''s'",
        'j: "tab\\there \\u00e9 \\"q\\""',
        'k: yes',
        'l: 1.2.3',
        'm: a#b',
        'n: ${{ github.token }}',
        'o: http://127.0.0.1:8080/x'
      ].join('\n')
    );
    expect(value).toEqual({
      a: true,
      b: false,
      c: 24,
      d: -1500,
      e: null,
      f: null,
      g: 'true',
      h: '24',
      i: "it's",
      j: 'tab\there é "q"',
      k: 'yes',
      l: '1.2.3',
      m: 'a#b',
      n: '${{ github.token }}',
      o: 'http://127.0.0.1:8080/x'
    });
  });

  it('reads literal and folded block scalars with their chomping', () => {
    const text = [
      'literal: |',
      '  line one',
      '    indented',
      '',
      '  line three',
      '',
      'strip: |-',
      '  no newline',
      'keep: |+',
      '  kept',
      '',
      '',
      'folded: >',
      '  one',
      '  two',
      '',
      '  three',
      '    more indented',
      '  four',
      'emptyBlock: |',
      'after: x'
    ].join('\n');
    expect(parseYaml(text)).toEqual({
      literal: 'line one\n  indented\n\nline three\n',
      strip: 'no newline',
      keep: 'kept\n\n\n',
      folded: 'one two\nthree\n  more indented\nfour\n',
      emptyBlock: '',
      after: 'x'
    });
  });

  it('reads a run: | script with `#` and `: ` inside it verbatim', () => {
    const text = ['steps:', '  - run: |', '      # not a comment', '      echo "status: $STATUS"', '  - run: done'].join('\n');
    expect(parseYaml(text)).toEqual({ steps: [{ run: '# not a comment\necho "status: $STATUS"\n' }, { run: 'done' }] });
  });

  it.each([
    ['a tab in the indentation', 'a:\n\tb: 1', /line 2: tabs/],
    ['a duplicate key', 'a: 1\nb: 2\na: 3', /line 3: duplicate key "a"/],
    ['an anchor', 'a: &x 1', /line 1: anchors/],
    ['an alias', 'a: *x', /line 1: anchors/],
    ['a tag', 'a: !!str 1', /line 1: anchors/],
    ['a multi-line plain scalar', 'a: one\n  two', /line 2: multi-line plain/],
    ['a multi-line quoted scalar', 'a: "one\n  two"', /line 1: a quoted scalar must end/],
    ['": " in a plain scalar', 'run: echo status: x', /line 1: ": " is not allowed/],
    ['a flow mapping', 'a: {b: 1}', /line 1: flow mappings/],
    ['a nested flow sequence', 'a: [[1], 2]', /line 1: nested flow/],
    ['two documents', 'a: 1\n---\nb: 2', /line 2: only one document/],
    ['bad indentation', 'a:\n    b: 1\n  c: 2', /line 3: unexpected indentation/],
    ['a block scalar indentation indicator', 'a: |2\n  x', /line 1: unsupported block scalar header/]
  ])('refuses %s with the line number', (_what, text, message) => {
    expect(() => parseYaml(text)).toThrow(YamlError);
    expect(() => parseYaml(text)).toThrow(message);
  });

  it('reads an empty document as null and allows one leading ---', () => {
    expect(parseYaml('')).toBeNull();
    expect(parseYaml('# only a comment\n')).toBeNull();
    expect(parseYaml('---\na: 1\n')).toEqual({ a: 1 });
  });
});
