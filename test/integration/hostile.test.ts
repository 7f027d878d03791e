/**
 * Text and answers from outside never steer the runner or the PR comment: the action's run()
 * in-process against an endpoint that says crafted things verbatim (gateway errors, `Success:
 * false`, object lists whose names, types, statuses and messages are crafted), against 2,000
 * statuses it does not know, and against a pull request with a planted comment. Lists that never
 * end: test/e2e/hostile.test.ts, through the built action.
 *
 * The log is read as the runner reads it: split on `\r`, `\n` and `\r\n`; a line is a workflow
 * command when it starts with `::` after white space, and the legacy `##[` form counts anywhere.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { person, appBot, startGithubStandIn } from '../../simulator/index.js';
import {
  constant,
  constraintEntry,
  dataEntry,
  HOSTILE_TEXTS,
  incrementalEntry,
  saysGatewayError,
  saysSuccessFalse,
  state,
  steps,
  structureEntry,
  type PollState
} from '../../simulator/index.js';
import { startSimulator, type Simulator } from '../../simulator/index.js';
import type { ActionRun } from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';
import { liveIn, renderGfm, renderingChecked, textNodes } from '../support/gfm.js';
import { runInProcess } from '../support/inProcess.js';

/** What the action itself writes as workflow commands; anything else would come from outside. */
const OWN_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'add-mask']);
/** Control, format (bidi, zero-width, tag), private-use and unassigned code points, and lone surrogates. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** A workflow command's data or property value as the runner reads it (its escapes undone). */
const unescapeCommand = (text: string): string =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** The lines of a text as the runner splits them. */
const runnerLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/**
 * Every problem the runner or a person would have with this output: a command the action does
 * not write (`::stop-commands::` among them), a command that is a line of the crafted text (an
 * annotation or mask it made), a mask of anything but the secret, `##[`, and hidden characters.
 */
function problemsOf(output: string, crafted = ''): string[] {
  const problems: string[] = [];
  const masks = new Set([KEY.accessKeySecret, encodeURIComponent(KEY.accessKeySecret)]);
  const injected = runnerLines(crafted)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::'));
  for (const line of runnerLines(output)) {
    if (line.includes('##[')) problems.push(`##[ in: ${line}`);
    const start = line.trimStart();
    const command = /^::([^\s:]+)(?: ([^:]*))?::(.*)$/.exec(start);
    const text = command ? [command[2] ?? '', command[3] ?? ''].map(unescapeCommand).join(' ') : line;
    if (start.startsWith('::')) {
      const name = command?.[1] ?? '';
      if (!OWN_COMMANDS.has(name)) problems.push(`a command the action does not write: ${line}`);
      if (injected.some((fragment) => start.startsWith(fragment))) problems.push(`a command from the crafted text: ${line}`);
      if (name === 'add-mask' && !masks.has(unescapeCommand(command?.[3] ?? ''))) problems.push(`a mask of something else: ${line}`);
    }
    // The one line break the action puts into a command is the one between an annotation's lines.
    for (const part of text.split('\n')) if (HIDDEN.test(part)) problems.push(`a hidden character in: ${JSON.stringify(part)}`);
  }
  return problems;
}

/** Every output but the two that hold raw values by design (failed-objects is JSON; the report path). */
function shownOutputs(run: ActionRun): string {
  return Object.entries(run.outputs)
    .filter(([name]) => name !== 'failed-objects' && name !== 'report-file')
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}

/** What GitHub would link or notify in a summary: live patterns in the text outside code spans. */
function liveInSummary(markdown: string): string[] {
  const html = renderGfm(markdown).replace(/<code>[\s\S]*?<\/code>/g, '');
  const links = html.match(/<a[\s>]/g) ?? [];
  return [...links.map((a) => `a link: ${a}`), ...textNodes(html).flatMap(liveIn)];
}

