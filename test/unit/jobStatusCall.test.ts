/**
 * The client's checks and error mapping for DescribeSynchronizationJobStatus: which answers it
 * accepts, and the RAM permission its refusals name.
 */
import { describe, expect, it } from '@jest/globals';
import { checkBody, JOB_STATUS_ACTION } from '../../src/dts/client.js';
import { apiError, fromThrown, hintFor } from '../../src/dts/apiErrors.js';
import { DtsApiError } from '../../src/errors.js';
import { thrownBy } from '../support/unit.js';

describe('checkBody for the job-status call', () => {
  it('accepts an answer with a job state and no list, and keeps it as it is', () => {
    const body = { RequestId: 'R', Status: 'synchronizing', DelayMillis: 0 };
    expect(checkBody(body, 200, JOB_STATUS_ACTION)).toBe(body);
    expect(checkBody({ PrecheckStatus: {} }, 200, JOB_STATUS_ACTION)).toEqual({ PrecheckStatus: {} });
    expect(checkBody({ Success: true }, 200, JOB_STATUS_ACTION)).toEqual({ Success: true });
  });

  it('refuses an answer with neither Success nor any job state, in words of its own', () => {
    const e = thrownBy(DtsApiError, () => checkBody({ RequestId: 'R', Delay: '3' }, 200, JOB_STATUS_ACTION));
    expect([e.code, e.retryable, e.message]).toEqual(['InvalidResponse', true, 'DTS answered without Success or any job state']);
    // The page call still wants one of its lists, and says so.
    expect(() => checkBody({ Status: 'Synchronizing' }, 200)).toThrow('DTS answered without Success or any initialization list');
  });

  it('maps Success false and HTTP errors as for the pages, with the hint of this action', () => {
    const e = thrownBy(DtsApiError, () =>
      checkBody({ Success: 'false', ErrCode: 'Forbidden.RAM', ErrMessage: 'no', RequestId: 'R1' }, 200, JOB_STATUS_ACTION)
    );
    expect([e.code, e.retryable, e.requestId]).toEqual(['Forbidden.RAM', false, 'R1']);
    expect(e.options.hint).toContain('dts:DescribeSynchronizationJobStatus');
    expect(() => checkBody({}, 503, JOB_STATUS_ACTION)).toThrow(/HTTP 503/);
  });
});

describe('the RAM hint depends on the action refused', () => {
  it('names the permission of the call that was refused, and the read-only policy that covers both', () => {
    const lists = hintFor('Forbidden.RAM');
    const job = hintFor('Forbidden.RAM', JOB_STATUS_ACTION);
    expect(lists).toMatch(/^check the RAM policy of the key: it must allow dts:DescribeInitializationStatus on this job/);
    expect(job).toMatch(/^check the RAM policy of the key: it must allow dts:DescribeSynchronizationJobStatus on this job/);
    for (const hint of [lists, job]) expect(hint).toContain('AliyunDTSReadOnlyAccess');
    expect(hintFor('NoPermission', JOB_STATUS_ACTION)).toBe(job);
    // The code some DTS answers give for a RAM refusal (HTTP 200, Success false).
    expect(hintFor('DTS.Msg.RamPermissionDenied', JOB_STATUS_ACTION)).toBe(job);
    // Hints that do not depend on the action are the same for both.
    expect(hintFor('InvalidAccessKeyId.NotFound', JOB_STATUS_ACTION)).toBe(hintFor('InvalidAccessKeyId.NotFound'));
    expect(hintFor('Throttling.User', JOB_STATUS_ACTION)).toBeUndefined();
  });

  it('carries the action through a gateway error that pop-core threw', () => {
    const thrown = Object.assign(new Error('Forbidden.RAM: ... POST http://h/?AccessKeyId=K'), {
      name: 'Forbidden.RAMError',
      code: 'Forbidden.RAM',
      data: { Code: 'Forbidden.RAM', Message: 'User not authorized', RequestId: 'R2' },
      entry: { response: { statusCode: 403 } }
    });
    const e = fromThrown(thrown, JOB_STATUS_ACTION);
    expect([e.code, e.retryable, e.options.httpStatus, e.requestId]).toEqual(['Forbidden.RAM', false, 403, 'R2']);
    expect(e.options.hint).toContain('dts:DescribeSynchronizationJobStatus');
    expect(e.message).not.toContain('AccessKeyId');
    expect(fromThrown(thrown).options.hint).toContain('dts:DescribeInitializationStatus');
    expect(apiError('Forbidden.RAM', undefined, undefined, 403, JOB_STATUS_ACTION).options.hint).toBe(e.options.hint);
  });
});
