/**
 * A local stand-in of the part of the GitHub REST API that `pr-comment` uses: list, create and
 * update issue comments, for any owner/repo. It listens on 127.0.0.1 (port chosen by the system).
 *
 * - `GET  /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page=` (per_page 1..100, default 30;
 *   a `Link` header with absolute `next`/`last`/`prev`/`first` URLs, as GitHub sends)
 * - `POST /repos/{owner}/{repo}/issues/{n}/comments` `{"body"}` -> 201
 * - `PATCH /repos/{owner}/{repo}/issues/comments/{id}` `{"body"}` -> 200 (404 for an unknown id)
 *
 * With `token`, the `Authorization` header must be `token <token>` or `Bearer <token>` (401
 * otherwise). With `forbidden`, writes answer 403 "Resource not accessible by integration", as
 * GitHub does for a GITHUB_TOKEN without `pull-requests: write`.
 *
 * `comments` and `requests` are live arrays: tests may read them and seed `comments`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface StandInComment {
  id: number;
  body: string;
  issue: number;
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
  /** When given, every request must carry it (`token X` or `Bearer X`), else 401. */
  token?: string;
}

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
    user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    author_association: 'NONE',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z'
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

    if (options.token !== undefined) {
      const match = /^(?:token|bearer)\s+(.+)$/i.exec(auth ?? '');
      if (!match || match[1] !== options.token) {
        send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
        return;
      }
    }

    const url = new URL(rawPath, 'http://stand-in');
    const list = LIST.exec(url.pathname);
    const one = ONE.exec(url.pathname);
    const isWrite = (list && method === 'POST') || (one && method === 'PATCH');
    if (isWrite && options.forbidden) {
      send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403'
      });
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
      const comment = { id: nextId(), body, issue: Number(issueText) };
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