/** Objects of every section whose names, types, databases, statuses and errors are `text`. */
function craftedObjects(text: string): PollState {
  return state({
    structure: [
      structureEntry({
        db: text,
        name: text,
        type: text,
        status: 'Failed',
        error: text,
        constraints: [constraintEntry({ db: text, name: `fk ${text}`, type: text, status: 'Failed', error: text })]
      })
    ],
    data: [
      dataEntry({ db: 'db', name: text, status: 'Failed', error: text, total: '10', finished: '5' }),
      dataEntry({ db: 'db', name: `unknown ${text}`, status: text })
    ],
    incremental: [incrementalEntry({ db: 'db', name: text, status: 'Failed', error: text })]
  });
}

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
});

afterAll(async () => {
  await sim.close();
});

/** Runs `run` for each text, one after the other (each is a run of the action in this process). */
async function forEachText<T>(texts: readonly string[], run: (text: string, index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (const [i, text] of texts.entries()) results.push(await run(text, i));
  return results;
}

describe('the checks themselves', () => {
  it('catch a command from outside, a foreign mask, the legacy form and hidden characters', () => {
    expect(problemsOf('poll 1 · ok\n::error::x', 'Throttling\n::error::x')).toHaveLength(1);
    expect(problemsOf('  ::stop-commands::token')).toHaveLength(1);
    expect(problemsOf('::add-mask::y')).toHaveLength(1);
    expect(problemsOf('a ##[error]z')).toHaveLength(1);
    expect(problemsOf('orders\u200b')).toHaveLength(1);
    expect(problemsOf('red \u001b[31m')).toHaveLength(1);
    expect(
      problemsOf(`::add-mask::${KEY.accessKeySecret}\n::error title=t::a%0Ab\npoll 1 · Throttling ::error::x`, 'Throttling\n::error::x')
    ).toEqual([]);
  });
});

describe('crafted text from the endpoint', () => {
  it('a crafted code in the retry line and crafted objects in the poll line, annotations, warnings and summary steer nothing', async () => {
    // The retry comes at once (its jitter drawn as 0): the text is the point here, not the wait.
    jest.spyOn(Math, 'random').mockReturnValue(0);
    const runs = await forEachText(HOSTILE_TEXTS, async (text, i) => {
      const jobId = `crafted${i}`;
      // A first poll of one page, so that the second reads one page too; its first answer is a
      // throttling error with the crafted code, message and request id (a retry line), the next the
      // crafted objects (a poll line, annotations, unknown-status warnings).
      sim.setJob(
        jobId,
        steps(
          state({ data: [dataEntry({ db: 'db', name: 'first', status: 'Migrating' })] }),
          saysGatewayError({ status: 400, Code: `Throttling ${text}`, Message: text, RequestId: text }),
          craftedObjects(text)
        )
      );
      const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, 'fail-fast': 'true', timeout: '10s' }));
      return { text, run };
    }).finally(() => jest.restoreAllMocks());
    for (const { text, run } of runs) {
      expect({ text, status: run.outputs.status }).toEqual({ text, status: 'failed' });
      expect(run.stdout).toMatch(/page 1: Throttling/);
      for (const output of [run.stdout, run.stderr, run.summary, shownOutputs(run)]) {
        expect({ text, problems: problemsOf(output, text) }).toEqual({ text, problems: [] });
      }
      if (renderingChecked) expect({ text, live: liveInSummary(run.summary) }).toEqual({ text, live: [] });
    }
    // What DTS said stays visible: the crafted code reads in the retry line, with its hidden parts shown.
    const bidi = runs.find((r) => r.text.startsWith('evil'));
    expect(bidi?.run.stdout).toContain('evil<U+202E>txt.exe');
    const command = runs.find((r) => r.text === 'Throttling\n::error::x');
    expect(command?.run.stdout).toContain('Throttling Throttling ::error::x, retry 1');
  });

  it.each([
    ['a gateway error', (text: string) => saysGatewayError({ status: 403, Code: `Forbidden ${text}`, Message: text, RequestId: text })],
    ['HTTP 500 from the gateway', (text: string) => saysGatewayError({ status: 500, Code: `Bad ${text}`, Message: text, RequestId: text })],
    ['Success: false', (text: string) => saysSuccessFalse({ ErrCode: `Denied ${text}`, ErrMessage: text, RequestId: text })]
  ])('a crafted refusal (%s) ends the run in error and steers nothing', async (_kind, answer) => {
    const runs = await forEachText(HOSTILE_TEXTS, async (text, i) => {
      const jobId = `refused${answer.length}${i}${_kind.length}`;
      sim.setJob(jobId, constant(answer(text)));
      // Timeout 0, one poll: the HTTP 500 is not retried either (test 1 has a crafted code in a retry line).
      const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': jobId, timeout: '0' }));
      return { text, run };
    });
    for (const { text, run } of runs) {
      expect({ text, status: run.outputs.status }).toEqual({ text, status: 'error' });
      for (const output of [run.stdout, run.stderr, run.summary, shownOutputs(run)]) {
        expect({ text, problems: problemsOf(output, text) }).toEqual({ text, problems: [] });
      }
      if (renderingChecked) expect({ text, live: liveInSummary(run.summary) }).toEqual({ text, live: [] });
    }
  });
});

