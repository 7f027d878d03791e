/**
 * What the log, the warnings, the annotations, the failure message, the summary and the report
 * file say of what only the current API tells (the task and instance IDs, DTS retrying, the help
 * pages of an error, its states) and of the endpoint, over readings made by the real readers.
 */
import { describe, expect, it } from '@jest/globals';
import { judgeJobs } from '../../src/core/jobRules.js';
import type { JobIdentity, JobReading, JobWarning } from '../../src/core/jobTypes.js';
import { readTaskEntry } from '../../src/core/jobView.js';
import { failedJobAnnotation, jobWarningText } from '../../src/report/render/annotations.js';
import { renderFailureMessage } from '../../src/report/render/failure.js';
import { failedJobLine, helpText, otherIdText, retryPhrase } from '../../src/report/render/jobWords.js';
import { jobPollPart, resolvedLines, waitingLine } from '../../src/report/render/log.js';
import { helpHref, helpLinks } from '../../src/report/render/summary/helpLinks.js';
import { renderSummary } from '../../src/report/render/summary/page.js';
import { reportOf } from '../../src/report/reportFile.js';
import { makeObject, makeSnapshot, makeVerdict } from '../support/objects.js';

const view = (entry: Record<string, unknown>): JobReading => ({ kind: 'read', job: readTaskEntry(entry, 1000).job });
const RETRY = { Retrying: true, RetryCount: 3, RetryTime: 180, MaxRetryTime: 43200, RetryTarget: 'destDB', ErrMessage: 'link failure' };
const HELP_URL = 'https://help.aliyun.com/zh/dts/support/common-errors-and-troubleshooting';
const MODIFY_FAILED = view({
  Status: 'ModifyFailed',
  ErrorMessage: 'table shop.archive does not exist',
  ErrorDetails: [{ ErrorCode: 'DTS-1051009', HelpUrl: HELP_URL }]
});

const TASK: JobIdentity = { id: 'k4demo7x2m9q1zb', instanceId: 'dtsdemo01', taskId: 'k4demo7x2m9q1zb', listed: true, fullDataCheck: false };
const INSTANCE: JobIdentity = { id: 'dtsother02', instanceId: 'dtsother02', taskId: 'otask0000000002', listed: true };
const LEGACY: JobIdentity = { id: 'dtsold03', instanceId: 'dtsold03', listed: false };

describe('the first lines', () => {
  const wait = { jobIds: ['a'], region: 'ap-northeast-1', timeoutMs: 60_000, pollIntervalMs: 1000 };

  it('say which endpoint the run uses, and why', () => {
    expect(waitingLine({ ...wait, endpoint: 'https://dts.ap-northeast-1.aliyuncs.com', endpointSource: 'sdk-map' }, 'inputs')).toBe(
      'Waiting on DTS job a in ap-northeast-1 (timeout 1m 00s, poll every 1s; endpoint https://dts.ap-northeast-1.aliyuncs.com, ' +
        "the region's entry in the endpoint map of Alibaba Cloud's SDK; credentials from inputs)."
    );
    expect(waitingLine({ ...wait, endpoint: 'https://dts.cn-nanjing.aliyuncs.com', endpointSource: 'regional-rule' }, 'inputs')).toContain(
      "; endpoint https://dts.cn-nanjing.aliyuncs.com, dts.<region>.aliyuncs.com, as Alibaba Cloud's SDK makes it for a region its endpoint map does not list;"
    );
    expect(waitingLine({ ...wait, endpoint: 'https://dts.example.test', endpointSource: 'input' }, 'inputs')).toContain(
      '; endpoint https://dts.example.test, as given;'
    );
  });

  it('say which task each job is, and that an ID not listed is used as given; nothing when the look-up was refused', () => {
    expect(resolvedLines([TASK, INSTANCE, LEGACY], undefined)).toEqual([
      '  k4demo7x2m9q1zb: synchronization task k4demo7x2m9q1zb of instance dtsdemo01.',
      '  dtsother02: synchronization task otask0000000002 of instance dtsother02.',
      '  dtsold03: not found among the synchronization tasks of the current API (DescribeDtsJobs); used as the instance ID, as given, with the legacy job-status call.'
    ]);
    expect(resolvedLines([LEGACY], { code: 'Forbidden.RAM', message: 'no' })).toEqual([]);
    const many = Array.from({ length: 25 }, (_, i) => ({ ...INSTANCE, id: `dtsjob${i}` }));
    expect(resolvedLines(many, undefined).at(-1)).toBe('  and 5 more jobs.');
  });
});

