/**
 * A local stand-in of the part of the GitHub REST API that `pr-comment` uses: who the token is,
 * and list, create and update issue comments, for any owner/repo. It listens on 127.0.0.1 (port
 * chosen by the system).
 *
 * - `POST /graphql` `{"query"}` with `viewer { login }` -> `{"data":{"viewer":{"login"}}}`, for
 *   user and installation tokens alike, as GitHub answers (with `graphql: false`, 404)
 * - `GET  /user` -> the user of a user token; for an installation token (the workflow's
 *   GITHUB_TOKEN is one) 403 "Resource not accessible by integration", as GitHub answers
 * - `GET  /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page=` (per_page 1..100, default 30;
 *   a `Link` header with absolute `next`/`last`/`prev`/`first` URLs, as GitHub sends); each
 *   comment has its author's `user.login` and `user.type`
 * - `POST /repos/{owner}/{repo}/issues/{n}/comments` `{"body"}` -> 201, written by the token's identity
 * - `PATCH /repos/{owner}/{repo}/issues/comments/{id}` `{"body"}` -> 200 (404 for an unknown id),
 *   whoever wrote the comment: a token that may write to the repository's issues may edit
 *   anyone's comment there, as on GitHub
 *
 * Tokens: with `tokens`, each token has its identity and every request must carry one of them
 * (`token X` or `Bearer X`; 401 otherwise); `token` alone is the workflow's GITHUB_TOKEN
 * (`github-actions[bot]`). With neither, any request is the workflow's bot. With `forbidden`,
 * writes answer 403 "Resource not accessible by integration", as GitHub does for a GITHUB_TOKEN
 * without `pull-requests: write`.
 *
 * `comments` and `requests` are live arrays: tests may read them and seed `comments` (a seeded
 * comment without `user` is the workflow bot's).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Who a token is, as GitHub reports it on a comment (`user.login`, `user.type`). */
export interface StandInIdentity {
  login: string;
  type: 'User' | 'Bot';
  id?: number;
}

/** The identity of a workflow's GITHUB_TOKEN. */
export const WORKFLOW_BOT: StandInIdentity = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };

/** An installation token of another GitHub App. */
export const appBot = (slug: string): StandInIdentity => ({ login: `${slug}[bot]`, type: 'Bot', id: 200_000 + slug.length });

/** A person (a personal access token). */
export const person = (login: string): StandInIdentity => ({ login, type: 'User', id: 100_000 + login.length });

export interface StandInComment {
  id: number;
  body: string;
  issue: number;
  /** Who wrote it; the workflow bot when left out. */
  user?: StandInIdentity;
}

export interface StandInRequest {
  method: string;
  /** Path with query string, as received. */
  path: string;
  auth?: string;
}

export interface GithubStandIn {
  /** Base URL to use as GITHUB_API_URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  apiUrl: string;
  comments: StandInComment[];
  requests: StandInRequest[];
  close(): Promise<void>;
}

export interface GithubStandInOptions {
  /** Answer 403 "Resource not accessible by integration" to every write. */
  forbidden?: boolean;
  /** Answer every write with this status and message instead (a crafted refusal). */
  refuseWrites?: { status: number; message: string };
  /** The workflow's GITHUB_TOKEN: when given (and `tokens` is not), every request must carry it. */
  token?: string;
  /** Each known token and who it is; every request must carry one of them. */
  tokens?: Record<string, StandInIdentity>;
  /** `false`: no GraphQL API (404), so that only `GET /user` can tell who a token is. */
  graphql?: boolean;
}

const isBot = (identity: StandInIdentity): boolean => identity.type === 'Bot';

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;
const MAX_BODY_BYTES = 1024 * 1024;

