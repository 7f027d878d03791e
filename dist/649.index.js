export const id = 649;
export const ids = [649];
export const modules = {

/***/ 1649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertPrComment: () => (/* binding */ upsertPrComment)
});

// UNUSED EXPORTS: MAX_COMMENT_CHARS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/text/safe.ts
/**
 * Safe text: what a string from outside the action (a name, type, status or message from the
 * source database, a code or request id from the endpoint, a comment read back from the pull
 * request) becomes before a person sees it. Pure functions, no I/O, linear in the input.
 *
 * Three forms, one set of rules:
 *
 * - {@link safeLine}: one line of plain text, for the log, annotations and the step's failure
 *   message. The runner reads a log line as a workflow command when it starts with `::` (after
 *   white space) or holds `##[` anywhere, and it splits lines on `\r` as well as `\n`.
 * - {@link safeQuoted}: a value in double quotes for an error message (an input value): like
 *   safeLine, but white space is kept as it was and line breaks are shown, since there they are
 *   often the very mistake.
 * - {@link safeMarkdown}: inline GitHub-flavoured markdown, for the job summary and the pull-request
 *   comment: a table cell, a list item or a paragraph of its own.
 *
 * The rules, code point by code point:
 *
 * - White space (Unicode White_Space: tab, the line breaks CR, LF, VT, FF, NEL, U+2028, U+2029,
 *   and the spaces such as U+00A0 and U+3000): in a line, each run becomes one space and the
 *   ends are trimmed (a message reads as one line; differences in white space alone are not
 *   shown). In a quoted value, U+0020 is kept and every other one is shown.
 * - Shown as `<U+XXXX>` instead of the character itself, so that a person sees that two names
 *   differ and nothing can move the cursor, colour the terminal, reorder the text or hide part
 *   of it: controls (Cc: C0, DEL, C1 and with them every ESC sequence), format characters (Cf:
 *   the bidi controls U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069, the zero-width
 *   U+200B-U+200D, U+2060-U+2064, U+FEFF, the soft hyphen U+00AD, the tag characters
 *   U+E0001-U+E007F, ...), every other default-ignorable code point (variation selectors,
 *   U+034F, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, ...), the blank Braille pattern
 *   U+2800, private-use (Co) and unassigned (Cn, noncharacters included) code points, and lone
 *   surrogates. Joiners and variation selectors are shown even inside an emoji sequence: we
 *   would rather show a hidden character than draw a pretty one. Which code points are
 *   unassigned follows the Unicode version of the JavaScript engine.
 * - Everything else is *printable* and kept, in order (in markdown, escaped as below).
 * - A line never starts with `::` (a space goes between the two colons: `: :`), and no `#` is
 *   directly followed by `[` (a space goes between: `# [`), so no `##[` can form, nor can one
 *   form when the caller writes `#` before the text.
 * - Markdown, on top: `& < > "` become entities (no HTML tag, entity or attribute can open);
 *   `\ | ` * _ ~ [ ] $` get a backslash (no table cell ends, no code span, emphasis,
 *   strikethrough, link, image or math opens); a leading `# - + =` or the `.`/`)` after leading
 *   digits gets a backslash (no heading, list or rule starts). GitHub finds mentions, issue
 *   references, autolinks and emoji codes in the text of the rendered HTML, after markdown's own
 *   escapes are gone (so `\@` and `&#64;` do not help); an empty HTML comment `<!-- -->` splits
 *   that text without showing anything, and goes after every `@` (`@name`, `@org/team`, e-mail
 *   addresses), every `#` (`#123`, `owner/repo#123`), the `-` of a `GH-` that starts a word,
 *   before the `/` of `://` and the `.` of `www.` (no autolink, no link to an issue), and before
 *   the closing colon of `:name:` (no emoji). The name stays readable: `@octocat` still reads
 *   `@octocat`.
 * - Length: the result is at most `maxChars` UTF-16 code units (as `String.length` counts). When
 *   the text does not fit it is cut and ends with `…`; a cut never falls inside a surrogate pair,
 *   a `<U+XXXX>`, an entity, a backslash escape or a comment.
 * - Secrets given in `secrets` are replaced by `***` before anything else, also in their
 *   URL-encoded forms (a signed request URL repeats them encoded once or twice).
 *
 * The report file is JSON and keeps the raw values: JSON escaping is all it needs, and a reader
 * of the file gets exactly what DTS said.
 */
