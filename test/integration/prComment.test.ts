/**
 * `upsertPrComment` against the local GitHub stand-in (simulator/github.ts).
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

import { MAX_COMMENT_CHARS, upsertPrComment, type PrCommentArgs } from '../../src/action/prComment.js';
import { appBot, type GithubStandIn, type GithubStandInOptions, person, startGithubStandIn, WORKFLOW_BOT } from '../../simulator/index.js';

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

async function standIn(options: GithubStandInOptions = { token: TOKEN }): Promise<GithubStandIn> {
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

/** The requests that read or write comments (not those that ask who the token is). */
const commentRequests = (gh: GithubStandIn) => gh.requests.filter((r) => r.path.startsWith('/repos/'));

describe('upsertPrComment', () => {
  it('creates one comment with the marker on the first call, with the token and at the stand-in URL', async () => {
    const gh = await standIn();
    const { run, logged } = call(gh, { body: 'first summary' });

    await expect(run).resolves.toBe('created');
    expect(logged.warning).toEqual([]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]).toMatchObject({ issue: PR, body: `${MARKER}\nfirst summary`, user: WORKFLOW_BOT });

    const writes = commentRequests(gh).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([{ method: 'POST', path: `/repos/octo-org/octo-repo/issues/${PR}/comments`, auth: `token ${TOKEN}` }]);
    // Who the token is, asked once, with the token.
    expect(gh.requests.filter((r) => !r.path.startsWith('/repos/'))).toEqual([
      { method: 'POST', path: '/graphql', auth: `token ${TOKEN}` }
    ]);
    const lists = commentRequests(gh).filter((r) => r.method === 'GET');
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
    expect(gh.comments).toEqual([{ id, issue: PR, body: `${MARKER}\nsecond summary`, user: WORKFLOW_BOT }]);
    expect(commentRequests(gh).filter((r) => r.method === 'POST')).toHaveLength(1);
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
    expect(commentRequests(gh).filter((r) => r.method === 'POST')).toHaveLength(0);
    const pages = commentRequests(gh)
      .filter((r) => r.method === 'GET')
      .map((r) => new URL(r.path, 'http://x').searchParams.get('page') ?? '1');
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
    expect(commentRequests(gh).some((r) => r.method === 'POST')).toBe(true);
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

  it('refuses a body over 65,536 characters before any request, with a warning', async () => {
    const gh = await standIn();
    const body = 'x'.repeat(MAX_COMMENT_CHARS);
    const { run, logged } = call(gh, { body });

    await expect(run).resolves.toBe('skipped');
    expect(gh.requests).toEqual([]);
    expect(logged.warning).toHaveLength(1);
    expect(logged.warning[0]).toMatch(/over the 65536 GitHub accepts/);
  });

  it('ignores a marker comment planted by someone else and makes its own, then updates only its own', async () => {
    const gh = await standIn();
    const planted = [
      { id: 11, issue: PR, body: `${MARKER}\nplanted by a person`, user: person('mallory') },
      { id: 12, issue: PR, body: `${MARKER}\nplanted by another app`, user: appBot('other-app') }
    ];
    gh.comments.push(...planted.map((c) => ({ ...c })));

    await expect(call(gh, { body: 'ours v1' }).run).resolves.toBe('created');
    await expect(call(gh, { body: 'ours v2' }).run).resolves.toBe('updated');

    expect(gh.comments.slice(0, 2)).toEqual(planted);
    expect(gh.comments).toHaveLength(3);
    expect(gh.comments[2]).toMatchObject({ body: `${MARKER}\nours v2`, user: WORKFLOW_BOT });
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
      `/repos/octo-org/octo-repo/issues/comments/${gh.comments[2]?.id}`
    ]);
  });

  it("with a personal access token, its user's comment is the one updated, not the workflow bot's", async () => {
    const pat = 'github_pat_0123456789abcdef';
    const gh = await standIn({ tokens: { [pat]: person('release-manager'), [TOKEN]: WORKFLOW_BOT } });
    gh.comments.push(
      { id: 21, issue: PR, body: `${MARKER}\nwritten by the workflow token`, user: WORKFLOW_BOT },
      // GitHub compares logins without regard to case.
      { id: 22, issue: PR, body: `${MARKER}\nwritten by the PAT earlier`, user: person('Release-Manager') }
    );

    await expect(call(gh, { token: pat, body: 'new' }).run).resolves.toBe('updated');
    expect(gh.comments.map((c) => [c.id, c.body])).toEqual([
      [21, `${MARKER}\nwritten by the workflow token`],
      [22, `${MARKER}\nnew`]
    ]);
  });

  it("with another GitHub App's installation token, that app's bot is the identity (GraphQL viewer)", async () => {
    const appToken = 'ghs_app-installation-token-42';
    const gh = await standIn({ tokens: { [appToken]: appBot('dts-gate') } });
    gh.comments.push({ id: 31, issue: PR, body: `${MARKER}\nby github-actions`, user: WORKFLOW_BOT });

    await expect(call(gh, { token: appToken, body: 'v1' }).run).resolves.toBe('created');
    await expect(call(gh, { token: appToken, body: 'v2' }).run).resolves.toBe('updated');
    expect(gh.comments.map((c) => [c.user?.login, c.body])).toEqual([
      ['github-actions[bot]', `${MARKER}\nby github-actions`],
      ['dts-gate[bot]', `${MARKER}\nv2`]
    ]);
  });

  it('without GraphQL, GET /user tells a user token; an installation token (403 there) edits nothing and comments anew', async () => {
    const pat = 'github_pat_fedcba9876543210';
    const gh = await standIn({ graphql: false, tokens: { [pat]: person('release-manager'), [TOKEN]: WORKFLOW_BOT } });
    gh.comments.push({ id: 41, issue: PR, body: `${MARKER}\nby the PAT`, user: person('release-manager') });
    gh.comments.push({ id: 42, issue: PR, body: `${MARKER}\nby the workflow bot`, user: WORKFLOW_BOT });

    await expect(call(gh, { token: pat, body: 'pat v2' }).run).resolves.toBe('updated');
    expect(gh.comments.find((c) => c.id === 41)?.body).toBe(`${MARKER}\npat v2`);
    expect(gh.requests.filter((r) => r.path === '/user')).toHaveLength(1);

    const { run, logged } = call(gh, { token: TOKEN, body: 'bot v2' });
    await expect(run).resolves.toBe('created');
    expect(gh.comments.find((c) => c.id === 42)?.body).toBe(`${MARKER}\nby the workflow bot`);
    expect(gh.comments).toHaveLength(3);
    expect(logged.warning).toHaveLength(1);
    expect(logged.warning[0]).toMatch(/could not tell whose comments are the action's own/);
    expect(logged.warning[0]).toMatch(/GET \/user: HTTP 403, Resource not accessible by integration/);
    expect(logged.warning[0]).not.toContain(TOKEN);
  });

  it("writes GitHub's words into a warning as one safe line, without the token", async () => {
    const crafted = `nope\r\n::error::owned\n##[warning]x \u001b[31m@octocat\u202e ${TOKEN}`;
    const gh = await standIn({ token: TOKEN, refuseWrites: { status: 403, message: crafted } });
    const { run, logged } = call(gh);

    await expect(run).resolves.toBe('skipped');
    expect(logged.warning).toHaveLength(1);
    const warning = logged.warning[0] ?? '';
    expect(warning.split(/\r\n|\r|\n/)).toHaveLength(1);
    expect(warning).not.toContain('##[');
    expect(warning).not.toContain(TOKEN);
    expect(warning).toContain('nope ::error::owned ## [warning]x <U+001B>[31m@octocat<U+202E> ***');
  });

  it('loads @actions/github only lazily (no static import in the module)', async () => {
    const source = await readFile(fileURLToPath(new URL('../../src/action/prComment.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/^\s*import\s[^;]*from\s+['"]@actions\/github/m);
    expect(source).not.toMatch(/^\s*import\s+['"]@actions\/github/m);
    expect(source).toMatch(/await import\(['"]@actions\/github['"]\)/);
  });
});
