/**
 * The edge where answers and failures come in from the wire: whatever pop-core, httpx or the
 * socket threw, and every answer body, becomes either a checked body or a DtsApiError that says
 * what happened and what to check. Errors are normalised here, once; whether one is worth a
 * retry is policy.ts's question.
 *
 * pop-core's own messages and `err.url` hold the whole signed request URL, so nothing here ever
 * reads `message` or `url` of a thrown value: only codes, the answer body and the HTTP status.
 */
import { DtsApiError } from '../errors.js';
import { flag, isRecord, text } from '../core/scalar.js';
import { safeLine } from '../text/safe.js';
import { isNotJson } from './answerJson.js';
import { CALLS, type DtsCall } from './calls.js';

/**
 * The code of an answer that passed the checks but that the call's own reader could not read (a
 * list that is not a list): the same answer would come back at once, so it is not retried as a
 * call; the next poll may find the job in another state.
 */
export const MALFORMED_ANSWER = 'MalformedAnswer';

/** Characters of an error code shown in a message; the code itself is kept whole for the rules and the report file. */
export const CODE_CHARS = 100;

/** Socket-level failures, by their Node error code. */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH'
]);

type AnyCall = Pick<DtsCall<never, unknown>, 'action' | 'permission' | 'answerFields' | 'answers'>;

/** What to check for a code; a function of the refused call where the answer depends on it. */
const HINTS: Array<[RegExp, string | ((call: AnyCall) => string)]> = [
  [/^SignatureDoesNotMatch$|^IncompleteSignature/, 'check the key pair: access-key-secret does not belong to access-key-id'],
  [/^InvalidAccessKeyId/, 'check access-key-id: the key does not exist or is disabled'],
  [/^InvalidSecurityToken|^SecurityToken/, 'check security-token: it has expired or does not belong to the key'],
  [/^InvalidTimeStamp/, "check the runner's clock: requests more than 15 minutes off are refused"],
  [
    /InstanceNotFound|^InvalidJobId|NotFound$|^InvalidDtsJobId/,
    'check job-id and region: DTS does not know this synchronization job there'
  ],
  [
    /^Forbidden|^NoPermission|^NotAuthorized|PermissionDenied$/,
    (call) =>
      `check the RAM policy of the key: it must allow ${call.permission} on this job, or attach the system policy ` +
      `AliyunDTSReadOnlyAccess, which allows ${listed(CALLS.map((c) => c.permission))}`
  ],
  [/^InvalidRegionId/, 'check region'],
  [/^InvalidParameter|^MissingParameter/, 'check the inputs job-id, region and page-size']
];

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function hintFor(code: string, call: AnyCall): string | undefined {
  const hint = HINTS.find(([re]) => re.test(code))?.[1];
  return typeof hint === 'function' ? hint(call) : hint;
}

