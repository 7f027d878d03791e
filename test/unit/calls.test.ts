/**
 * The descriptors of the DTS calls: each has its reader, its label and its permission, and the
 * log's retry line names each call as its label says.
 */
import { describe, expect, it } from '@jest/globals';
import { StringPool } from '../../src/core/stringPool.js';
import { CALLS, jobStatus, listsPage } from '../../src/dts/calls.js';
import { dtsJobs, tableDetails } from '../../src/dts/currentCalls.js';
import { hintFor } from '../../src/dts/wire.js';
import { DtsApiError } from '../../src/errors.js';
import { retryLine } from '../../src/report/render/log.js';

/** A request of every call, and what its label must say. */
const REQUESTS: Record<string, { request: unknown; label: string }> = {
  DescribeDtsJobs: {
    request: { ids: ['dtsa1', 'dtsb2'], as: 'instance', jobType: 'SYNC', pageNumber: 1, purpose: 'look-up' },
    label: 'look-up of dtsa1 and 1 more by instance ID'
  },
  DescribeInitializationStatus: {
    request: { jobId: 'dtsa1', pageNum: 3, pageSize: 100, read: { strings: new StringPool() } },
    label: 'dtsa1 page 3'
  },
  DescribeSynchronizationJobStatus: { request: { jobId: 'dtsa1' }, label: 'dtsa1 job status' },
  DescribeDataCheckTableDetails: {
    request: { jobId: 'dtsa1', taskId: 'taska1', tables: 'differing', pageNumber: 2 },
    label: 'dtsa1 verification, differing tables, page 2'
  }
};

describe('every DTS call', () => {
  it.each(CALLS.map((call) => [call.action, call] as const))(
    '%s has its reading, its label, its parameters and its permission',
    (action, call) => {
      const sample = REQUESTS[action];
      expect(sample).toBeDefined();
      const request = sample!.request as never;
      expect(call.label(request)).toBe(sample!.label);
      expect(call.permission).toBe(`dts:${action}`);
      expect(call.answerFields.length).toBeGreaterThan(0);
      const params = call.params(request, 'cn-hangzhou');
      for (const value of Object.values(params)) expect(typeof value).toBe('string');
      expect(() => call.read({ Success: true }, request)).not.toThrow();
      // A refusal names the permission of this call.
      expect(hintFor('Forbidden.RAM', call)).toContain(`must allow ${call.permission} on this job`);
    }
  );

  it('lists every descriptor of the module, each once', () => {
    expect(CALLS).toEqual([dtsJobs, listsPage, jobStatus, tableDetails]);
    expect(new Set(CALLS.map((c) => c.action)).size).toBe(CALLS.length);
  });
});

describe('the retry line', () => {
  const throttled = new DtsApiError('Throttling.User', 'throttled');
  it('names a page of the lists by its job and page number', () => {
    const request = { jobId: 'dtsa1', pageNum: 2, pageSize: 100, read: { strings: new StringPool() } };
    expect(retryLine(listsPage.label(request), throttled, 1, 250)).toBe('  dtsa1 page 2: Throttling.User, retry 1 in 250 ms');
  });

  it('names a job view by its jobs and a look-up by its IDs and how they were asked, with the page after the first', () => {
    const view = { ids: ['k4demo7x2m9q1zb'], as: 'task', jobType: 'SYNC', pageNumber: 1, purpose: 'job view' } as const;
    expect(retryLine(dtsJobs.label(view), throttled, 1, 250)).toBe('  job view of k4demo7x2m9q1zb: Throttling.User, retry 1 in 250 ms');
    const lookUp = { ids: ['a', 'b', 'c'], as: 'task', jobType: 'MIGRATION', pageNumber: 2, purpose: 'look-up' } as const;
    expect(dtsJobs.label(lookUp)).toBe('look-up of a and 2 more by task ID page 2');
  });

  it('names a page of the table details by its job as written, and which tables it lists; it asks by the task ID, without a region', () => {
    const request = { jobId: 'dtsa1', taskId: 'taska1', tables: 'all', pageNumber: 1 } as const;
    expect(retryLine(tableDetails.label(request), throttled, 2, 400)).toBe(
      '  dtsa1 verification page 1: Throttling.User, retry 2 in 400 ms'
    );
    expect(tableDetails.params(request, 'cn-hangzhou')).toEqual({
      DtsJobId: 'taska1',
      CheckType: '1',
      Status: '-1',
      PageNumber: '1',
      PageSize: '100'
    });
  });

  it('names the job-status call as the job status of its job', () => {
    expect(retryLine(jobStatus.label({ jobId: 'dtsa1' }), throttled, 3, 900)).toBe(
      '  dtsa1 job status: Throttling.User, retry 3 in 900 ms'
    );
  });
});
