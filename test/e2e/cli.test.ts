/**
 * The command line: the built bin, dist/cli/index.js, run as a CI job runs it against the DTS
 * simulator. Its exit codes, its files and JSON beside the action's for the same run, and what
 * it never prints: a workflow command, a secret, an escape sequence in a CI log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CliRun,
  dataFailure,
  percentEncode,
  runAction,
  runCli,
  seedExample,
  type Simulator,
  startSimulator,
  stuck,
  successFalse
} from '../../simulator/index.js';
import { ROOT } from '../../scripts/workflows.js';
import { INPUT_NAMES, INPUTS } from '../../src/config/table.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { parse as parseYaml } from 'yaml';

const ROLE = 'acs:ram::1234567890123456:role/github-dts';
const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/github';
const REQUEST_TOKEN = 'ghs_RequestToken+For/Oidc=Cli';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({
    region: 'cn-hangzhou',
    credentials: [KEY],
    sts: { roleArn: ROLE, providerArn: PROVIDER },
    oidc: { requestToken: REQUEST_TOKEN },
    jobs: { seed: seedExample(), datafail: dataFailure(), stuck: stuck(), successfalse: successFalse() }
  });
});

afterAll(async () => {
  await sim.close();
});

/** The credentials where the command line takes them from: the environment. */
const KEY_ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret };

/** The flags of baseInputs (the e2e tests' inputs), credentials left out. */
function flags(overrides: Record<string, string> = {}): string[] {
  const inputs: Record<string, string> = baseInputs(sim.endpoint, overrides);
  delete inputs['access-key-id'];
  delete inputs['access-key-secret'];
  return Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value]);
}

/** Every run's streams, checked together at the end as well. */
const runs: CliRun[] = [];
const SECRETS = [KEY.accessKeySecret, REQUEST_TOKEN];

async function cli(args: string[], options: Parameters<typeof runCli>[1] = {}): Promise<CliRun> {
  const run = await runCli(args, { ...options, env: { ...KEY_ENV, ...options.env } });
  runs.push(run);
  return run;
}

/** No workflow command, no escape sequence (not a terminal), no secret in any form, on either stream. */
function expectClean(run: CliRun, secrets: readonly string[] = SECRETS): void {
  for (const [name, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr]
  ] as const) {
    expect([name, text.match(/^\s*::.*$/m)?.[0] ?? null, text.includes('##['), text.includes('\x1b')]).toEqual([name, null, false, false]);
    for (const secret of secrets) {
      for (const form of [secret, encodeURIComponent(secret), percentEncode(secret), percentEncode(percentEncode(secret))]) {
        expect([name, text.includes(form)]).toEqual([name, false]);
      }
    }
  }
}

