import { describe, expect, it } from '@jest/globals';
import { listsPage } from '../../src/dts/calls.js';
import { retriesCall } from '../../src/dts/policy.js';
import { backoffMs, withRetry } from '../../src/dts/retry.js';
import { checkAnswer, errorFromThrown } from '../../src/dts/wire.js';
import { CancelledError, DtsApiError } from '../../src/errors.js';
import { systemClock } from '../../src/time.js';
import { virtualClock } from '../support/clock.js';
import { thrownBy } from '../support/unit.js';

/** What the client's edge makes of a thrown value (withRetry only ever sees its DtsApiErrors). */
const fromThrown = (thrown: unknown): DtsApiError => errorFromThrown(thrown, listsPage);
const checkBody = (body: unknown, httpStatus: number | undefined) => checkAnswer(body, httpStatus, listsPage);
const retryable = (e: DtsApiError): boolean => retriesCall(e);

const policy = { attempts: 4, baseMs: 1, capMs: 4 };

describe('withRetry', () => {
  it('retries retryable errors and returns the first success', async () => {
    let n = 0;
    const delays: number[] = [];
    const result = await withRetry(
      async () => {
        n++;
        if (n < 3) throw fromThrown({ name: 'SyntaxError', message: 'Unexpected token <', text: '<html>' });
        return 'ok';
      },
      { policy, deadline: 10_000, clock: virtualClock(), onRetry: (_e, _a, d) => delays.push(d) }
    );
    expect(result).toBe('ok');
    expect(n).toBe(3);
    expect(delays).toHaveLength(2);
  });

  it('neither retries nor logs a retry for a call that failed after the run was cancelled', async () => {
    const controller = new AbortController();
    const retries: number[] = [];
    const thrown = await withRetry(
      async () => {
        controller.abort(); // e.g. the socket closed because the run is over
        throw fromThrown(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
      },
      { policy, deadline: 10_000, clock: virtualClock(), signal: controller.signal, onRetry: (_e, attempt) => retries.push(attempt) }
    ).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(CancelledError);
    expect(retries).toEqual([]);
  });

  it('fails at once on an error that a retry cannot mend', async () => {
    let n = 0;
    const err = Object.assign(new Error('SignatureDoesNotMatch, URL: http://x/?AccessKeyId=K&Signature=S'), {
      code: 'SignatureDoesNotMatch',
      data: { Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.', RequestId: 'R-1' },
      entry: { response: { statusCode: 400 } }
    });
    const thrown = await withRetry(
      async () => {
        n++;
        throw fromThrown(err);
      },
      { policy, deadline: 10_000, clock: virtualClock() }
    ).catch((e: unknown) => e);
    expect(n).toBe(1);
    expect(thrown).toBeInstanceOf(DtsApiError);
    const text = (thrown as DtsApiError).explain();
    expect(text).toContain('SignatureDoesNotMatch');
    expect(text).toContain('key pair');
    expect(text).toContain('R-1');
    expect(text).not.toContain('URL');
    expect(text).not.toContain('AccessKeyId=');
  });

  it('gives up after the attempts, and never waits past the deadline', async () => {
    let n = 0;
    const throttled = () => {
      n++;
      return Promise.reject(fromThrown(Object.assign(new Error('x'), { code: 'Throttling.User', data: { Code: 'Throttling.User' } })));
    };
    await expect(withRetry(throttled, { policy, deadline: 10_000, clock: virtualClock() })).rejects.toMatchObject({
      code: 'Throttling.User'
    });
    expect(n).toBe(4);
    n = 0;
    await expect(
      withRetry(throttled, { policy: { attempts: 10, baseMs: 1000, capMs: 1000 }, deadline: 5, clock: virtualClock(), random: () => 0.99 })
    ).rejects.toMatchObject({
      code: 'Throttling.User'
    });
    expect(n).toBe(1);
  });

  it('stops waiting when cancelled', async () => {
    const controller = new AbortController();
    const p = withRetry(() => Promise.reject(fromThrown(Object.assign(new Error('x'), { code: 'ECONNRESET' }))), {
      policy: { attempts: 5, baseMs: 10_000, capMs: 10_000 },
      deadline: systemClock.now() + 60_000,
      clock: systemClock,
      random: () => 1,
      signal: controller.signal
    });
    controller.abort();
    await expect(p).rejects.toBeInstanceOf(CancelledError);
  });

  it('draws full-jitter delays under the capped exponential step', () => {
    const p = { attempts: 9, baseMs: 100, capMs: 1000 };
    expect(backoffMs(1, p, () => 0.999)).toBe(99);
    expect(backoffMs(3, p, () => 0.999)).toBe(399);
    expect(backoffMs(8, p, () => 0.999)).toBe(999);
    expect(backoffMs(8, p, () => 0)).toBe(0);
  });
});

describe('error mapping', () => {
  it.each([
    ['Throttling.User', 400, true],
    ['ServiceUnavailable', 503, true],
    ['InternalError', 500, true],
    ['InvalidAccessKeyId.NotFound', 404, false],
    ['Forbidden.RAM', 403, false],
    ['Forbidden.InstanceNotFound', 404, false],
    ['InvalidParameter', 400, false]
  ])('%s (HTTP %i) retried: %s', (code, status, retried) => {
    const e = fromThrown(
      Object.assign(new Error(`m, URL: http://h/?Signature=zz`), {
        code,
        data: { Code: code, RequestId: 'r' },
        entry: { response: { statusCode: status } }
      })
    );
    expect(retryable(e)).toBe(retried);
    expect(e.message).not.toContain('Signature=');
  });

  it('maps transport failures without their messages', () => {
    const timeout = fromThrown({ name: 'RequestTimeoutError', message: 'ReadTimeout: GET http://h/?AccessKeyId=K failed.' });
    expect([timeout.code, retryable(timeout)]).toEqual(['RequestTimeout', true]);
    const reset = fromThrown(Object.assign(new Error('socket hang up, POST http://h/ failed'), { code: 'ECONNRESET' }));
    expect([reset.code, retryable(reset)]).toEqual(['ECONNRESET', true]);
    expect(reset.message).not.toContain('http');
    expect(retryable(fromThrown(Object.assign(new Error('x'), { code: 'ENOTFOUND' })))).toBe(false);
  });

  it('checks Success false, HTTP errors without a code, and answers without any list', () => {
    expect(() => checkBody({ Success: 'false', ErrCode: 'InvalidJobId', ErrMessage: 'no such job', RequestId: 'R' }, 200)).toThrow(
      /InvalidJobId.*no such job/
    );
    expect(() => checkBody({ Success: false, ErrCode: 'Throttling', RequestId: 'R' }, 200)).toThrow(DtsApiError);
    expect(() => checkBody({}, 500)).toThrow(/HTTP 500/);
    expect(() => checkBody({}, 200)).toThrow(/without Success/);
    expect(checkBody({ Success: 'true', DataInitializationDetails: [] }, 200)).toEqual({ Success: 'true', DataInitializationDetails: [] });
    expect(retryable(thrownBy(DtsApiError, () => checkBody({ Success: false, ErrCode: 'Throttling.User' }, 200)))).toBe(true);
  });

  it.each([[[false]], [[true]], [['true']], [null], ['yes'], [''], [0], [1], [{ Success: true }]])(
    'takes Success %j for a malformed answer, retried like the others, not for a success',
    (success) => {
      const error = thrownBy(DtsApiError, () => checkBody({ Success: success, DataInitializationDetails: [] }, 200));
      expect([error.code, retryable(error)]).toEqual(['InvalidResponse', true]);
      expect(error.message).toMatch(/Success that is neither true nor false \((array|null|string|number|object)\)/);
    }
  );

  it('reads Success as a boolean or as the text true/false in any case, and a missing one by the lists', () => {
    for (const success of [true, 'true', 'TRUE', ' True ']) {
      expect(checkBody({ Success: success, DataInitializationDetails: [] }, 200)).toEqual({
        Success: success,
        DataInitializationDetails: []
      });
    }
    for (const success of [false, 'false', 'False']) {
      expect(thrownBy(DtsApiError, () => checkBody({ Success: success }, 200)).code).toBe('UnknownError');
    }
    expect(checkBody({ DataInitializationDetails: [] }, 200)).toEqual({ DataInitializationDetails: [] });
  });
});

describe('safe API messages', () => {
  it('drops the string to sign that SignatureDoesNotMatch repeats, with the token in it', () => {
    const token = 'CAIS+tok/en==';
    const twice = encodeURIComponent(encodeURIComponent(token));
    const e = fromThrown(
      Object.assign(new Error('x'), {
        code: 'SignatureDoesNotMatch',
        data: {
          Code: 'SignatureDoesNotMatch',
          Message: `Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAI%26SecurityToken%3D${twice}`,
          RequestId: 'R'
        }
      })
    );
    expect(e.message).toContain('Specified signature is not matched with our calculation.');
    expect(e.message).not.toContain('LTAI');
    expect(e.message).not.toContain(twice);
    expect(e.message).not.toMatch(/string to sign/i);
  });

  it('redacts signed-query fragments anywhere in a message', () => {
    const e = fromThrown(
      Object.assign(new Error('x'), {
        code: 'InvalidParameter',
        data: { Code: 'InvalidParameter', Message: 'bad: /?AccessKeyId=LTAIabc&x=1 end' }
      })
    );
    expect(e.message).not.toContain('LTAIabc');
    expect(e.message).toContain('[redacted]');
  });
});
