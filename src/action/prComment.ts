/**
 * `pr-comment`: create or update one comment on the pull request with the summary.
 *
 * The comment is recognised by a hidden marker (an HTML comment given by the caller, e.g.
 * `<!-- dts-init-gate:job1,job2 -->`) so that a re-run updates the comment instead of adding one,
 * and only among the comments written by the identity of the token: anyone may write the marker
 * into a comment of their own, and such a comment is never edited (editing it would show the
 * gate's result under their name, where they can change it). GitHub tells a token's identity by
 * GraphQL `viewer { login }` for every kind of token: a user's login for a personal access token,
 * `<app>[bot]` for a GitHub App installation token, `github-actions[bot]` for the workflow's
 * GITHUB_TOKEN (itself an installation token). REST `GET /user` answers only user tokens, and
 * refuses installation tokens with 403 "Resource not accessible by integration"; it is asked
 * only when GraphQL cannot be. When neither tells, no comment is edited and a new one is made.
 * Nothing here may fail the gate: every problem becomes a warning and the result 'skipped'.
 *
 * The comment says nothing but the marker and the body it is given: what it shows from outside
 * is neutralized where the body is rendered. GitHub's messages that land in warnings go through
 * safeLine, with the token removed.
 *
 * `@actions/github` is imported lazily, only when a comment is really going to be written: it is
 * a large module graph (octokit, undici) that costs cold-start time, and on import it reads
 * `process.env.GITHUB_EVENT_PATH` and `GITHUB_API_URL` itself.
 */
import { safeLine, safeQuoted } from '../text/safe.js';
import { isLoopback } from '../config/endpoint.js';
import { asRecord } from '../core/scalar.js';
import { pullRequestOf } from './pullRequest.js';

export interface PrCommentArgs {
  token: string;
  body: string;
  marker: string;
  /** GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL. */
  env: Record<string, string | undefined>;
  log: { info(m: string): void; warning(m: string): void };
}

type PrCommentResult = 'created' | 'updated' | 'skipped';

/** GitHub refuses issue/PR comment bodies longer than this (the caller keeps well under it). */
export const MAX_COMMENT_CHARS = 65_536;

/** Longest piece of a message from GitHub (or the network) quoted in a warning. */
const MAX_SAID_CHARS = 500;

/** Longest marker accepted; it is an identifier, not content. */
const MAX_MARKER_CHARS = 1_024;

/** Budget for all the requests of one upsert (list pages plus the write). */
const REQUEST_BUDGET_MS = 60_000;

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

const DEFAULT_API_URL = 'https://api.github.com';

export async function upsertPrComment(args: PrCommentArgs): Promise<PrCommentResult> {
  const { log } = args;
  try {
    return await upsert(args);
  } catch (error) {
    // Last resort: upsert() handles the errors it expects; this keeps the promise from rejecting.
    safeWarn(log, `pr-comment: could not write the pull-request comment: ${errorText(error, args.token)}`);
    return 'skipped';
  }
}

async function upsert(args: PrCommentArgs): Promise<PrCommentResult> {
  const { env, log, token, marker } = args;

  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!PR_EVENTS.has(eventName)) {
    log.info(
      `pr-comment: skipped: the run was triggered by ${eventName ? `a ${safeQuoted(eventName, 100)} event` : 'an unknown event'}, ` +
        'and a pull-request comment is written only on "pull_request" and "pull_request_target" events.'
    );
    return 'skipped';
  }
  if (!token) {
    log.warning('pr-comment: skipped: "github-token" is empty, so the pull-request comment cannot be written.');
    return 'skipped';
  }
  if (!marker.trim() || marker.length > MAX_MARKER_CHARS) {
    // An empty marker would match every comment on the pull request.
    log.warning('pr-comment: skipped: the comment marker is empty or too long (this is a bug in the action).');
    return 'skipped';
  }

  const target = await pullRequestOf(env);
  if (typeof target === 'string') {
    log.warning(`pr-comment: skipped: ${target}`);
    return 'skipped';
  }

  const commentBody = `${marker}\n${args.body}`;
  if (commentBody.length > MAX_COMMENT_CHARS) {
    log.warning(
      `pr-comment: skipped: the comment would be ${commentBody.length} characters long, over the ${MAX_COMMENT_CHARS} GitHub ` +
        'accepts (this is a bug in the action; the job summary has the full result).'
    );
    return 'skipped';
  }

  let github: typeof import('@actions/github');
  let utils: typeof import('@actions/github/lib/utils');
  try {
    github = await import('@actions/github');
    utils = await import('@actions/github/lib/utils');
  } catch (error) {
    log.warning(`pr-comment: skipped: could not load @actions/github: ${errorText(error, token)}`);
    return 'skipped';
  }

  const baseUrl = (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  const octokit = github.getOctokit(token, {
    baseUrl,
    request: requestOptions(baseUrl, utils.defaults)
  });

  const { owner, repo, number: issue_number } = target;
  try {
    const identity = await tokenIdentity(octokit, token);
    if (identity.login === undefined) {
      log.warning(
        `pr-comment: could not tell whose comments are the action's own (GitHub did not say who "github-token" is: ` +
          `${identity.why}); no comment is updated, a new one is created.`
      );
    }
    const own = identity.login?.toLowerCase();
    let existing: { id: number } | undefined;
    if (own !== undefined) {
      await octokit.paginate(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { owner, repo, issue_number, per_page: 100 },
        (response, done) => {
          if (!existing) {
            existing = response.data.find(
              (comment) => comment.user?.login?.toLowerCase() === own && typeof comment.body === 'string' && comment.body.includes(marker)
            );
            if (existing) done();
          }
          return [];
        }
      );
    }

    if (existing) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        comment_id: existing.id,
        body: commentBody
      });
      log.info(`pr-comment: updated comment ${existing.id} on pull request #${issue_number}.`);
      return 'updated';
    }

    const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number,
      body: commentBody
    });
    log.info(`pr-comment: created comment ${created.data.id} on pull request #${issue_number}.`);
    return 'created';
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
      log.warning(
        `pr-comment: could not write the pull-request comment (HTTP ${status}): the token needs ` +
          '"pull-requests: write" permission (add `permissions: pull-requests: write` to the job; ' +
          'on pull requests from forks the token is read-only). ' +
          `GitHub said: ${errorText(error, token)}. The gate result is not affected.`
      );
    } else {
      log.warning(
        `pr-comment: could not write the pull-request comment` +
          `${status === undefined ? '' : ` (HTTP ${status})`}: ${errorText(error, token)}. The gate result is not affected.`
      );
    }
    return 'skipped';
  }
}