/** The length of the text that stands for a secret. */
const REDACTED = '***';
/** Secrets shorter than this are not looked for: replacing them would shred ordinary text. */
const MIN_SECRET_CHARS = 4;
const ELLIPSIS = '…';
/** Splits the text GitHub scans for mentions, references, autolinks and emoji codes. */
const SPLIT = '<!-- -->';
/**
 * One line of plain text for the log, an annotation or a failure message: white space folded,
 * invisible and control characters shown, no workflow command, at most `maxChars` long.
 */
function safeLine(text, maxChars, options = {}) {
    return render(text, maxChars, options, LINE);
}
/**
 * `"value"` for an error message about an input: white space kept, line breaks and every other
 * invisible character shown, `"` and `\` escaped with a backslash, at most `maxChars` long with
 * the quotes.
 */
function safeQuoted(text, maxChars, options = {}) {
    return render(text, maxChars, options, QUOTED);
}
/**
 * Inline markdown for the job summary or the pull-request comment: everything {@link safeLine}
 * guarantees, and no HTML, no markdown syntax, no table break, no mention, issue reference,
 * autolink or emoji code; at most `maxChars` long.
 */
function safeMarkdown(text, maxChars, options = {}) {
    return render(text, maxChars, options, MARKDOWN);
}
/** `<U+200B>`: how a code point that is not shown as itself is written. */
function codePointName(codePoint) {
    return `<U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}>`;
}
/** encodeURIComponent plus `! ' ( ) *`, as signed Alibaba Cloud requests encode their values. */
function rpcEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/**
 * The forms in which `secret` can appear in text: as is, URL-encoded (a query string or form
 * body), encoded twice (a string to sign repeats the encoded query, encoded again) and
 * JSON-escaped; no duplicates. The runner's masking needs them too.
 */
function secretForms(secret) {
    const forms = new Set([secret]);
    for (const once of [encodeURIComponent(secret), rpcEncode(secret)]) {
        forms.add(once);
        forms.add(encodeURIComponent(once));
    }
    forms.add(JSON.stringify(secret).slice(1, -1));
    return [...forms];
}
/**
 * `text` with every secret (of at least {@link MIN_SECRET_CHARS} characters), in each of its
 * {@link secretForms}, replaced by `***`; the longest forms first, so that no part of a longer
 * one is left.
 */
function redact(text, secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (typeof secret === 'string' && secret.length >= MIN_SECRET_CHARS)
            for (const form of secretForms(secret))
                forms.add(form);
    }
    let out = text;
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    }
    return out;
}
const LINE = { keepBlanks: false, markdown: false, quoted: false };
const QUOTED = { keepBlanks: true, markdown: false, quoted: true };
const MARKDOWN = { keepBlanks: false, markdown: true, quoted: false };
/** How a code point is treated: kept (printable), folded as white space, or shown. */
const PRINTABLE = 0;
const BLANK_KIND = 1;
const SHOWN_KIND = 2;
const BLANK = /^\p{White_Space}$/u;
const SHOWN = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2800]$/u;
/** Kinds of the first 256 code points, computed once: most text is ASCII. */
const LATIN1 = Array.from({ length: 256 }, (_, cp) => classify(String.fromCharCode(cp)));
function classify(ch) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff)
        return SHOWN_KIND; // a lone surrogate
    if (BLANK.test(ch))
        return BLANK_KIND;
    return SHOWN.test(ch) ? SHOWN_KIND : PRINTABLE;
}
function kindOf(ch) {
    const code = ch.charCodeAt(0);
    return code < 256 ? LATIN1[code] : classify(ch);
}
/** Markdown escapes of single printable characters; all others stand for themselves. */
const MARKDOWN_ESCAPES = new Map([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ['\\', '\\\\'],
    ['|', '\\|'],
    ['`', '\\`'],
    ['*', '\\*'],
    ['_', '\\_'],
    ['~', '\\~'],
    ['[', '\\['],
    [']', '\\]'],
    ['$', '\\$'],
    ['@', '@' + SPLIT],
    ['#', '#' + SPLIT]
]);
/** At the start of a markdown line these open a heading, a list or a rule. */
const LINE_OPENERS = new Set(['#', '-', '+', '=']);
/** Characters of an emoji code such as `:white_check_mark:` or `:+1:`. */
const EMOJI_NAME = /^[A-Za-z0-9_+-]$/;
/**
 * The output, piece by piece. A piece (a character with its escape, or a `<U+XXXX>`) is kept
 * whole or not at all; `cut` remembers the last length at which the ellipsis still fits.
 */
