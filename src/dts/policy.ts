/**
 * What an error from DTS means for the wait: the one table of the action's error policy.
 *
 * - `retry-call`: the same call may well succeed in a moment (throttling, a 5xx, a reset, a
 *   timeout, a malformed or non-JSON answer from a proxy): it is retried with backoff, and if
 *   the retries do not outlast it, the poll fails and the next poll tries again.
 * - `retry-poll`: the call is not worth repeating, but the next poll is (the deadline cut the
 *   poll's pages short; an answer its reader could not read would only come again at once).
 * - `refused`: the endpoint will keep refusing this call (no RAM permission, a job or action it
 *   does not know, a 4xx without an error code): asking again cannot help, so a call the gate
 *   can do without is not made again, and one it needs ends the run in `error`.
 * - `fatal`: nothing can work (credentials, the clock, an endpoint that cannot be reached, lists
 *   that never end): the run ends in `error`.
 *
 * The first row that matches decides. The codes are DTS's gateway codes and the transport codes
 * of wire.ts; the hints that go with them (what a person should check) are wire.ts's too.
 */
import type { DtsApiError } from '../errors.js';
import { MALFORMED_ANSWER, NETWORK_CODES } from './wire.js';

export type Handling = 'retry-call' | 'retry-poll' | 'refused' | 'fatal';

/** The code of a read the deadline stopped before its lists ended. */
export const POLL_INCOMPLETE = 'PollIncomplete';
/** The code of lists that outgrew the bound of a poll. */
export const TOO_MANY_OBJECTS = 'TooManyObjects';

const is4xx = (e: DtsApiError): boolean => e.httpStatus !== undefined && e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus !== 429;

const POLICY: ReadonlyArray<[(e: DtsApiError) => boolean, Handling]> = [
  [(e) => /^(Throttling|ServiceUnavailable|InternalError)|^UnknownError$|^SignatureNonceUsed$/.test(e.code), 'retry-call'],
  [(e) => NETWORK_CODES.has(e.code) || e.code === 'RequestTimeout', 'retry-call'],
  [(e) => e.code === POLL_INCOMPLETE || e.code === MALFORMED_ANSWER, 'retry-poll'],
  [
    (e) =>
      /^(SignatureDoesNotMatch|IncompleteSignature|InvalidAccessKeyId|InvalidSecurityToken|SecurityToken|MissingSecurityToken|InvalidTimeStamp)/.test(
        e.code
      ),
    'fatal'
  ],
  [(e) => e.code === 'ENOTFOUND' || e.code.startsWith('ERR_TLS') || e.code.includes('CERT'), 'fatal'],
  [(e) => e.code === TOO_MANY_OBJECTS || e.code === 'UnknownFailure', 'fatal'],
  // An answer that is no answer: refused for good when it came with a 4xx (the endpoint says
  // no, in HTML or without a code), else worth another try.
  [(e) => (e.code === 'InvalidResponse' || e.code === 'HttpError') && is4xx(e), 'refused'],
  [(e) => e.code === 'InvalidResponse' || e.code === 'HttpError', 'retry-call'],
  [
    (e) =>
      /^(Forbidden|NoPermission|NotAuthorized|InvalidJobId|InvalidDtsJobId|InvalidRegionId|InvalidParameter|MissingParameter|InvalidAction)|InstanceNotFound|NotFound$|PermissionDenied$/.test(
        e.code
      ),
    'refused'
  ],
  // A code this table does not know: a server error may pass, anything else is the endpoint's no.
  [(e) => e.httpStatus !== undefined && e.httpStatus >= 500, 'retry-call'],
  [() => true, 'refused']
];

export function handlingOf(error: DtsApiError): Handling {
  return POLICY.find(([matches]) => matches(error))?.[1] ?? 'refused';
}

/** Whether a call that failed with `error` is worth making again at once (with backoff). */
export const retriesCall = (error: DtsApiError): boolean => handlingOf(error) === 'retry-call';

/** Whether a poll that failed with `error` leaves the wait going (when an earlier poll completed). */
export const retriesPoll = (error: DtsApiError): boolean => {
  const handling = handlingOf(error);
  return handling === 'retry-call' || handling === 'retry-poll';
};