/**
 * The request options for octokit. `@actions/github` builds its defaults once, when it is first
 * imported: `baseUrl` from `process.env.GITHUB_API_URL`, and a `fetch` whose proxy dispatcher was
 * chosen (from HTTP(S)_PROXY / NO_PROXY) for that URL only. Passing `request` replaces those
 * defaults whole (octokit merges options shallowly), so we pass them on explicitly, except for a
 * loopback API URL that is not the one the defaults were made for (a local stand-in): the
 * library's proxy fetch would send it to the proxy, which `@actions/http-client` itself never
 * does for loopback hosts; plain `fetch` goes there directly.
 */
function requestOptions(baseUrl: string, defaults: { baseUrl?: string; request?: Record<string, unknown> }): Record<string, unknown> {
  const signal = AbortSignal.timeout(REQUEST_BUDGET_MS);
  const libraryBase = (defaults.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  if (baseUrl !== libraryBase && isLoopbackUrl(baseUrl)) {
    return { fetch: globalThis.fetch, signal };
  }
  return { ...(defaults.request ?? {}), signal };
}

function isLoopbackUrl(url: string): boolean {
  return URL.canParse(url) && isLoopback(new URL(url).hostname);
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

/**
 * The login GitHub reports for the token: GraphQL `viewer { login }` answers for user and
 * installation tokens alike; REST `GET /user` is asked when GraphQL cannot be (it refuses
 * installation tokens with 403). When both were answered but neither said, `why` tells what
 * GitHub said; a failure to reach GitHub at all, or bad credentials, is thrown as it is (the
 * comment could not be written either).
 */
async function tokenIdentity(octokit: Octokit, token: string): Promise<{ login?: string; why: string }> {
  let viewer: string;
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = answer.viewer?.login;
    if (typeof login === 'string' && login !== '') return { login, why: '' };
    viewer = 'the answer has no login';
  } catch (error) {
    viewer = errorText(error, token);
  }
  try {
    const { data } = await octokit.request('GET /user');
    if (typeof data.login === 'string' && data.login !== '') return { login: data.login, why: '' };
    return { why: `GraphQL viewer: ${viewer}; GET /user: the answer has no login` };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 404) throw error;
    return { why: `GraphQL viewer: ${viewer}; GET /user: HTTP ${status}, ${errorText(error, token)}` };
  }
}

/** The HTTP status of an octokit RequestError that got an answer; undefined for transport errors
 *  (octokit reports those as status 500 without a response). */
function httpStatus(error: unknown): number | undefined {
  const e = asRecord(error);
  if (!e || typeof e.status !== 'number') return undefined;
  return e.response === undefined ? undefined : e.status;
}

/** A one-line description of an error, safe for the log, with the token (if any) removed. */
function errorText(error: unknown, token: string): string {
  const e = asRecord(error);
  let text = error instanceof Error || (e && typeof e.message === 'string') ? String((e as { message: unknown }).message) : String(error);
  const cause = asRecord(e?.cause);
  if (cause && typeof cause.message === 'string' && !text.includes(cause.message)) text += ` (${cause.message})`;
  return safeLine(text, MAX_SAID_CHARS, { secrets: token ? [token] : [] }) || 'unknown error';
}

function safeWarn(log: PrCommentArgs['log'], message: string): void {
  try {
    log.warning(message);
  } catch {
    // The comment must never fail the gate, not even through its logger.
  }
}