class Output {
    limit;
    text = '';
    cut = 0;
    full = false;
    constructor(limit) {
        this.limit = limit;
    }
    /** Appends `piece` and returns true, or returns false (and stays full) when it does not fit. */
    push(piece) {
        if (this.full)
            return false;
        if (this.text.length + piece.length > this.limit) {
            this.full = true;
            return false;
        }
        this.text += piece;
        if (this.text.length < this.limit)
            this.cut = this.text.length;
        return true;
    }
    /** The text, cut with `…` when something did not fit; `closing` (a quote) is added after. */
    finish(closing = '') {
        if (!this.full)
            return this.text + closing;
        return this.text.slice(0, this.cut).trimEnd() + ELLIPSIS + closing;
    }
}
function render(input, maxChars, options, form) {
    const limit = Number.isNaN(maxChars) ? 0 : Math.floor(maxChars);
    const text = options.secrets && options.secrets.length > 0 ? redact(String(input), options.secrets) : String(input);
    if (form.quoted) {
        if (limit < 3)
            return '';
        // The opening quote is written here; the closing one is kept room for.
        const out = new Output(limit - 1);
        out.push('"');
        return walk(text, out, form).finish('"');
    }
    if (limit <= 0)
        return '';
    const fast = form.markdown ? plainAsciiMarkdown(text) : plainAsciiLine(text);
    if (fast !== undefined && fast.length <= limit)
        return fast;
    return walk(text, new Output(limit), form).finish();
}
// The common case, names such as `table_000123`, without the walk: printable ASCII that no rule
// but a one-character escape applies to. The walk gives the same result, only slower.
const ASCII = /^[ -~]*$/;
const MARKDOWN_CONTEXT = /[:#@]|^[-+=]|^\d+[.)]|www\.|gh-/i;
const MARKDOWN_SINGLE = /[&<>"\\|`*_~[\]$]/g;
/** Printable ASCII, single spaces, none at either end. */
function isPlainAscii(text) {
    return ASCII.test(text) && !text.startsWith(' ') && !text.endsWith(' ') && !text.includes('  ');
}
function plainAsciiLine(text) {
    return isPlainAscii(text) && !text.startsWith('::') && !text.includes('#[') ? text : undefined;
}
function plainAsciiMarkdown(text) {
    if (!isPlainAscii(text) || MARKDOWN_CONTEXT.test(text))
        return undefined;
    return text.replace(MARKDOWN_SINGLE, (c) => MARKDOWN_ESCAPES.get(c) ?? c);
}
function walk(text, out, form) {
    /** A folded run of white space waits here until something printable follows it. */
    let pendingSpace = false;
    // What the rules look back at: the last three characters written (lower-case ASCII letters for
    // `gh-` and `www.`), whether an emoji code is open, whether only digits were written. All of it
    // is forgotten at a space or a shown code point, which already separate the text around them.
    const context = { last: '', second: '', third: '', emojiName: -1, onlyDigits: true };
    const forget = () => {
        context.last = context.second = context.third = '';
        context.emojiName = -1;
    };
    for (const ch of text) {
        const kind = kindOf(ch);
        if (kind === BLANK_KIND && !form.keepBlanks) {
            pendingSpace = out.text.length > 0;
            continue;
        }
        if (kind !== PRINTABLE) {
            const name = codePointName(ch.codePointAt(0) ?? 0);
            const piece = kind === BLANK_KIND && ch === ' ' ? ' ' : form.markdown ? `&lt;${name.slice(1, -1)}&gt;` : name;
            if (!out.push(pendingSpace ? ' ' + piece : piece))
                break;
            pendingSpace = false;
            forget();
            context.onlyDigits = false;
            continue;
        }
        // Never `::` at the start of the line, never `#[`: a space goes between.
        const separate = pendingSpace || (ch === ':' && out.text === ':') || (ch === '[' && context.last === '#');
        if (separate)
            forget();
        const piece = form.markdown ? markdownPiece(ch, out.text.length === 0, context) : plainPiece(ch, form);
        if (!out.push(separate ? ' ' + piece : piece))
            break;
        pendingSpace = false;
        context.third = context.second;
        context.second = context.last;
        context.last = ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
        if (form.markdown) {
            context.emojiName = ch === ':' ? 0 : context.emojiName >= 0 && EMOJI_NAME.test(ch) ? context.emojiName + 1 : -1;
            context.onlyDigits = context.onlyDigits && ch >= '0' && ch <= '9';
        }
    }
    return out;
}
function plainPiece(ch, form) {
    return form.quoted && (ch === '"' || ch === '\\') ? '\\' + ch : ch;
}
const WORD = /^[a-z0-9_]$/;
function markdownPiece(ch, atStart, context) {
    const { last, second, third } = context;
    if (atStart && LINE_OPENERS.has(ch))
        return '\\' + (MARKDOWN_ESCAPES.get(ch) ?? ch);
    if ((ch === '.' || ch === ')') && context.onlyDigits && !atStart)
        return '\\' + ch;
    // `GH-` at the start of a word, `://`, `www.`, the end of `:name:`.
    if (ch === '-' && last === 'h' && second === 'g' && !WORD.test(third))
        return '-' + SPLIT;
    if (ch === '/' && last === ':')
        return SPLIT + '/';
    if (ch === '.' && last === 'w' && second === 'w' && third === 'w')
        return SPLIT + '.';
    if (ch === ':' && context.emojiName > 0)
        return SPLIT + ':';
    return MARKDOWN_ESCAPES.get(ch) ?? ch;
}

;// CONCATENATED MODULE: ./src/report/prComment.ts
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
        safeWarn(log, `pr-comment: could not write the pull-request comment: ${describe(error, args.token)}`);
        return 'skipped';
    }
}
async function upsert(args) {
    const { env, log, token, marker } = args;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (!PR_EVENTS.has(eventName)) {
        log.info(`pr-comment: skipped: the run was triggered by ${eventName ? `a ${safeQuoted(eventName, 100)} event` : 'an unknown event'}, ` +
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
    const target = await readTarget(env, log);
    if (!target)
        return 'skipped';
    const commentBody = `${marker}\n${args.body}`;
    if (commentBody.length > MAX_COMMENT_CHARS) {
        log.warning(`pr-comment: skipped: the comment would be ${commentBody.length} characters long, over the ${MAX_COMMENT_CHARS} GitHub ` +
            'accepts (this is a bug in the action; the job summary has the full result).');
        return 'skipped';
    }
    let github;
    let utils;
    try {
        github = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
        utils = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
    }
    catch (error) {
        log.warning(`pr-comment: skipped: could not load @actions/github: ${describe(error, token)}`);
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
                `GitHub said: ${describe(error, token)}. The gate result is not affected.`);
        }
        else {
            log.warning(`pr-comment: could not write the pull-request comment` +
                `${status === undefined ? '' : ` (HTTP ${status})`}: ${describe(error, token)}. The gate result is not affected.`);
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
    let host;
    try {
        host = new URL(url).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]';
}
/** owner/repo and the pull-request number, or undefined after a warning. */
async function readTarget(env, log) {
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath) {
        log.warning('pr-comment: skipped: GITHUB_EVENT_PATH is not set, so the pull-request number is unknown.');
        return undefined;
    }
    let payload;
    try {
        payload = JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8'));
    }
    catch (error) {
        log.warning(`pr-comment: skipped: could not read the event payload ${safeLine(eventPath, 500)}: ${describe(error, '')}`);
        return undefined;
    }
    const record = asRecord(payload);
    const number = toPrNumber(asRecord(record?.pull_request)?.number) ?? toPrNumber(record?.number);
    if (number === undefined) {
        log.warning('pr-comment: skipped: the event payload has no pull-request number.');
        return undefined;
    }
    let owner;
    let repo;
    const slug = env.GITHUB_REPOSITORY ?? '';
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(slug);
    if (match) {
        owner = match[1];
        repo = match[2];
    }
    else {
        const repository = asRecord(record?.repository);
        const login = asRecord(repository?.owner)?.login;
        if (typeof login === 'string' && typeof repository?.name === 'string') {
            owner = login;
            repo = repository.name;
        }
    }
    if (!owner || !repo) {
        log.warning('pr-comment: skipped: GITHUB_REPOSITORY is not set to "owner/repo".');
        return undefined;
    }
    return { owner, repo, number };
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
        viewer = describe(error, token);
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
        return { why: `GraphQL viewer: ${viewer}; GET /user: HTTP ${status}, ${describe(error, token)}` };
    }
}
function toPrNumber(value) {
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function asRecord(value) {
    return typeof value === 'object' && value !== null ? value : undefined;
}
/** The HTTP status of an octokit RequestError that got an answer; undefined for transport errors
 *  (octokit reports those as status 500 without a response). */
function httpStatus(error) {
    const e = asRecord(error);
    if (!e || typeof e.status !== 'number')
        return undefined;
    return e.response === undefined ? undefined : e.status;
}
/** A one-line description of an error, safe for the log, with the token (if any) removed. */
function describe(error, token) {
    const e = asRecord(error);
    let text = error instanceof Error || (e && typeof e.message === 'string') ? String(e.message) : String(error);
    const cause = asRecord(e?.cause);
    if (cause && typeof cause.message === 'string' && !text.includes(cause.message))
        text += ` (${cause.message})`;
    return safeLine(text, MAX_SAID_CHARS, { secrets: token ? [token] : [] }) || 'unknown error';
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