export async function startGithubStandIn(options: GithubStandInOptions = {}): Promise<GithubStandIn> {
  const comments: StandInComment[] = [];
  const requests: StandInRequest[] = [];
  const sockets = new Set<Socket>();
  let apiUrl = '';

  const nextId = (): number => comments.reduce((max, c) => Math.max(max, c.id), 1000) + 1;

  const render = (c: StandInComment, owner: string, repo: string): Record<string, unknown> => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${apiUrl}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${apiUrl}/repos/${owner}/${repo}/issues/${c.issue}`,
    body: c.body,
    user: userOf(c.user ?? WORKFLOW_BOT),
    author_association: 'NONE',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z'
  });

  const userOf = (identity: StandInIdentity): Record<string, unknown> => ({
    login: identity.login,
    id: identity.id ?? 1,
    type: identity.type,
    html_url: `https://github.com/${isBot(identity) ? `apps/${identity.login.replace(/\[bot\]$/, '')}` : identity.login}`
  });

  const send = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(data);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...headers
    });
    res.end(text);
  };

  const readJson = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > MAX_BODY_BYTES) throw new Error('body too large');
      chunks.push(buf);
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  };

  const bodyOf = (json: unknown): string | undefined => {
    const body = typeof json === 'object' && json !== null ? (json as { body?: unknown }).body : undefined;
    return typeof body === 'string' ? body : undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const rawPath = req.url ?? '/';
    const auth = req.headers.authorization;
    requests.push(auth === undefined ? { method, path: rawPath } : { method, path: rawPath, auth });

    const known: Record<string, StandInIdentity> | undefined =
      options.tokens ?? (options.token !== undefined ? { [options.token]: WORKFLOW_BOT } : undefined);
    let identity = WORKFLOW_BOT;
    if (known !== undefined) {
      const match = /^(?:token|bearer)\s+(.+)$/i.exec(auth ?? '');
      const found = match ? known[match[1] ?? ''] : undefined;
      if (!found) {
        send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
        return;
      }
      identity = found;
    }

    const url = new URL(rawPath, 'http://stand-in');
    const list = LIST.exec(url.pathname);
    const one = ONE.exec(url.pathname);
    const isWrite = (list && method === 'POST') || (one && method === 'PATCH');
    if (isWrite && options.refuseWrites) {
      send(res, options.refuseWrites.status, { message: options.refuseWrites.message, status: String(options.refuseWrites.status) });
      return;
    }
    if (isWrite && options.forbidden) {
      send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403'
      });
      return;
    }

    if (url.pathname === '/graphql' && method === 'POST') {
      const query = (await readJson(req)) as { query?: unknown };
      if (options.graphql === false) {
        send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql', status: '404' });
      } else if (typeof query?.query === 'string' && /\bviewer\s*\{\s*login\s*\}/.test(query.query)) {
        send(res, 200, { data: { viewer: { login: identity.login } } });
      } else {
        send(res, 200, { errors: [{ message: 'This stand-in answers only `viewer { login }`.' }] });
      }
      return;
    }

    if (url.pathname === '/user' && method === 'GET') {
      if (isBot(identity)) {
        send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403'
        });
      } else {
        send(res, 200, userOf(identity));
      }
      return;
    }

    if (list && method === 'GET') {
      const [, owner = '', repo = '', issueText = ''] = list;
      const issue = Number(issueText);
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const all = comments.filter((c) => c.issue === issue);
      const lastPage = Math.max(1, Math.ceil(all.length / perPage));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const pageUrl = (p: number): string => {
        const u = new URL(`${apiUrl}${url.pathname}`);
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set('page', String(p));
        return u.toString();
      };
      const links: string[] = [];
      if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`);
      send(
        res,
        200,
        slice.map((c) => render(c, owner, repo)),
        links.length ? { link: links.join(', ') } : {}
      );
      return;
    }

    if (list && method === 'POST') {
      const [, owner = '', repo = '', issueText = ''] = list;
      const body = bodyOf(await readJson(req));
      if (body === undefined) {
        send(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', status: '422' });
        return;
      }
      if (body.length > 65_536) {
        send(res, 422, {
          message: 'Validation Failed',
          errors: [
            { resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }
          ],
          status: '422'
        });
        return;
      }
      const comment: StandInComment = { id: nextId(), body, issue: Number(issueText), user: identity };
      comments.push(comment);
      send(res, 201, render(comment, owner, repo));
      return;
    }

    if (one && method === 'PATCH') {
      const [, owner = '', repo = '', idText = ''] = one;
      const comment = comments.find((c) => c.id === Number(idText));
      if (!comment) {
        send(res, 404, { message: 'Not Found', status: '404' });
        return;
      }
      const body = bodyOf(await readJson(req));
      if (body === undefined) {
        send(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', status: '422' });
        return;
      }
      if (body.length > 65_536) {
        send(res, 422, {
          message: 'Validation Failed',
          errors: [
            { resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }
          ],
          status: '422'
        });
        return;
      }
      comment.body = body;
      send(res, 200, render(comment, owner, repo));
      return;
    }

    send(res, 404, { message: 'Not Found', status: '404' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 400, { message: `Problems parsing JSON: ${String(error)}`, status: '400' });
      else res.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  apiUrl = `http://127.0.0.1:${port}`;

  return {
    apiUrl,
    comments,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
