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
  constructor(
    /** API error code (`Throttling.User`, `InvalidJobId.NotFound`, ...) or a transport code
     *  of ours (`ECONNRESET`, `RequestTimeout`, `InvalidResponse`, `HttpError`). */
    readonly code: string,
    message: string,
    readonly options: {
      requestId?: string;
      httpStatus?: number;
      retryable: boolean;
      /** What the person should check, e.g. "the key pair". */
      hint?: string;
    }
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.options.retryable;
  }

  get requestId(): string | undefined {
    return this.options.requestId;
  }

  /** One line for the log and the failure message: what happened, what to check, the request id. */
  describe(): string {
    const { hint, requestId } = this.options;
    return `${this.message}${hint ? `: ${hint}` : ''}${requestId ? ` [RequestId ${safeLine(requestId, 100)}]` : ''}`;
  }
}

/** The run was cancelled (SIGINT/SIGTERM) while waiting. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('the run was cancelled');
  }
}

/** Every error a run can end with. */
export type RunError = InputError | CredentialsError | DtsApiError | CancelledError;