function field(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const v = value[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/**
 * The gateway's own words, made safe to print: `SignatureDoesNotMatch` answers repeat the
 * string to sign, which holds the key id and the security token (encoded twice, so the runner's
 * masking would not catch it). Anything from there on, and any signed-query fragment, goes.
 */
function safeApiMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  let safe = message.replace(/\s*(server )?string ?to ?sign[\s\S]*$/i, '');
  safe = safe.replace(/[^\s]*(AccessKeyId|SecurityToken|Signature)(=|%3D|%253D)[^\s]*/gi, '[redacted]');
  return safeLine(safe, 500) || undefined;
}

/** An API error named by the answer body (gateway `Code` or `ErrCode` with `Success: false`). */
export function apiError(
  code: string,
  message: string | undefined,
  requestId: string | undefined,
  httpStatus: number | undefined,
  call: AnyCall
): DtsApiError {
  const said = safeApiMessage(message);
  return new DtsApiError(code, `DTS refused the call: ${safeLine(code, CODE_CHARS)}${said ? ` (${said})` : ''}`, {
    requestId,
    httpStatus,
    hint: hintFor(code, call)
  });
}

/** Anything pop-core, httpx or the socket threw while making `call`. */
export function errorFromThrown(thrown: unknown, call: AnyCall): DtsApiError {
  if (thrown instanceof DtsApiError) return thrown;
  const t: Record<string, unknown> = isRecord(thrown) ? thrown : {};
  const name = typeof t.name === 'string' ? t.name : '';
  const code = typeof t.code === 'string' ? t.code : '';

  // Gateway error: pop-core threw with the parsed body in `data`.
  if (t.data !== undefined && field(t.data, 'Code') !== undefined) {
    const status = (t.entry as { response?: { statusCode?: number } } | undefined)?.response?.statusCode;
    return apiError(field(t.data, 'Code')!, field(t.data, 'Message'), field(t.data, 'RequestId'), status, call);
  }
  // A body that is not JSON (an HTML error page from a proxy): pop-core throws a plain object.
  if (name === 'SyntaxError') {
    return new DtsApiError('InvalidResponse', 'DTS answered with a body that is not JSON (for example a proxy error page)');
  }
  // pop-core reads `.Code` of the parsed body: a body of `null` makes it throw a TypeError.
  if (name === 'TypeError') return new DtsApiError('InvalidResponse', 'DTS answered with a JSON body that is not an object');
  if (name === 'RequestTimeoutError' || code === 'RequestTimeout') {
    return new DtsApiError('RequestTimeout', 'DTS did not answer within request-timeout');
  }
  if (NETWORK_CODES.has(code) || /socket hang up/i.test(typeof t.message === 'string' ? t.message : '')) {
    const c = code || 'ECONNRESET';
    return new DtsApiError(c, `the connection to DTS failed (${c})`);
  }
  if (code === 'ENOTFOUND' || code.startsWith('ERR_TLS') || code.includes('CERT')) {
    return new DtsApiError(code, `could not reach DTS (${safeLine(code, CODE_CHARS)})`, { hint: 'check endpoint' });
  }
  return new DtsApiError(
    code || 'UnknownFailure',
    `the call to DTS failed${code || name ? ` (${safeLine(code || name, CODE_CHARS)})` : ''}`
  );
}

/**
 * The checks pop-core leaves to us: `Success: false`, HTTP errors without a `Code`, and an
 * answer with none of the fields `call` answers with. Returns the body as a record.
 */
export function checkAnswer(body: unknown, httpStatus: number | undefined, call: AnyCall): Record<string, unknown> {
  if (isNotJson(body)) {
    const status = httpStatus !== undefined ? ` with HTTP ${httpStatus}` : '';
    throw new DtsApiError('InvalidResponse', `DTS answered${status} with a body that is not JSON (for example a proxy error page)`, {
      httpStatus
    });
  }
  const record = isRecord(body) ? body : undefined;
  const requestId = record ? text(record.RequestId) || undefined : undefined;
  if (record && (flag(record.Success) === false || (record.ErrCode !== undefined && flag(record.Success) !== true))) {
    throw apiError(text(record.ErrCode) || 'UnknownError', text(record.ErrMessage) || undefined, requestId, httpStatus, call);
  }
  if (httpStatus !== undefined && httpStatus >= 400) {
    throw new DtsApiError('HttpError', `DTS answered HTTP ${httpStatus} without an error code`, { httpStatus, requestId });
  }
  if (!record) throw new DtsApiError('InvalidResponse', 'DTS answered with something other than a JSON object', { httpStatus });
  // Only true and false, as booleans or text, say how the call went: `[false]`, `null` or `"no"`
  // is a malformed answer, never a success.
  if (record.Success !== undefined && flag(record.Success) === undefined) {
    const kind = Array.isArray(record.Success) ? 'array' : record.Success === null ? 'null' : typeof record.Success;
    throw new DtsApiError('InvalidResponse', `DTS answered with a Success that is neither true nor false (${kind})`);
  }
  if (!call.answerFields.some((key) => key in record)) {
    throw new DtsApiError('InvalidResponse', `DTS answered without Success or ${call.answers}`);
  }
  return record;
}
