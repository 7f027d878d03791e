/**
 * `upsertPrComment` against the local GitHub stand-in (test/simulator/github.ts).
 *
 * process.env deliberately points GITHUB_API_URL at an unreachable host and sets HTTP(S)_PROXY to a
 * dead port before `@actions/github` is first imported: the library builds its base URL and its
 * proxy-aware fetch from process.env at import time, and these tests prove that the stand-in URL
 * given in `args.env` wins and that a loopback stand-in is not sent through the proxy.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MAX_COMMENT_CHARS, upsertPrComment, type PrCommentArgs } from '../../src/report/prComment.js';
import { startGithubStandIn, type GithubStandIn } from '../simulator/github.js';

const TOKEN = 'ghs_test-token-0123456789';
const MARKER = '<!-- dts-init-gate:dtsjob1,dtsjob2 -->';
const PR = 42;

const PROXY_VARS = ['GITHUB_API_URL', 'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'];
const savedEnv: Record<string, string | undefined> = {};

let dir = '';
let prEventPath = '';
const standIns: GithubStandIn[] = [];

beforeAll(async () => {
  for (const name of PROXY_VARS) savedEnv[name] = process.env[name];
  process.env.GITHUB_API_URL = 'http://github-api.invalid';
  for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) process.env[name] = 'http://127.0.0.1:9';
  delete process.env.NO_PROXY;
  delete process.env.no_proxy;

  dir = await mkdtemp(join(tmpdir(), 'pr-comment-'));
  prEventPath = await writeEvent('pull_request.json', { action: 'synchronize', number: PR, pull_request: { number: PR } });
});

afterAll(async () => {
  for (const name of PROXY_VARS) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(standIns.splice(0).map((s) => s.close()));
});

async function writeEvent(name: string, payload: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(payload));
  return path;
}

async function standIn(options: { forbidden?: boolean; token?: string } = { token: TOKEN }): Promise<GithubStandIn> {
  const s = await startGithubStandIn(options);
  standIns.push(s);
  return s;
}

interface Logged {
  info: string[];
  warning: string[];
}

function call(
  gh: GithubStandIn | undefined,
  overrides: Partial<Omit<PrCommentArgs, 'log'>> & { envOverrides?: Record<string, string | undefined> } = {}
): { logged: Logged; run: Promise<Awaited<ReturnType<typeof upsertPrComment>>> } {
  const logged: Logged = { info: [], warning: [] };
  const env: Record<string, string | undefined> = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: prEventPath,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: gh?.apiUrl,
    ...overrides.envOverrides
  };
  const run = upsertPrComment({
    token: overrides.token ?? TOKEN,
    body: overrides.body ?? '## DTS initialization: finished\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    marker: overrides.marker ?? MARKER,
    env,
    log: { info: (m) => logged.info.push(m), warning: (m) => logged.warning.push(m) }
  });
  return { logged, run };
}

describe('upsertPrComment', () => {
  it('creates one comment with the marker on the first call, with the token and at the stand-in URL', async () => {
    const gh = await standIn();
    const { run, logged } = call(gh, { body: 'first summary' });

    await expect(run).resolves.toBe('created');
    expect(logged.warning).toEqual([]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]).toMatchObject({ issue: PR, body: `${MARKER}\nfirst summary` });

    const writes = gh.requests.filter((r) => r.method !== 'GET');
    expect(writes).toEqual([{ method: 'POST', path: `/repos/octo-org/octo-repo/issues/${PR}/comments`, auth: `token ${TOKEN}` }]);
    const lists = gh.requests.filter((r) => r.method === 'GET');
    expect(lists.length).toBeGreaterThanOrEqual(1);
    expect(lists[0]?.path).toMatch(new RegExp(`^/repos/octo-org/octo-repo/issues/${PR}/comments\\?.*per_page=100`));
  });

  it('updates the same comment on the second call (still one comment, new body)', async () => {
    const gh = await standIn();
    await expect(call(gh, { body: 'first summary' }).run).resolves.toBe('created');
    const id = gh.comments[0]?.id;

    const { run, logged } = call(gh, { body: 'second summary' });
    await expect(run).resolves.toBe('updated');
    expect(logged.warning).toEqual([]);
    expect(gh.comments).toEqual([{ id, issue: PR, body: `${MARKER}\nsecond summary` }]);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/octo-org/octo-repo/issues/comments/${id}`]);
  });

  it('leaves comments with another marker, and other pull requests, alone', async () => {
    const gh = await standIn();
    const otherMarker = '<!-- dts-init-gate:dtsjob1 -->';
    gh.comments.push(
      { id: 1, issue: PR, body: `${otherMarker}\nsummary of another step` },
      { id: 2, issue: PR, body: 'LGTM, thanks!' },
      { id: 3, issue: PR + 1, body: `${MARKER}\nsame marker, other pull request` }
    );

    await expect(call(gh, { body: 'ours v1' }).run).resolves.toBe('created');
    await expect(call(gh, { body: 'ours v2' }).run).resolves.toBe('updated');

    expect(gh.comments.slice(0, 3)).toEqual([
      { id: 1, issue: PR, body: `${otherMarker}\nsummary of another step` },
      { id: 2, issue: PR, body: 'LGTM, thanks!' },
      { id: 3, issue: PR + 1, body: `${MARKER}\nsame marker, other pull request` }
    ]);
    expect(gh.comments).toHaveLength(4);
    expect(gh.comments[3]).toMatchObject({ issue: PR, body: `${MARKER}\nours v2` });
  });

  it('finds its comment behind more than 100 others (pages through the list)', async () => {
    const gh = await standIn();
    for (let i = 1; i <= 230; i++) gh.comments.push({ id: i, issue: PR, body: `comment ${i}` });
    gh.comments.push({ id: 231, issue: PR, body: `${MARKER}\nold summary` });
    for (let i = 232; i <= 240; i++) gh.comments.push({ id: i, issue: PR, body: `comment ${i}` });

    const { run, logged } = call(gh, { body: 'new summary' });
    await expect(run).resolves.toBe('updated');
    expect(logged.warning).toEqual([]);

    expect(gh.comments).toHaveLength(240);
    expect(gh.comments.find((c) => c.id === 231)?.body).toBe(`${MARKER}\nnew summary`);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    const pages = gh.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.path, 'http://x').searchParams.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('does not create a second comment when ours is on a later page', async () => {
    const gh = await standIn();
    for (let i = 1; i <= 150; i++) gh.comments.push({ id: i, issue: PR, body: `comment ${i}` });
    gh.comments.push({ id: 151, issue: PR, body: `${MARKER}\nold` });

    await expect(call(gh, { body: 'a' }).run).resolves.toBe('updated');
    await expect(call(gh, { body: 'b' }).run).resolves.toBe('updated');
    expect(gh.comments.filter((c) => c.body.includes(MARKER))).toEqual([{ id: 151, issue: PR, body: `${MARKER}\nb` }]);
  });

  it('skips with a warning about "pull-requests: write" on 403, without throwing', async () => {
    const gh = await standIn({ forbidden: true, token: TOKEN });
    const { run, logged } = call(gh);

    await expect(run).resolves.toBe('skipped');
    expect(gh.comments).toHaveLength(0);
    expect(gh.requests.some((r) => r.method === 'POST')).toBe(true);
    expect(logged.warning).toHaveLength(1);
    expect(logged.warning[0]).toContain('HTTP 403');
    expect(logged.warning[0]).toContain('pull-requests: write');
    expect(logged.warning[0]).not.toContain(TOKEN);
  });

  it('skips with a warning naming the status on other HTTP errors, never showing the token', async () => {
    const gh = await standIn({ token: 'the-right-token' });
    const { run, logged } = call(gh, { token: TOKEN });

    await expect(run).resolves.toBe('skipped');
    expect(logged.warning).toHaveLength(1);
    expect(logged.warning[0]).toContain('HTTP 401');
    expect(logged.warning[0]).toContain('Bad credentials');
    expect(logged.warning[0]).not.toContain(TOKEN);
    expect(gh.comments).toHaveLength(0);
  });

  it('skips with a warning, and no throw, when the API cannot be reached', async () => {
    const gh = await standIn();
    const apiUrl = gh.apiUrl;
    await gh.close();
    standIns.splice(standIns.indexOf(gh), 1);

    const { run, logged } = call(undefined, { envOverrides: { GITHUB_API_URL: apiUrl } });
    await expect(run).resolves.toBe('skipped');
    expect(logged.warning).toHaveLength(1);
    expect(logged.warning[0]).toMatch(/^pr-comment: could not write the pull-request comment/);
    expect(logged.warning[0]).not.toContain(TOKEN);
  });

  it('skips a push event without any request', async () => {
    const gh = await standIn();
    const pushEvent = await writeEvent('push.json', { ref: 'refs/heads/main' });
    const { run, logged } = call(gh, { envOverrides: { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: pushEvent } });

    await expect(run).resolves.toBe('skipped');
    expect(gh.requests).toEqual([]);
    expect(logged.warning).toEqual([]);
    expect(logged.info.join('\n')).toMatch(/skipped.*"push"/);
  });

  it('skips with a warning when the token is empty, without any request', async () => {
    const gh = await standIn();
    const { run, logged } = call(gh, { token: '' });

    await expect(run).resolves.toBe('skipped');
    expect(gh.requests).toEqual([]);
    expect(logged.warning).toHaveLength(1);
    expect(logged.warning[0]).toContain('github-token');
  });

  it('works on pull_request_target with the number at the top of the payload', async () => {
    const gh = await standIn();
    const targetEvent = await writeEvent('target.json', { action: 'opened', number: 7 });
    const { run } = call(gh, { envOverrides: { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: targetEvent } });

    await expect(run).resolves.toBe('created');
    expect(gh.comments).toEqual([expect.objectContaining({ issue: 7 })]);
  });

  it('cuts an overlong body at a line boundary under 65,536 characters and says so', async () => {
    const gh = await standIn();
    const lines = Array.from({ length: 1500 }, (_, i) => `| row ${String(i).padStart(4, '0')} | ${'x'.repeat(80)} |`);
    const body = lines.join('\n');
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS);

    const { run, logged } = call(gh, {
      body,
      envOverrides: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '123456' }
    });
    await expect(run).resolves.toBe('created');
    expect(logged.warning).toEqual([]);

    const stored = gh.comments[0]?.body ?? '';
    expect(stored.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(stored.length).toBeGreaterThan(MAX_COMMENT_CHARS - 1000);
    expect(stored.startsWith(`${MARKER}\n`)).toBe(true);
    expect(stored).toMatch(/cut/);
    expect(stored).toMatch(/job summary/);
    expect(stored).toContain('https://github.com/octo-org/octo-repo/actions/runs/123456');

    // Everything before the notice is whole lines of the original body, in order.
    const [kept = ''] = stored.slice(MARKER.length + 1).split('\n\n_This comment was cut');
    const keptLines = kept.split('\n');
    expect(keptLines.length).toBeGreaterThan(500);
    expect(keptLines).toEqual(lines.slice(0, keptLines.length));

    // The cut comment is still found (and updated) by its marker.
    await expect(call(gh, { body: body + '\nmore' }).run).resolves.toBe('updated');
    expect(gh.comments).toHaveLength(1);
  });

  it('cuts a single overlong line too, without splitting a surrogate pair', async () => {
    const gh = await standIn();
    const body = '😀'.repeat(40_000); // 80,000 UTF-16 code units, no newline
    await expect(call(gh, { body }).run).resolves.toBe('created');

    const stored = gh.comments[0]?.body ?? '';
    expect(stored.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const [kept = ''] = stored.slice(MARKER.length + 1).split('\n\n_This comment was cut');
    expect(kept.length).toBeGreaterThan(60_000);
    expect(kept).toBe('😀'.repeat(kept.length / 2));
  });

  it('loads @actions/github only lazily (no static import in the module)', async () => {
    const source = await readFile(fileURLToPath(new URL('../../src/report/prComment.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/^\s*import\s[^;]*from\s+['"]@actions\/github/m);
    expect(source).not.toMatch(/^\s*import\s+['"]@actions\/github/m);
    expect(source).toMatch(/await import\(['"]@actions\/github['"]\)/);
  });
});