describe('DTS retrying', () => {
  it('reads as what is retried and how far, leaving out what DTS did not say', () => {
    expect(retryPhrase({ target: 'destDB', message: '', count: 3, seconds: 180, maxSeconds: 43200 })).toBe(
      'retrying destDB (retry 3, 3m 00s of at most 12h 00m 00s)'
    );
    expect(retryPhrase({ target: '', message: '' })).toBe('retrying a connection');
    expect(retryPhrase({ target: '::error::x', message: '', seconds: 5 })).toBe('retrying : :error::x (5s)');
  });

  it('is in the poll line, in place of the Retrying state or after another', () => {
    expect(jobPollPart(view({ Status: 'Retrying', RetryState: RETRY }))).toBe(
      'job retrying destDB (retry 3, 3m 00s of at most 12h 00m 00s)'
    );
    expect(jobPollPart(view({ Status: 'Initializing', RetryState: RETRY }))).toBe(
      'job initializing, retrying destDB (retry 3, 3m 00s of at most 12h 00m 00s)'
    );
    expect(jobPollPart(view({ Status: 'Retrying' }))).toBe('job retrying');
  });

  it('warns with the target, the figures and DTS’s message', () => {
    const [warning] = judgeJobs({
      jobIds: ['a'],
      readings: { a: view({ Status: 'Retrying', RetryState: RETRY }) },
      objects: {},
      retryEpisodes: { a: 1 }
    }).warnings;
    expect(jobWarningText(warning!)).toEqual({
      title: 'DTS retrying',
      message:
        'Job a: DTS is retrying destDB (retry 3, 3m 00s of at most 12h 00m 00s): link failure. A job that runs out of retries fails; the wait goes on.'
    });
  });

  it('is in the summary: the state, and a line with the message', () => {
    const snapshot = makeSnapshot([makeObject({ jobId: 'a' })], 2, ['a'], { jobs: { a: view({ Status: 'Retrying', RetryState: RETRY }) } });
    const summary = renderSummary({ verdict: makeVerdict({ snapshot }), region: 'cn-hangzhou', jobIds: ['a'] });
    expect(summary).toContain('**Job state:** retrying destDB (retry 3, 3m 00s of at most 12h 00m 00s)');
    expect(summary).toContain(
      '⚠️ **DTS is retrying destDB (retry 3, 3m 00s of at most 12h 00m 00s)**: link failure. A job that runs out of retries fails.'
    );
  });
});

describe('the other warnings of the current API', () => {
  const text = (warning: JobWarning) => jobWarningText(warning);

  it('a task not configured, and DescribeDtsJobs refused', () => {
    expect(text({ kind: 'not-configured', jobIds: ['a'], keys: ['k'], status: 'NotConfigured' }).title).toBe('DTS job not configured');
    const refused = text({
      kind: 'view-refused',
      jobIds: ['a', 'b'],
      keys: ['view-refused'],
      code: 'Forbidden.RAM',
      message: 'DTS refused: allow dts:DescribeDtsJobs'
    });
    expect(refused.title).toBe('DTS tasks not readable');
    expect(refused.message).toMatch(
      /^Could not read the synchronization tasks of the current API \(DescribeDtsJobs\): DTS refused: allow dts:DescribeDtsJobs\. /
    );
    expect(refused.message).toContain('each job-id as given, as an instance ID');
  });
});

