/** Plain test data of the job as a whole: readings made by the real reader, and a failed precheck. */
import { readJobStatus } from '../../src/core/job.js';
import type { JobReading } from '../../src/core/jobTypes.js';

/** The reading of a job-status call that answered `body`. */
export function readingOf(body: Record<string, unknown>): JobReading {
  return { kind: 'read', job: readJobStatus(body) };
}

/** A job-status call refused for good, as the poll records it. */
export function refusedReading(
  code = 'Forbidden.RAM',
  message = 'DTS refused the call: Forbidden.RAM (User not authorized to operate on the specified resource.): ' +
    'check the RAM policy of the key: it must allow dts:DescribeSynchronizationJobStatus on this job'
): JobReading {
  return { kind: 'refused', code, message };
}

/** A failed precheck in the lower casing: one check passed, two failed (one with a repair method). */
export const PRECHECK_FAILED_ANSWER = {
  Status: 'precheckFailed',
  ErrorMessage: '',
  PrecheckStatus: {
    Status: 'Failed',
    Percent: '100',
    Detail: [
      { ItemName: 'CHECK_CONN_SRC', CheckStatus: 'Success' },
      {
        ItemName: 'CHECK_SRC_BINLOG_FORMAT',
        CheckStatus: 'Failed',
        ErrorMessage: 'binlog_format is STATEMENT',
        RepairMethod: "Run SET GLOBAL binlog_format = 'ROW'"
      },
      { ItemName: 'CHECK_DEST_PRIVILEGE', CheckStatus: 'Failed', ErrorMessage: 'no CREATE privilege' }
    ]
  }
};