describe('statuses the action does not know', () => {
  it('2,000 distinct ones give at most eleven warning lines', async () => {
    const data = Array.from({ length: 2_000 }, (_, i) => dataEntry({ db: 'db', name: `t${i}`, status: `Weird${i}` }));
    sim.setJob('weird', constant(state({ data })));
    // Timeout 0: one poll, which sees them all, then the timeout. That poll may read its pages
    // for one request timeout: as long as a loaded machine could need for the 20 of them.
    const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'weird', timeout: '0', 'request-timeout': '1m' }));
    expect(run.outputs.status).toBe('timeout');
    expect(run.outputs.pending).toBe('2000');
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings).toHaveLength(11);
    expect(warnings[10]).toContain('1,990 more statuses the gate does not know (1,990 objects), all counted as pending');
  });
});

describe('the PR comment', () => {
  it('mentions and links nobody, and leaves a marker comment of anyone else untouched', async () => {
    const token = 'ghs_hostileCommentToken0123456789';
    const gh = await startGithubStandIn({ token });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'dts-gate-pr-'));
      const eventPath = join(dir, 'event.json');
      writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7 } }));
      const marker = '<!-- dts-init-gate:mentions -->';
      gh.comments.push(
        { id: 900, issue: 7, body: `${marker}\nplanted by a person`, user: person('mallory') },
        { id: 901, issue: 7, body: `${marker}\nplanted by another app`, user: appBot('other') }
      );
      sim.setJob(
        'mentions',
        constant(
          state({
            structure: [
              structureEntry({ db: 'shop', name: '@octocat', status: 'Failed', error: 'ask @acme/admins about #1, acme/app#2 and GH-3' })
            ],
            data: [dataEntry({ db: '@org', name: 'orders#4', status: 'Finished', total: '1', finished: '1' })]
          })
        )
      );
      const run = await runInProcess(baseInputs(sim.endpoint, { 'job-id': 'mentions', 'pr-comment': 'true', 'github-token': token }), {
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'octo-org/octo-repo',
          GITHUB_API_URL: gh.apiUrl
        }
      });
      expect(run.outputs.status).toBe('failed');
      expect(gh.comments.find((c) => c.id === 900)?.body).toBe(`${marker}\nplanted by a person`);
      expect(gh.comments.find((c) => c.id === 901)?.body).toBe(`${marker}\nplanted by another app`);
      const ours = gh.comments.filter((c) => c.id !== 900 && c.id !== 901);
      expect(ours).toHaveLength(1);
      expect(ours[0]?.body.startsWith(marker)).toBe(true);
      expect(ours[0]?.body).toContain('@<!-- -->octocat');
      if (renderingChecked) expect(liveInSummary(ours[0]?.body ?? '')).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