describe('a failed job with help pages', () => {
  const failure = judgeJobs({ jobIds: ['a'], readings: { a: MODIFY_FAILED }, objects: {} }).failed[0]!;

  it('names them as text in the log, the annotation and the failure message', () => {
    expect(helpText(failure.errorDetails)).toBe(`help: DTS-1051009: ${HELP_URL}`);
    expect(failedJobLine(failure)).toBe(
      `job a: modifying objects failed: table shop.archive does not exist (help: DTS-1051009: ${HELP_URL})`
    );
    expect(failedJobAnnotation(failure).message.split('\n').at(-1)).toBe(`Help: DTS-1051009: ${HELP_URL}`);
    const snapshot = makeSnapshot([], 2, ['a'], { jobs: { a: MODIFY_FAILED } });
    expect(renderFailureMessage(makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot }))).toContain(HELP_URL);
  });

  it('links them in the summary, only to Alibaba Cloud’s documentation over https', () => {
    expect(helpLinks(failure.errorDetails)).toBe(`Help: [DTS-1051009](${HELP_URL})`);
    const snapshot = makeSnapshot([], 2, ['a'], { jobs: { a: MODIFY_FAILED } });
    expect(renderSummary({ verdict: makeVerdict({ status: 'failed', fail: true, snapshot }), region: 'r', jobIds: ['a'] })).toContain(
      `  > Help: [DTS-1051009](${HELP_URL})`
    );
    expect(helpHref('https://www.alibabacloud.com/help/en/dts/a(b) c')).toBe('https://www.alibabacloud.com/help/en/dts/a%28b%29%20c');
    for (const url of [
      'http://help.aliyun.com/x',
      'https://aliyun.com.evil.test/x',
      'https://evil.test/?https://help.aliyun.com',
      'javascript:alert(1)',
      'https://u:p@help.aliyun.com/',
      'not a url'
    ]) {
      expect([url, helpHref(url)]).toEqual([url, undefined]);
    }
    // Shown, but not as a link, and no autolink either.
    expect(helpLinks([{ code: 'X-1', helpUrl: 'https://evil.test/phish' }])).toBe('Help: X-1 (https:<!-- -->//evil.test/phish)');
    expect(helpLinks([{ code: 'X-1', helpUrl: '' }])).toBe('');
  });
});

describe('both IDs of a job', () => {
  it('are in the summary’s facts, the table of jobs and the report file, the ID as written first', () => {
    expect([otherIdText(TASK), otherIdText(INSTANCE), otherIdText(LEGACY), otherIdText(undefined)]).toEqual([
      'instance dtsdemo01',
      'task otask0000000002',
      '',
      ''
    ]);
    const ids = [TASK.id, INSTANCE.id, LEGACY.id];
    const snapshot = makeSnapshot([], 1, ids, {
      identities: [TASK, INSTANCE, LEGACY],
      jobs: { [TASK.id]: view({ Status: 'Initializing' }) }
    });
    const summary = renderSummary({ verdict: makeVerdict({ snapshot }), region: 'cn-hangzhou', jobIds: ids });
    expect(summary).toContain('**Jobs:** k4demo7x2m9q1zb (instance dtsdemo01), dtsother02 (task otask0000000002), dtsold03 ·');
    expect(summary).toContain('| k4demo7x2m9q1zb (instance dtsdemo01) | initializing |');
    const report = reportOf(makeVerdict({ snapshot }), { jobIds: ids, region: 'cn-hangzhou', startedAt: 0 }) as { jobs: object[] };
    expect(report.jobs).toEqual([
      expect.objectContaining({
        jobId: TASK.id,
        instanceId: 'dtsdemo01',
        taskId: TASK.id,
        listed: true,
        source: 'DescribeDtsJobs',
        retry: null
      }),
      expect.objectContaining({ jobId: INSTANCE.id, instanceId: INSTANCE.id, taskId: 'otask0000000002', reading: 'not-asked' }),
      expect.objectContaining({ jobId: LEGACY.id, instanceId: LEGACY.id, taskId: null, listed: false })
    ]);
  });
});
