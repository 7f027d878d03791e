/**
 * The client's checks and error mapping for DescribeSynchronizationJobStatus: which answers it
 * accepts, and the RAM permission its refusals name.
 */
import { describe, expect, it } from '@jest/globals';
import { jobStatus, listsPage } from '../../src/dts/calls.js';
import { handlingOf } from '../../src/dts/policy.js';
import { apiError, checkAnswer, errorFromThrown, hintFor } from '../../src/dts/wire.js';
import { DtsApiError } from '../../src/errors.js';
import { thrownBy } from '../support/unit.js';

describe('checkAnswer for the job-status call', () => {
  it('accepts an answer with a job state and no list, and keeps it as it is', () => {
    const body = { RequestId: 'R', Status: 'synchronizing', DelayMillis: 0 };
    expect(checkAnswer(body, 200, jobStatus)).toBe(body);
    expect(checkAnswer({ PrecheckStatus: {} }, 200, jobStatus)).toEqual({ PrecheckStatus: {} });
    expect(checkAnswer({ Success: true }, 200, jobStatus)).toEqual({ Success: true });
  });

  it('refuses an answer with neither Success nor any job state, in words of its own', () => {
    const e = thrownBy(DtsApiError, () => checkAnswer({ RequestId: 'R', Delay: '3' }, 200, jobStatus));
    expect([e.code, handlingOf(e), e.message]).toEqual(['InvalidResponse', 'retry-call', 'DTS answered without Success or any job state']);
    // The page call still wants one of its lists, and says so.
    expect(() => checkAnswer({ Status: 'Synchronizing' }, 200, listsPage)).toThrow(
      'DTS answered without Success or any initialization list'
    );
  });

  it('maps Success false and HTTP errors as for the pages, with the hint of this action', () => {
    const e = thrownBy(DtsApiError, () =>
      checkAnswer({ Success: 'false', ErrCode: 'Forbidden.RAM', ErrMessage: 'no', RequestId: 'R1' }, 200, jobStatus)
    );
    expect([e.code, handlingOf(e), e.requestId]).toEqual(['Forbidden.RAM', 'refused', 'R1']);
    expect(e.hint).toContain('dts:DescribeSynchronizationJobStatus');
    expect(() => checkAnswer({}, 503, jobStatus)).toThrow(/HTTP 503/);
  });
});

describe('the RAM hint depends on the action refused', () => {
  it('names the permission of the call that was refused, and the read-only policy that covers both', () => {
    const lists = hintFor('Forbidden.RAM', listsPage);
    const job = hintFor('Forbidden.RAM', jobStatus);
    expect(lists).toMatch(/^check the RAM policy of the key: it must allow dts:DescribeInitializationStatus on this job/);
    expect(job).toMatch(/^check the RAM policy of the key: it must allow dts:DescribeSynchronizationJobStatus on this job/);
    for (const hint of [lists, job]) expect(hint).toContain('AliyunDTSReadOnlyAccess');
    expect(hintFor('NoPermission', jobStatus)).toBe(job);
    // The code some DTS answers give for a RAM refusal (HTTP 200, Success false).
    expect(hintFor('DTS.Msg.RamPermissionDenied', jobStatus)).toBe(job);
    // Hints that do not depend on the action are the same for both.
    expect(hintFor('InvalidAccessKeyId.NotFound', jobStatus)).toBe(hintFor('InvalidAccessKeyId.NotFound', listsPage));
    expect(hintFor('Throttling.User', jobStatus)).toBeUndefined();
  });

  it('carries the action through a gateway error that pop-core threw', () => {
    const thrown = Object.assign(new Error('Forbidden.RAM: ... POST http://h/?AccessKeyId=K'), {
      name: 'Forbidden.RAMError',
      code: 'Forbidden.RAM',
      data: { Code: 'Forbidden.RAM', Message: 'User not authorized', RequestId: 'R2' },
      entry: { response: { statusCode: 403 } }
    });
    const e = errorFromThrown(thrown, jobStatus);
    expect([e.code, handlingOf(e), e.httpStatus, e.requestId]).toEqual(['Forbidden.RAM', 'refused', 403, 'R2']);
    expect(e.hint).toContain('dts:DescribeSynchronizationJobStatus');
    expect(e.message).not.toContain('AccessKeyId');
    expect(errorFromThrown(thrown, listsPage).hint).toContain('dts:DescribeInitializationStatus');
    expect(apiError('Forbidden.RAM', undefined, undefined, 403, jobStatus).hint).toBe(e.hint);
  });
});
