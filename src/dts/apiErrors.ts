/**
 * Turns whatever pop-core or the wire threw into a DtsApiError that says what to check.
 *
 * pop-core's own messages and `err.url` hold the whole signed request URL, so nothing here ever
 * reads `message` or `url` of a thrown value: only codes, the answer body and the HTTP status.
 */
import { CancelledError, CredentialsError, DtsApiError, InputError, type RunError } from '../errors.js';
import { safeLine } from '../text/safe.js';

/** Characters of an error code shown in a message; the code itself is kept whole for the rules and the report file. */
export const CODE_CHARS = 100;

const RETRYABLE_CODES = [
  /^Throttling/,
  /^ServiceUnavailable/,
  /^InternalError/,
  /^UnknownError$/,
  /^SignatureNonceUsed$/ // a fresh nonce is drawn on every attempt
];

const RETRYABLE_NETWORK = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH'
]);

/** What to check for a code; a function of the API action where the answer depends on it. */
const HINTS: Array<[RegExp, string | ((action: string) => string)]> = [
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
    (action) =>
      `check the RAM policy of the key: it must allow dts:${action} on this job, or attach the system policy ` +
      'AliyunDTSReadOnlyAccess, which allows dts:DescribeInitializationStatus and dts:DescribeSynchronizationJobStatus'
  ],
  [/^InvalidRegionId/, 'check region'],
  [/^InvalidParameter|^MissingParameter/, 'check the inputs job-id, region and page-size']
];

function isRetryableCode(code: string): boolean {
  return RETRYABLE_CODES.some((re) => re.test(code));
}

/** `action`: the API action that was refused (the RAM permission a hint names depends on it). */
export function hintFor(code: string, action = 'DescribeInitializationStatus'): string | undefined {
  const hint = HINTS.find(([re]) => re.test(code))?.[1];
  return typeof hint === 'function' ? hint(action) : hint;
}

function field(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
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
  httpStatus?: number,
  action?: string
): DtsApiError {
  const hint = hintFor(code, action);
  const retryable = isRetryableCode(code) || (httpStatus !== undefined && httpStatus >= 500 && !hint);
  const said = safeApiMessage(message);
  const text = `DTS refused the call: ${safeLine(code, CODE_CHARS)}${said ? ` (${said})` : ''}`;
  const options: ConstructorParameters<typeof DtsApiError>[2] = { retryable };
  if (requestId !== undefined) options.requestId = requestId;
  if (httpStatus !== undefined) options.httpStatus = httpStatus;
  if (hint !== undefined) options.hint = hint;
  return new DtsApiError(code, text, options);
}

/** Anything pop-core, httpx or the socket threw; `action` is the API action of the call. */
export function fromThrown(thrown: unknown, action?: string): DtsApiError {
  if (thrown instanceof DtsApiError) return thrown;
  const t = (typeof thrown === 'object' && thrown !== null ? thrown : {}) as Record<string, unknown>;
  const name = typeof t.name === 'string' ? t.name : '';
  const code = typeof t.code === 'string' ? t.code : '';

  // Gateway error: pop-core threw with the parsed body in `data`.
  if (t.data !== undefined && field(t.data, 'Code') !== undefined) {
    const status = (t.entry as { response?: { statusCode?: number } } | undefined)?.response?.statusCode;
    return apiError(field(t.data, 'Code')!, field(t.data, 'Message'), field(t.data, 'RequestId'), status, action);
  }
  // A body that is not JSON (an HTML error page from a proxy): pop-core throws a plain object.
  if (name === 'SyntaxError') {
    return new DtsApiError('InvalidResponse', 'DTS answered with a body that is not JSON (for example a proxy error page)', {
      retryable: true
    });
  }
  if (name === 'RequestTimeoutError' || code === 'RequestTimeout') {
    return new DtsApiError('RequestTimeout', 'DTS did not answer within request-timeout', { retryable: true });
  }
  if (RETRYABLE_NETWORK.has(code) || /socket hang up/i.test(typeof t.message === 'string' ? t.message : '')) {
    const c = code || 'ECONNRESET';
    return new DtsApiError(c, `the connection to DTS failed (${c})`, { retryable: true });
  }
  if (code === 'ENOTFOUND' || code === 'CERT_HAS_EXPIRED' || code.startsWith('ERR_TLS') || code.includes('CERT')) {
    return new DtsApiError(code, `could not reach DTS (${safeLine(code, CODE_CHARS)})`, { retryable: false, hint: 'check endpoint' });
  }
  return new DtsApiError(
    code || 'UnknownFailure',
    `the call to DTS failed${code || name ? ` (${safeLine(code || name, CODE_CHARS)})` : ''}`,
    {
      retryable: false
    }
  );
}

/** A thrown value as the error a run ends with: the action's own kinds as they are, anything else mapped. */
export function runErrorOf(thrown: unknown): RunError {
  if (thrown instanceof InputError || thrown instanceof CredentialsError || thrown instanceof CancelledError) return thrown;
  return fromThrown(thrown);
}
