/**
 * Which pull request a run is for: the repository from `GITHUB_REPOSITORY` (else the event's
 * own), the number from the event payload at `GITHUB_EVENT_PATH`, as the runner writes them.
 */
import { readFile } from 'node:fs/promises';
import { asRecord } from '../core/scalar.js';
import { safeLine } from '../text/safe.js';

interface PullRequest {
  owner: string;
  repo: string;
  number: number;
}

/** The pull request of the run, or why it is not known (a sentence for a warning). */
export async function pullRequestOf(env: Record<string, string | undefined>): Promise<PullRequest | string> {
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return 'GITHUB_EVENT_PATH is not set, so the pull-request number is unknown.';
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return `could not read the event payload ${safeLine(eventPath, 500)}: ${safeLine(why, 500) || 'unknown error'}`;
  }

  const record = asRecord(payload);
  const number = prNumber(asRecord(record?.pull_request)?.number) ?? prNumber(record?.number);
  if (number === undefined) return 'the event payload has no pull-request number.';

  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  if (match?.[1] && match[2]) return { owner: match[1], repo: match[2], number };
  const repository = asRecord(record?.repository);
  const login = asRecord(repository?.owner)?.login;
  if (typeof login === 'string' && login !== '' && typeof repository?.name === 'string' && repository.name !== '') {
    return { owner: login, repo: repository.name, number };
  }
  return 'GITHUB_REPOSITORY is not set to "owner/repo".';
}

function prNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
