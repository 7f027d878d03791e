/**
 * The error kinds the action raises on purpose. Their messages are written for the person
 * reading the log: they name what was wrong and never contain a secret or a signed URL.
 */
import { safeLine, safeQuoted } from './text/safe.js';

/** A refused input value as its error message shows it: quoted, its first 100 characters and `…`, nothing hidden. */
export function refusedValue(text: string): string {
  return safeQuoted(text, 103);
}

/** An input value the action cannot use; raised before any call is made. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    /** The input's name as written in a workflow, e.g. `poll-interval`. */
    readonly input: string,
    message: string
  ) {
    super(message);
  }
}

/** Credentials missing, incomplete, or not obtainable (OIDC / STS). */
export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

/** An answer from DTS (or the transport to it) that the action could not use. */
export class DtsApiError extends Error {
  override name = 'DtsApiError';
  readonly requestId: string | undefined;
  readonly httpStatus: number | undefined;
  /** What the person should check, e.g. "check the key pair". */
  readonly hint: string | undefined;

  constructor(
    /** API error code (`Throttling.User`, `InvalidJobId.NotFound`, ...) or a transport code
     *  of ours (`ECONNRESET`, `RequestTimeout`, `InvalidResponse`, `HttpError`). */
    readonly code: string,
    message: string,
    options: { requestId?: string | undefined; httpStatus?: number | undefined; hint?: string | undefined } = {}
  ) {
    super(message);
    this.requestId = options.requestId;
    this.httpStatus = options.httpStatus;
    this.hint = options.hint;
  }

  /** One line for the log and the failure message: what happened, what to check, the request id. */
  explain(): string {
    const { hint, requestId } = this;
    return `${this.message}${hint ? `: ${hint}` : ''}${requestId ? ` [RequestId ${safeLine(requestId, 100)}]` : ''}`;
  }
}

/**
 * An answer that does not read as DTS documents it (a list that is not a list, a body that is
 * not an object). The core's readers raise it; the DTS client turns it into an `InvalidResponse`.
 */
export class MalformedAnswer extends Error {
  override name = 'MalformedAnswer';
}

/** The run was cancelled (SIGINT/SIGTERM) while waiting. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(
    /** The signal that cancelled the run, when one did. */
    readonly signal?: 'SIGINT' | 'SIGTERM'
  ) {
    super('the run was cancelled');
  }
}

/** Every error a run can end with. */
export type RunError = InputError | CredentialsError | DtsApiError | CancelledError;

/** A thrown value as the error a run ends with: the gate's own kinds as they are, anything else as an unknown failure. */
export function asRunError(thrown: unknown): RunError {
  if (
    thrown instanceof InputError ||
    thrown instanceof CredentialsError ||
    thrown instanceof DtsApiError ||
    thrown instanceof CancelledError
  ) {
    return thrown;
  }
  const name = thrown instanceof Error ? thrown.name : typeof thrown;
  return new DtsApiError('UnknownFailure', `the run failed unexpectedly (${safeLine(name, 100)})`);
}