describe('exit codes', () => {
  it('0 when the synchronization finished, with the plain poll lines of the action', async () => {
    const run = await cli(flags({ 'job-id': 'seed' }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^poll 1 · seed: structure 1\/1 finished/m);
    expect(run.stdout).toMatch(/^Initial synchronization finished: 2 objects finished/m);
    expect(run.stderr).toBe('');
    expectClean(run);
  });

  it('1 when an object failed, naming it', async () => {
    const run = await cli(flags({ 'job-id': 'datafail' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^- datafail\/data sales\.invoices: DTS-070211 .*NumberFormatException/m);
    expectClean(run);
  });

  it('2 on a timeout, 0 with --fail-on-timeout false', async () => {
    const timedOut = await cli(flags({ 'job-id': 'stuck', timeout: '500ms', 'poll-interval': '200ms' }));
    expect(timedOut.code).toBe(2);
    expect(timedOut.stdout).toMatch(/^Timed out with \d+ objects? still pending\./m);
    const passed = await cli(flags({ 'job-id': 'stuck', timeout: '500ms', 'fail-on-timeout': 'false' }));
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain('fail-on-timeout is false');
    expectClean(timedOut);
    expectClean(passed);
  });

  it('3 for bad input, missing credentials, an API error, a bad flag; before any call where it can be', async () => {
    const before = sim.requests.length;
    const badInput = await cli(flags({ 'job-id': 'seed', 'page-size': '0' }));
    const noKeys = await runCli(flags({ 'job-id': 'seed' }));
    runs.push(noKeys);
    const unknownFlag = await cli([...flags({ 'job-id': 'seed' }), '--jobs', 'x']);
    const secretFlag = await cli([...flags({ 'job-id': 'seed' }), '--access-key-secret', 'Flag+Secret/Value=9']);
    expect(sim.requests.length).toBe(before);
    const api = await cli(flags({ 'job-id': 'successfalse' }));
    for (const run of [badInput, noKeys, unknownFlag, secretFlag, api]) expect(run.code).toBe(3);
    expect(badInput.stdout).toMatch(/page-size must be a whole number from 1 to 100; got "0"/);
    expect(noKeys.stdout).toMatch(/No Alibaba Cloud credentials/);
    expect(unknownFlag.stdout).toContain('unknown flag --jobs (see dts-init-gate --help)');
    expect(secretFlag.stdout).toMatch(/--access-key-secret is not a flag: .*shell's history/);
    expect(api.stdout).toMatch(/DTS could not be read: .*RequestId/);
    expectClean(secretFlag, [...SECRETS, 'Flag+Secret/Value=9']);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const) {
    it(`${code} when ${signal} cancels the wait, with every file written`, async () => {
      const summaryFile = `summary-${signal}.md`;
      const run = await cli(
        [...flags({ 'job-id': 'stuck', 'poll-interval': '30s', timeout: '10m' }), '--json', '--summary-file', summaryFile],
        {
          cancel: { signal, when: (_stdout, stderr) => /^poll 1 /m.test(stderr) }
        }
      );
      expect(run.code).toBe(code);
      expect(run.signal).toBeNull(); // it ended by itself
      const outputs = JSON.parse(run.stdout) as Record<string, string>;
      expect(outputs).toMatchObject({ status: 'cancelled', polls: '1', pending: '1' });
      expect(run.stderr).toContain(`${signal} received: stopping and reporting what was seen so far.`);
      expect(readFileSync(join(run.dir, summaryFile), 'utf8')).toMatch(/cancelled/);
      expect(JSON.parse(readFileSync(outputs['report-file']!, 'utf8'))).toMatchObject({ status: 'cancelled' });
      expectClean(run);
    });
  }
});

describe('beside the action, for the same run', () => {
  /** What differs by nature between two runs: the report file's name and the time they took. */
  const normal = (summary: string): string =>
    summary.replace(/dts-init-gate-[\w-]+\.json/g, 'REPORT.json').replace(/\*\*Elapsed:\*\* [^·]+·/g, '**Elapsed:** T ·');

  for (const jobId of ['seed', 'datafail']) {
    it(`--summary-file writes what the action writes as its job summary (${jobId})`, async () => {
      const action = await runAction(baseInputs(sim.endpoint, { 'job-id': jobId }));
      const run = await cli([...flags({ 'job-id': jobId }), '--summary-file', 'summary.md']);
      const summary = readFileSync(join(run.dir, 'summary.md'), 'utf8');
      expect(action.summary.length).toBeGreaterThan(500);
      // One renderer: the same page, but for how to keep the report file, which only the
      // runner's temporary folder needs.
      const keep = / It is deleted with the runner when the job ends; to keep it, [^\n]*/;
      expect(action.summary).toMatch(keep);
      expect(summary).not.toMatch(keep);
      expect(summary).not.toContain('upload-artifact');
      expect(normal(summary)).toBe(normal(action.summary).replace(keep, ''));
      expectClean(run);
    });
  }

  it('--json prints one object with exactly the outputs of action.yml, the log on stderr', async () => {
    const outputNames = Object.keys((parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { outputs: object }).outputs);
    const action = await runAction(baseInputs(sim.endpoint, { 'job-id': 'datafail' }));
    const run = await cli([...flags({ 'job-id': 'datafail' }), '--json', '--report-file', 'report.json']);
    expect(run.stdout.split('\n')).toHaveLength(2); // one line, and the newline that ends it
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(Object.keys(outputs).sort()).toEqual(outputNames.sort());
    expect(Object.keys(action.outputs).sort()).toEqual(outputNames.sort());
    const same = (o: Record<string, string>) => ({ ...o, 'report-file': '', 'elapsed-seconds': '' });
    expect(same(outputs)).toEqual(same(action.outputs));
    expect(outputs['report-file']).toBe(join(run.dir, 'report.json'));
    expect(existsSync(outputs['report-file']!)).toBe(true);
    expect(run.stderr).toMatch(/^poll 1 · datafail/m);
    expectClean(run);
  });

  it('takes credentials from an OIDC token where the CI gives one, and prints none of them', async () => {
    const issuedBefore = sim.issuedCredentials.length;
    const run = await cli(
      [...flags({ 'job-id': 'seed' }), '--role-to-assume', ROLE, '--oidc-provider-arn', PROVIDER, '--sts-endpoint', sim.endpoint],
      {
        env: {
          ALIBABA_CLOUD_ACCESS_KEY_ID: '',
          ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidcRequestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
        }
      }
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`credentials from OIDC (role ${ROLE})`);
    const issued = sim.issuedCredentials[issuedBefore]!;
    const idToken = sim.stsCalls[sim.stsCalls.length - 1]!.params.OIDCToken!;
    expectClean(run, [...SECRETS, issued.accessKeySecret, issued.securityToken!, idToken]);
  });
});

describe('the bin', () => {
  it('--help lists every flag of the input table, and none of the inputs that are not flags', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const name of INPUT_NAMES) {
      expect([name, new RegExp(`^  --${name} VALUE`, 'm').test(run.stdout)]).toEqual([name, INPUTS[name].commandLine === 'flag']);
    }
  });

  it('--version says the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await cli(['--version'])).stdout).toBe(`dts-init-gate ${version}\n`);
  });

  it('holds none of GitHub’s code: neither @actions/core nor @actions/github is bundled', () => {
    const stats = JSON.parse(readFileSync(join(ROOT, '.build', 'ncc-stats-cli.json'), 'utf8')) as { modules: unknown[] };
    const modules = JSON.stringify(stats.modules);
    expect(modules).toContain('node_modules/@alicloud/pop-core');
    expect(modules).not.toContain('node_modules/@actions/');
    for (const file of readdirSync(join(ROOT, 'dist', 'cli')).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(ROOT, 'dist', 'cli', file), 'utf8');
      // Functions of @actions/core (how it writes a command, a file command) and of @actions/github.
      expect([file, /\b(toCommandValue|issueFileCommand|getOctokit)\b/.exec(text)?.[0]]).toEqual([file, undefined]);
    }
  });

  it('loads the OIDC token source only for role-to-assume: a copy without its lazy chunk runs', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'dts-gate-cli-copy-'));
    cpSync(join(ROOT, 'dist', 'cli'), copy, { recursive: true });
    const chunks = readdirSync(copy).filter((f) => /^\d+\.index\.js$/.test(f));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) rmSync(join(copy, chunk));
    const run = await cli(flags({ 'job-id': 'seed' }), { script: join(copy, 'index.js') });
    rmSync(copy, { recursive: true, force: true });
    expect(run.code).toBe(0);
  });

  it('printed no workflow command and no secret in any run', () => {
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) expectClean(run);
  });
});
