export const id = 477;
export const ids = [477];
export const modules = {

/***/ 4477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertPrComment: () => (/* binding */ upsertPrComment)
});

// UNUSED EXPORTS: MAX_COMMENT_CHARS

// EXTERNAL MODULE: ./src/text/safe.ts + 1 modules
var safe = __webpack_require__(8125);
// EXTERNAL MODULE: ./src/config/endpoint.ts + 1 modules
var endpoint = __webpack_require__(5657);
// EXTERNAL MODULE: ./src/core/scalar.ts
var scalar = __webpack_require__(447);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/action/pullRequest.ts
/**
 * Which pull request a run is for: the repository from `GITHUB_REPOSITORY` (else the event's
 * own), the number from the event payload at `GITHUB_EVENT_PATH`, as the runner writes them.
 */



/** The pull request of the run, or why it is not known (a sentence for a warning). */
async function pullRequestOf(env) {
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath)
        return 'GITHUB_EVENT_PATH is not set, so the pull-request number is unknown.';
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8'));
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return `could not read the event payload ${(0,safe/* safeLine */.om)(eventPath, 500)}: ${(0,safe/* safeLine */.om)(why, 500) || 'unknown error'}`;
    }
    const record = (0,scalar/* asRecord */.qY)(payload);
    const number = prNumber((0,scalar/* asRecord */.qY)(record?.pull_request)?.number) ?? prNumber(record?.number);
    if (number === undefined)
        return 'the event payload has no pull-request number.';
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    if (match?.[1] && match[2])
        return { owner: match[1], repo: match[2], number };
    const repository = (0,scalar/* asRecord */.qY)(record?.repository);
    const login = (0,scalar/* asRecord */.qY)(repository?.owner)?.login;
    if (typeof login === 'string' && login !== '' && typeof repository?.name === 'string' && repository.name !== '') {
        return { owner: login, repo: repository.name, number };
    }
    return 'GITHUB_REPOSITORY is not set to "owner/repo".';
}
function prNumber(value) {
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

;// CONCATENATED MODULE: ./src/action/prComment.ts
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




/** GitHub refuses issue/PR comment bodies longer than this (the caller keeps well under it). */
const MAX_COMMENT_CHARS = 65_536;
/** Longest piece of a message from GitHub (or the network) quoted in a warning. */
const MAX_SAID_CHARS = 500;
/** Longest marker accepted; it is an identifier, not content. */
const MAX_MARKER_CHARS = 1_024;
/** Budget for all the requests of one upsert (list pages plus the write). */
const REQUEST_BUDGET_MS = 60_000;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const DEFAULT_API_URL = 'https://api.github.com';
async function upsertPrComment(args) {
    const { log } = args;
    try {
        return await upsert(args);
    }
    catch (error) {
        // Last resort: upsert() handles the errors it expects; this keeps the promise from rejecting.
        safeWarn(log, `pr-comment: could not write the pull-request comment: ${errorText(error, args.token)}`);
        return 'skipped';
    }
}
async function upsert(args) {
    const { env, log, token, marker } = args;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (!PR_EVENTS.has(eventName)) {
        log.info(`pr-comment: skipped: the run was triggered by ${eventName ? `a ${(0,safe/* safeQuoted */.OO)(eventName, 100)} event` : 'an unknown event'}, ` +
            'and a pull-request comment is written only on "pull_request" and "pull_request_target" events.');
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
        log.warning(`pr-comment: skipped: the comment would be ${commentBody.length} characters long, over the ${MAX_COMMENT_CHARS} GitHub ` +
            'accepts (this is a bug in the action; the job summary has the full result).');
        return 'skipped';
    }
    let github;
    let utils;
    try {
        github = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
        utils = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 8665));
    }
    catch (error) {
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
            log.warning(`pr-comment: could not tell whose comments are the action's own (GitHub did not say who "github-token" is: ` +
                `${identity.why}); no comment is updated, a new one is created.`);
        }
        const own = identity.login?.toLowerCase();
        let existing;
        if (own !== undefined) {
            await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number, per_page: 100 }, (response, done) => {
                if (!existing) {
                    existing = response.data.find((comment) => comment.user?.login?.toLowerCase() === own && typeof comment.body === 'string' && comment.body.includes(marker));
                    if (existing)
                        done();
                }
                return [];
            });
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
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 404) {
            log.warning(`pr-comment: could not write the pull-request comment (HTTP ${status}): the token needs ` +
                '"pull-requests: write" permission (add `permissions: pull-requests: write` to the job; ' +
                'on pull requests from forks the token is read-only). ' +
                `GitHub said: ${errorText(error, token)}. The gate result is not affected.`);
        }
        else {
            log.warning(`pr-comment: could not write the pull-request comment` +
                `${status === undefined ? '' : ` (HTTP ${status})`}: ${errorText(error, token)}. The gate result is not affected.`);
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
function requestOptions(baseUrl, defaults) {
    const signal = AbortSignal.timeout(REQUEST_BUDGET_MS);
    const libraryBase = (defaults.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    if (baseUrl !== libraryBase && isLoopbackUrl(baseUrl)) {
        return { fetch: globalThis.fetch, signal };
    }
    return { ...(defaults.request ?? {}), signal };
}
function isLoopbackUrl(url) {
    return URL.canParse(url) && (0,endpoint/* isLoopback */.U9)(new URL(url).hostname);
}
/**
 * The login GitHub reports for the token: GraphQL `viewer { login }` answers for user and
 * installation tokens alike; REST `GET /user` is asked when GraphQL cannot be (it refuses
 * installation tokens with 403). When both were answered but neither said, `why` tells what
 * GitHub said; a failure to reach GitHub at all, or bad credentials, is thrown as it is (the
 * comment could not be written either).
 */
async function tokenIdentity(octokit, token) {
    let viewer;
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        const login = answer.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return { login, why: '' };
        viewer = 'the answer has no login';
    }
    catch (error) {
        viewer = errorText(error, token);
    }
    try {
        const { data } = await octokit.request('GET /user');
        if (typeof data.login === 'string' && data.login !== '')
            return { login: data.login, why: '' };
        return { why: `GraphQL viewer: ${viewer}; GET /user: the answer has no login` };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== 403 && status !== 404)
            throw error;
        return { why: `GraphQL viewer: ${viewer}; GET /user: HTTP ${status}, ${errorText(error, token)}` };
    }
}
/** The HTTP status of an octokit RequestError that got an answer; undefined for transport errors
 *  (octokit reports those as status 500 without a response). */
function httpStatus(error) {
    const e = (0,scalar/* asRecord */.qY)(error);
    if (!e || typeof e.status !== 'number')
        return undefined;
    return e.response === undefined ? undefined : e.status;
}
/** A one-line description of an error, safe for the log, with the token (if any) removed. */
function errorText(error, token) {
    const e = (0,scalar/* asRecord */.qY)(error);
    let text = error instanceof Error || (e && typeof e.message === 'string') ? String(e.message) : String(error);
    const cause = (0,scalar/* asRecord */.qY)(e?.cause);
    if (cause && typeof cause.message === 'string' && !text.includes(cause.message))
        text += ` (${cause.message})`;
    return (0,safe/* safeLine */.om)(text, MAX_SAID_CHARS, { secrets: token ? [token] : [] }) || 'unknown error';
}
function safeWarn(log, message) {
    try {
        log.warning(message);
    }
    catch {
        // The comment must never fail the gate, not even through its logger.
    }
}


/***/ })

};
