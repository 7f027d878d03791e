/**
 * The job summary's markdown, part by part: the verdict and facts, what failed with its whole
 * error, the counts, what is pending, the folded finished and running objects, the bounds.
 * How the page looks in a browser is test/browser/summary.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ClassifiedObject, State, Verdict } from '../../src/core/types.js';
import { InputError } from '../../src/errors.js';
import { safeMarkdown } from '../../src/text/safe.js';
import { formatThousands } from '../../src/report/render/format.js';
import type { JobReading } from '../../src/core/jobTypes.js';
import { progressBar } from '../../src/report/render/summary/jobs.js';
import { renderSummary } from '../../src/report/render/summary/page.js';
import { PRECHECK_FAILED_ANSWER, readingOf, refusedReading } from '../support/jobs.js';
import { cells, expectWellFormedTables, tables } from '../support/markdown.js';
import { makeObject, makeSnapshot, makeVerdict, seedObjects } from '../support/objects.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const hostile = 'evil|name <script>alert("x")</script>\nline2\r\n`code` *bold* _it_ [link](http://x) \\| ~~s~~ \u0000\u0007\u202e';

/** The items under "What failed": each is a `- ` line and the quoted error line below it. */
function failureItems(md: string): Array<{ title: string; error: string }> {
  const part = md.split('### What failed\n')[1]?.split('\n### ')[0] ?? '';
  const lines = part.split('\n');
  const items: Array<{ title: string; error: string }> = [];
  lines.forEach((line, i) => {
    if (line.startsWith('- ')) items.push({ title: line, error: (lines[i + 1] ?? '').replace(/^ {2}> /, '') });
  });
  return items;
}

/** The data rows of the table that follows `marker` (a heading or a fold's summary). */
function rowsAfter(md: string, marker: string): string[][] {
  const at = md.indexOf(marker);
  if (at < 0) return [];
  return (tables(md.slice(at))[0] ?? []).slice(2).map(cells);
}

const PENDING = '### Still pending';
const RUNNING = 'incremental entry running</summary>';
const RUNNING_MANY = 'incremental entries running</summary>';
const FINISHED = 'finished</summary>';

describe('renderSummary', () => {
  const seedVerdict = (): Verdict =>
    makeVerdict({ status: 'finished', snapshot: makeSnapshot(seedObjects('dtsjob1'), 3), polls: 3, elapsedMs: 252_000 });

  it('renders the seed example: verdict, facts, counts, and the finished and running objects folded', () => {
    const md = renderSummary({
      verdict: seedVerdict(),
      region: 'cn-hangzhou',
      jobIds: ['dtsjob1'],
      reportFile: '/tmp/runner/dts-init-gate-7.json'
    });
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ✅ DTS initialization finished');
    expect(lines[2]).toBe('Initial synchronization finished: 2 objects finished; 1 incremental entry running.');
    expect(md).toContain('**Job:** dtsjob1 · **Region:** cn-hangzhou · **Elapsed:** 4m 12s · **Polls:** 3');
    expect(md).toContain('| structure | 1 | 0 | 0 | 0 | 0 | 1 |');
    expect(md).toContain('| **total** | 2 | 0 | 0 | 0 | 1 | 3 |');
    expect(md).not.toContain('What failed');
    expect(md).not.toContain(PENDING);
    expect(md).toContain('<details>\n<summary>🔁 1 incremental entry running</summary>');
    expect(rowsAfter(md, RUNNING)).toEqual([['dtstestdata.customer', 'Running']]);
    expect(md).toContain('<details>\n<summary>✅ 2 objects finished</summary>');
    expect(rowsAfter(md, FINISHED)).toEqual([
      ['dtstestdata.customer', 'structure', '', ''],
      ['dtstestdata.customer', 'data', '9,993&nbsp;/&nbsp;9,981', '0.0s']
    ]);
    expect(md).not.toContain('not listed here');
    expectWellFormedTables(md);
  });

  it('names the report file and says how to keep it, since the runner deletes it', () => {
    const md = renderSummary({
      verdict: seedVerdict(),
      region: 'r',
      jobIds: ['dtsjob1'],
      reportFile: '/tmp/runner/dts-init-gate-7.json',
      reportFileOnRunner: true
    });
    const last = md.trimEnd().split('\n').pop() ?? '';
    expect(last).toContain('report file dts-init-gate-7.json (output `report-file`)');
    expect(last).toContain('`uses: actions/upload-artifact@v7` with `path: ${{ steps.<id>.outputs.report-file }}`');
    expect(last).not.toContain('/tmp/runner');
    expect(renderSummary({ verdict: seedVerdict(), region: 'r', jobIds: ['dtsjob1'] })).not.toContain('report file');
  });

  it('names a report file off the runner without telling how to keep it: it stays where it was written', () => {
    const md = renderSummary({ verdict: seedVerdict(), region: 'r', jobIds: ['dtsjob1'], reportFile: '/home/me/report.json' });
    const last = md.trimEnd().split('\n').pop() ?? '';
    expect(last).toBe('Every object, with the verdict and the timings, is in the report file report.json (output `report-file`).');
  });

  it('names every verdict in the heading', () => {
    const headings: Record<Verdict['status'], string> = {
      finished: '## ✅ DTS initialization finished',
      failed: '## ❌ DTS initialization failed',
      timeout: '## ⏱️ DTS initialization timed out',
      cancelled: '## 🛑 DTS initialization cancelled',
      error: '## ⚠️ DTS initialization status could not be read'
    };
    for (const [status, heading] of Object.entries(headings)) {
      const md = renderSummary({ verdict: makeVerdict({ status: status as Verdict['status'] }), region: 'r', jobIds: ['j'] });
      expect(md.split('\n')[0]).toBe(heading);
    }
    expect(renderSummary({ verdict: makeVerdict(), region: 'r', jobIds: ['j'], title: 'Staging sync' }).split('\n')[0]).toBe(
      '## ✅ Staging sync finished'
    );
  });

  it('says so when no poll completed, and shows the notes', () => {
    const md = renderSummary({
      verdict: makeVerdict({
        status: 'error',
        error: new InputError('job-id', 'Could not read DTS: InvalidAccessKeyId.NotFound'),
        polls: 0,
        elapsedMs: 1200
      }),
      region: 'cn-hangzhou',
      jobIds: ['dtsjob1']
    });
    expect(md).toContain('Could not read DTS: InvalidAccessKeyId.NotFound');
    expect(md).toContain('_No poll completed, so there are no object counts to show._');
    expect(md).toContain('**Polls:** 0');
    expect(tables(md)).toHaveLength(0);
    const noted = renderSummary({
      verdict: makeVerdict({ status: 'timeout', fail: false, snapshot: makeSnapshot([makeObject()], 2, ['dtsjob1', 'dts<early>']) }),
      region: 'cn-hangzhou',
      jobIds: ['dtsjob1', 'dts<early>']
    });
    expect(noted).toContain(
      '- Job dts&lt;early&gt;: DTS has not reported any objects yet.\n- fail-on-timeout is false: this timeout does not fail the run.'
    );
  });

  it('lists what failed first, each with its whole error quoted below it', () => {
    const long =
      'DTS-1020042 Execute sql error sql: ALTER TABLE `shop`.`items` ' + 'ADD CONSTRAINT x '.repeat(80) + 'cause: the real cause';
    const objects = [
      makeObject({ name: 'done' }),
      makeObject({
        section: 'constraint',
        name: 'fk_items',
        type: 'ForeignKey',
        parent: 'dtstestdata.items:Table',
        state: 'Failed',
        error: long
      }),
      makeObject({ section: 'data', name: 'payments', destinationDatabase: 'billing_v2', state: 'Failed', error: '' }),
      makeObject({ name: 'tmp_x', state: 'Failed', outcome: 'ignored', error: 'dup' })
    ];
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    expect(md.indexOf('### What failed')).toBeLessThan(md.indexOf('### Counts'));
    const items = failureItems(md);
    expect(items.map((i) => i.title)).toEqual([
      '- ❌ **dtstestdata.fk\\_items (on items)** · constraint, ForeignKey',
      '- ❌ **dtstestdata.payments → billing\\_v2** · data, Table',
      '- ⚠️ Failed (ignored): **dtstestdata.tmp\\_x** · structure, Table'
    ]);
    expect(long.length).toBeGreaterThan(1400);
    expect(items[0]?.error).toBe(safeMarkdown(long, 2000));
    expect(items[0]?.error.endsWith('cause: the real cause')).toBe(true);
    expect(items[1]?.error).toBe('_DTS gave no error message._');
    expect(items[2]?.error).toBe('dup');
  });

  it('keeps an error a paragraph whatever it starts with', () => {
    const starts = ['# heading', '- item', '+ item', '= setext', '1. first', '12) twelfth'];
    const objects = starts.map((error, i) => makeObject({ name: `t${i}`, state: 'Failed', error }));
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    expect(failureItems(md).map((i) => i.error)).toEqual([
      '\\#<!-- --> heading',
      '\\- item',
      '\\+ item',
      '\\= setext',
      '1\\. first',
      '12\\) twelfth'
    ]);
  });

  it('keeps hostile names and errors inside their cells and items', () => {
    const objects = [
      makeObject({ section: 'structure', name: hostile, sourceDatabase: 'db|x', state: 'Failed', error: hostile + '\n' + hostile }),
      makeObject({ section: 'data', name: 'a`b|c\nd', state: 'Migrating', totalRows: '1|2', finishedRows: '<b>', usedTime: '1|s' }),
      makeObject({ section: 'constraint', name: 'fk|1', type: 'Foreign|Key', parent: 'dtstestdata.or|ders:Table', state: 'NotStarted' }),
      makeObject({ jobId: 'job|2\n<x>', section: 'incremental', name: '*', state: 'Weird' as State, status: 'We|ird\n`' })
    ];
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects, 1, ['dtsjob1', 'job|2\n<x>', hostile]) }),
      region: 'r|<g>',
      jobIds: ['dtsjob1', 'job|2\n<x>']
    });
    expectWellFormedTables(md);
    expect(md).not.toMatch(/<script|<b>|<x>|<g>/);
    const items = failureItems(md);
    expect(items).toHaveLength(1);
    expect(items[0]?.title).toContain(`**db\\|x.${safeMarkdown(hostile, 256)} → dtstestdata**`);
    expect(items[0]?.error).toBe(safeMarkdown(hostile + '\n' + hostile, 2000));
    // With several jobs the tables have a Job column, last.
    const pending = rowsAfter(md, PENDING);
    expect(pending).toHaveLength(2);
    for (const row of pending) expect(row).toHaveLength(4);
    expect(rowsAfter(md, RUNNING)).toEqual([['dtstestdata.\\*', 'Running', 'job\\|2 &lt;x&gt;']]);
    // The job id stays one heading line.
    expect(md).toContain('### Job job\\|2 &lt;x&gt;\n');
  });

  it('orders what is pending: migrating, not started, unknown; then running and finished, folded', () => {
    const states: Array<Partial<ClassifiedObject>> = [
      { name: 'fin', state: 'Finished' },
      { name: 'unk', state: 'unknown', status: 'Paused' },
      { name: 'ns', state: 'NotStarted' },
      { name: 'run', section: 'incremental', state: 'Migrating' },
      { name: 'mig', section: 'data', state: 'Migrating', totalRows: '120000', finishedRows: '120873' },
      { name: 'ign', state: 'Failed', outcome: 'ignored', error: 'dup' },
      { name: 'fail', section: 'constraint', state: 'Failed', error: 'boom', parent: 'dtstestdata.orders:Table' }
    ];
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(states.map((p) => makeObject(p))) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    expect(failureItems(md).map((i) => i.title.split('**')[1])).toEqual(['dtstestdata.fail (on orders)', 'dtstestdata.ign']);
    expect(md).toContain('### Still pending (3)');
    expect(rowsAfter(md, PENDING)).toEqual([
      // More rows copied than estimated, but not Finished: never 100%.
      ['dtstestdata.mig', 'data', 'Migrating · 99.9% · 120,873&nbsp;/&nbsp;120,000'],
      ['dtstestdata.ns', 'structure', 'Not&nbsp;started'],
      ['dtstestdata.unk', 'structure', 'status Paused']
    ]);
    expect(rowsAfter(md, RUNNING)).toEqual([['dtstestdata.run', 'Running']]);
    expect(rowsAfter(md, FINISHED)).toEqual([['dtstestdata.fin', 'structure', '', '']]);
    const order = [md.indexOf('### What failed'), md.indexOf('### Counts'), md.indexOf(PENDING), md.indexOf(RUNNING), md.indexOf(FINISHED)];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('Statuses the gate does not know, counted as pending: Paused');
  });

  it('formats huge and empty row counts without losing digits', () => {
    const objects = [
      makeObject({
        section: 'data',
        name: 'big',
        totalRows: '123456789012345678901234567890',
        finishedRows: '9007199254740993',
        state: 'Migrating'
      }),
      makeObject({ section: 'data', name: 'empty', totalRows: '', finishedRows: '', state: 'Migrating' }),
      makeObject({ section: 'data', name: 'half', totalRows: '1000', state: 'Migrating' }),
      makeObject({ section: 'data', name: 'done', totalRows: '1000', usedTime: '12s', state: 'Finished' })
    ];
    const md = renderSummary({
      verdict: makeVerdict({ status: 'timeout', snapshot: makeSnapshot(objects) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    expect(rowsAfter(md, PENDING).map((r) => r[2])).toEqual([
      'Migrating · 0.0% · 9,007,199,254,740,993&nbsp;/&nbsp;123,456,789,012,345,678,901,234,567,890',
      'Migrating',
      'Migrating · ?&nbsp;/&nbsp;1,000'
    ]);
    expect(rowsAfter(md, FINISHED)).toEqual([['dtstestdata.done', 'data', '?&nbsp;/&nbsp;1,000', '12s']]);
  });

  it('renders one count table per job, then the total, and names the job of each object', () => {
    const objects = [
      ...seedObjects('dtsa'),
      ...seedObjects('dtsb').map((o) => ({ ...o, name: 'orders' })),
      makeObject({ jobId: 'dtsb', state: 'Failed', name: 'x', error: 'e' })
    ];
    const snapshot = makeSnapshot(objects, 2, ['dtsa', 'dtsb', 'dtsc']);
    const md = renderSummary({ verdict: makeVerdict({ status: 'failed', snapshot }), region: 'r', jobIds: ['dtsa', 'dtsb', 'dtsc'] });
    const at = ['### Job dtsa', '### Job dtsb', '### Job dtsc', '### All jobs'].map((h) => md.indexOf(h));
    expect(at[0]).toBeGreaterThan(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('**Jobs:** dtsa, dtsb, dtsc');
    expect(md.slice(at[2], at[3])).toContain('has not reported any objects');
    expect(md.slice(at[1], at[2])).toContain('| structure | 1 | 1 | 0 | 0 | 0 | 2 |');
    expect(md.slice(at[3])).toContain('| **total** | 4 | 1 | 0 | 0 | 2 | 7 |');
    expect(failureItems(md)[0]?.title).toBe('- ❌ **dtstestdata.x** · structure, Table · job dtsb');
    expect(md).toContain('| Object | Section | Rows | Time | Job |');
    expect(rowsAfter(md, FINISHED)[0]).toEqual(['dtstestdata.customer', 'structure', '', '', 'dtsa']);
    expectWellFormedTables(md);
  });

  it('uses one row per job when there are many jobs', () => {
    const jobIds = Array.from({ length: 30 }, (_, i) => `dtsjob${i}`);
    const objects = jobIds.flatMap((id) => seedObjects(id));
    const md = renderSummary({ verdict: makeVerdict({ snapshot: makeSnapshot(objects, 1, jobIds) }), region: 'r', jobIds });
    expect(md).toContain('### Jobs');
    expect(md).not.toContain('### Job dtsjob0');
    expect(md).toContain('| dtsjob29 | 2 | 0 | 0 | 0 | 1 | 3 |');
    expect(md).toContain('| **total** | 60 | 0 | 0 | 0 | 30 | 90 |');
    expect(md).toContain('and 10 more');
    expectWellFormedTables(md);
  });

  it('stays under 512 KiB with 100,000 objects, what failed first, and says what it left out', () => {
    const objects: ClassifiedObject[] = [];
    for (let i = 0; i < 100_000; i++) {
      const failed = i % 50 === 7; // 2,000 failures spread through the list
      objects.push(
        makeObject({
          section: i % 2 === 0 ? 'structure' : 'data',
          name: `table_${i}`,
          state: failed ? 'Failed' : 'Finished',
          error: failed ? `Duplicate entry '${i}' for key 'PRIMARY' `.repeat(20) : '',
          totalRows: i % 2 === 0 ? undefined : String(i * 1000),
          finishedRows: i % 2 === 0 ? undefined : String(i * 1000),
          usedTime: i % 2 === 0 ? undefined : '1.5'
        })
      );
    }
    const verdict = makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects, 40) });
    const md = renderSummary({ verdict, region: 'cn-hangzhou', jobIds: ['dtsjob1'], reportFile: '/tmp/r.json' });
    expect(bytes(md)).toBeLessThan(512 * 1024);
    const listed = failureItems(md).length;
    expect(listed).toBeGreaterThan(400);
    expect(listed).toBeLessThan(2000);
    expect(md).not.toContain(FINISHED);
    expect(md).toContain(
      `_${formatThousands(100_000 - listed)} more objects are not listed here (${formatThousands(2000 - listed)} failed, 98,000 finished): the summary has to stay under 512 KiB. Every object is in the report file._`
    );
    expectWellFormedTables(md);

    // Short errors: the cap on listed objects ends the list first.
    const short = objects.map((o) => (o.outcome === 'failed' ? { ...o, error: 'dup' } : o));
    const capped = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(short, 40) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    expect(failureItems(capped)).toHaveLength(1000);
    expect(capped).toContain('_99,000 more objects are not listed here (1,000 failed, 98,000 finished): the page stops at 1,000 objects._');
  });

  it('cuts by bytes when failures are large, listing what failed before anything else', () => {
    const objects: ClassifiedObject[] = [];
    for (let i = 0; i < 3000; i++) objects.push(makeObject({ name: `t${i}`, state: 'Finished' }));
    for (let i = 0; i < 300; i++) objects.push(makeObject({ name: `f${i}`, state: 'Failed', error: 'é'.repeat(1000) }));
    for (let i = 0; i < 50; i++) objects.push(makeObject({ section: 'data', name: `m${i}`, state: 'Migrating' }));
    const maxBytes = 64 * 1024;
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects) }),
      region: 'r',
      jobIds: ['dtsjob1'],
      maxBytes,
      reportFile: '/tmp/r.json'
    });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    const items = failureItems(md);
    expect(items.length).toBeGreaterThan(20);
    expect(items.length).toBeLessThan(300);
    expect(items.every((i) => i.error === 'é'.repeat(1000))).toBe(true);
    expect(md).not.toContain(PENDING);
    expect(md).toContain(
      `_${formatThousands(3350 - items.length)} more objects are not listed here (${300 - items.length} failed, 50 pending, 3,000 finished): the summary has to stay under 64 KiB. Every object is in the report file._`
    );
    // The rest of the room is used: one more failure would not have fit.
    expect(maxBytes - bytes(md)).toBeLessThan(2 * 1000 + 400);
  });

  it('lists what failed, then what is pending, then the rest, up to maxRows', () => {
    const objects = [
      ...Array.from({ length: 5 }, (_, i) => makeObject({ name: `done${i}` })),
      makeObject({ name: 'bad', state: 'Failed' }),
      makeObject({ name: 'slow', section: 'data', state: 'Migrating' })
    ];
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects) }),
      region: 'r',
      jobIds: ['dtsjob1'],
      maxRows: 3
    });
    expect(failureItems(md)).toHaveLength(1);
    expect(rowsAfter(md, PENDING).map((r) => r[0])).toEqual(['dtstestdata.slow']);
    expect(md).toContain('<summary>✅ 5 objects finished</summary>');
    expect(rowsAfter(md, FINISHED).map((r) => r[0])).toEqual(['dtstestdata.done0']);
    expect(md).toContain('_4 more objects are not listed here (4 finished): the page stops at 3 objects._');
  });

  it('never exceeds maxBytes, however small (property)', () => {
    const objects = [makeObject({ state: 'Failed', error: hostile.repeat(5) }), ...seedObjects('dtsjob2')];
    const verdict = makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects, 1, ['dtsjob1', 'dtsjob2', 'n1', 'n2']) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), (maxBytes) => {
        const md = renderSummary({ verdict, region: 'r', jobIds: ['dtsjob1', 'dtsjob2'], reportFile: '/tmp/r.json', maxBytes });
        expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      }),
      { numRuns: 300 }
    );
  });

  it('says when a job has reported no objects yet', () => {
    const md = renderSummary({
      verdict: makeVerdict({ status: 'timeout', snapshot: makeSnapshot([], 5, ['dtsjob1']) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    expect(md).toContain('_DTS has not reported any objects yet._');
    expect(md).toContain('| **total** | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(md).not.toContain(RUNNING_MANY);
  });
});

// ---------------------------------------------------------------------------------------------
// The job as a whole

describe('renderSummary: the job as a whole', () => {
  const rows = (copied: number[], states: State[]): ClassifiedObject[] =>
    copied.map((n, i) =>
      makeObject({ section: 'data', name: `t${i}`, state: states[i] ?? 'Migrating', finishedRows: String(n), totalRows: '1000' })
    );
  const summaryOf = (verdict: Verdict, jobIds = ['dtsjob1'], maxBytes?: number): string =>
    renderSummary({ verdict, region: 'r', jobIds, ...(maxBytes !== undefined && { maxBytes }) });
  const headOf = (md: string): string => md.split('\n### ')[0] ?? '';

  it('draws the copy as a text bar of twenty cells, full only at 100%', () => {
    expect([0, 4.9, 5, 42.5, 99.9, 100].map(progressBar)).toEqual([
      '░'.repeat(20),
      '░'.repeat(20),
      '█' + '░'.repeat(19),
      '█'.repeat(8) + '░'.repeat(12),
      '█'.repeat(19) + '░',
      '█'.repeat(20)
    ]);
  });

  it('shows in the head the job state, the copy with the rate and the time left, and the delay', () => {
    const objects = rows([1000, 400, 0], ['Finished', 'Migrating', 'NotStarted']);
    const samples = [
      { atMs: 30_000, doneRows: 0n, entries: 3 },
      { atMs: 60_000, doneRows: 700n, entries: 3 }
    ];
    const context = { jobs: { dtsjob1: readingOf({ Status: 'Initializing', Delay: '3' }) }, samples };
    const md = summaryOf(makeVerdict({ status: 'timeout', snapshot: makeSnapshot(objects, 3, ['dtsjob1'], context) }));
    const head = headOf(md);
    expect(head).toContain('\n\n**Job state:** initializing\n\n');
    // 1,400 of 3,000 rows; 700 rows in the 30 s since the last poll: about 69 s for the 1,600 left.
    expect(head).toContain(`**Full data:** ${'█'.repeat(9)}${'░'.repeat(11)} 46.6% · 1,400 of 3,000 rows · 23 rows/s · about 1m 09s left`);
    // A job that initializes does not replicate yet: whatever its answer says, there is no delay to show.
    expect(head).not.toContain('**Replication delay:**');
    expect(head.indexOf('**Polls:**')).toBeLessThan(head.indexOf('**Job state:**'));
    const replicating = { ...context, jobs: { dtsjob1: readingOf({ Status: 'Synchronizing', Delay: '3' }) } };
    const later = headOf(summaryOf(makeVerdict({ status: 'timeout', snapshot: makeSnapshot(objects, 3, ['dtsjob1'], replicating) })));
    expect(later).toContain('**Replication delay:** 3s\n');
  });

  it('says the precheck percent, a pause, an unknown state and a refused call in words', () => {
    const stateIn = (reading: JobReading): string =>
      /\*\*Job state:\*\* (.*)/.exec(
        summaryOf(makeVerdict({ status: 'timeout', snapshot: makeSnapshot([], 1, ['dtsjob1'], { jobs: { dtsjob1: reading } }) }))
      )?.[1] ?? '';
    expect(stateIn(readingOf({ Status: 'prechecking', PrecheckStatus: { Percent: '66' } }))).toBe('prechecking 66%');
    expect(stateIn(readingOf({ Status: 'suspending' }))).toBe('paused');
    expect(stateIn(readingOf({ Status: 'Re|boot<ing>' }))).toBe('unknown state Re\\|boot&lt;ing&gt;');
    expect(stateIn(refusedReading())).toBe('not readable (Forbidden.RAM)');
  });

  it('without job-status shows no job state, but still the copy', () => {
    const md = summaryOf(makeVerdict({ status: 'timeout', snapshot: makeSnapshot(rows([500], ['Migrating']), 2) }));
    expect(md).not.toContain('**Job state:**');
    expect(md).not.toContain('**Replication delay:**');
    expect(md).toContain(`**Full data:** ${'█'.repeat(10)}${'░'.repeat(10)} 50% · 500 of 1,000 rows`);
  });

  it('lists several jobs in a short table, each delay with what keeps it from meeting max-delay', () => {
    const jobs = {
      a: readingOf({ Status: 'Synchronizing', DelayMillis: 42_000 }),
      b: readingOf({ Status: 'Synchronizing', Delay: '1' }),
      c: refusedReading('Forbidden.RAM')
    };
    const snapshot = makeSnapshot([], 4, ['a', 'b', 'c'], { jobs, maxDelayMs: 5000 });
    const md = summaryOf(makeVerdict({ status: 'timeout', decidedBy: 'delay', snapshot }), ['a', 'b', 'c']);
    expect(rowsAfter(md, '| Job | State | Replication delay |')).toEqual([
      ['a', 'synchronizing', '42s, above the limit'],
      ['b', 'synchronizing', '1s'],
      ['c', 'not readable (Forbidden.RAM)', 'not read']
    ]);
    expect(md).toContain('**Replication delay:** a 42s (above the limit), b 1s, c not read · max-delay 5s, not met');
    expect(md).toContain('- The replication delay did not come down to max-delay 5s: a 42s (above the limit), b 1s, c not read.');
    expectWellFormedTables(md);
  });

  it('says the delay the gate let through and the limit it met', () => {
    const jobs = { dtsjob1: readingOf({ Status: 'Synchronizing', DelayMillis: 2400 }) };
    const snapshot = makeSnapshot(seedObjects(), 12, ['dtsjob1'], { jobs, maxDelayMs: 5000 });
    const md = summaryOf(makeVerdict({ status: 'finished', decidedBy: 'objects', snapshot }));
    expect(md).toContain('**Replication delay:** 2.4s · max-delay 5s, met');
    expect(md).toContain('finished; 1 incremental entry running; replication delay 2.4s.');
  });

  it('lists the failed job first under What failed, with every failed check, its error and how to repair it', () => {
    const jobs = { dtsjob1: readingOf(PRECHECK_FAILED_ANSWER) };
    const failedObject = makeObject({ section: 'data', name: 'orders', state: 'Failed', error: 'Duplicate entry' });
    const snapshot = makeSnapshot([failedObject], 2, ['dtsjob1'], { jobs });
    const md = summaryOf(makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot }));
    expect(md.split('\n')[2]).toBe('Initial synchronization failed: job dtsjob1 failed as a whole (precheck failed); 1 object failed.');
    const part = md.split('### What failed\n\n')[1]!.split('\n\n')[0]!;
    expect(part.split('\n')).toEqual([
      '- ❌ **Job dtsjob1** · precheck failed',
      "  - **CHECK\\_SRC\\_BINLOG\\_FORMAT** failed: binlog\\_format is STATEMENT<br>How to repair: Run SET GLOBAL binlog\\_format = 'ROW'",
      '  - **CHECK\\_DEST\\_PRIVILEGE** failed: no CREATE privilege',
      '- ❌ **dtstestdata.orders** · data, Table',
      '  > Duplicate entry'
    ]);
  });

  it('quotes a failed job’s whole error, escaped, and marks an ignored job failure', () => {
    const error = `DTS-1020042 ${hostile} ${'x'.repeat(1500)} the cause at the end`;
    const jobs = { dtsjob1: readingOf({ Status: 'Failed', ErrorMessage: error }) };
    const snapshot = makeSnapshot([], 3, ['dtsjob1'], { jobs });
    const md = summaryOf(makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot }));
    expect(md).toContain(`- ❌ **Job dtsjob1** · failed\n  > ${safeMarkdown(error, 2000)}\n`);
    expect(md).toContain('the cause at the end');
    expect(md).not.toContain('<script>');

    const ignored = makeObject({ section: 'data', name: 'tmp', state: 'Failed', outcome: 'ignored', error: 'no primary key' });
    const ignoredJob = makeSnapshot([ignored], 3, ['dtsjob1'], {
      jobs: { dtsjob1: readingOf({ Status: 'InitializeFailed', ErrorMessage: 'no primary key' }) }
    });
    const md2 = summaryOf(makeVerdict({ status: 'finished', snapshot: ignoredJob }));
    expect(md2).toContain('- ⚠️ Failed (ignored): **Job dtsjob1** · initialization failed\n  > no primary key');
  });

  it('keeps hostile check names and repair methods inside their items', () => {
    const answer = {
      Status: 'PrecheckFailed',
      PrecheckStatus: {
        Detail: [{ ItemName: hostile, CheckStatus: 'Failed', ErrorMessage: hostile, RepairMethod: `${hostile}\n# heading` }]
      }
    };
    const snapshot = makeSnapshot([], 1, ['dtsjob1'], { jobs: { dtsjob1: readingOf(answer) } });
    const md = summaryOf(makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot }));
    const item = md.split('\n').find((l) => l.startsWith('  - **'))!;
    expect(item).toBe(
      `  - **${safeMarkdown(hostile, 256)}** failed: ${safeMarkdown(hostile, 600)}<br>How to repair: ${safeMarkdown(`${hostile}\n# heading`, 600)}`
    );
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .map((l) => l.split(' ')[0])
    ).toEqual(['##', '###', '###']);
  });

  it('stays under its bound with many failed jobs of many failed checks, listing as many checks as fit', () => {
    const detail = Array.from({ length: 200 }, (_, i) => ({
      ItemName: `CHECK_${i}`,
      CheckStatus: 'Failed',
      ErrorMessage: `error ${i} `.repeat(80),
      RepairMethod: `repair ${i} `.repeat(80)
    }));
    const jobIds = Array.from({ length: 30 }, (_, i) => `dtsjob${i}`);
    const jobs = Object.fromEntries(jobIds.map((id) => [id, readingOf({ Status: 'PrecheckFailed', PrecheckStatus: { Detail: detail } })]));
    const verdict = makeVerdict({ status: 'failed', fail: true, decidedBy: 'job-failed', snapshot: makeSnapshot([], 1, jobIds, { jobs }) });
    for (const maxBytes of [60_000, 512 * 1024]) {
      const md = summaryOf(verdict, jobIds, maxBytes);
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      expect(md).toContain('- ❌ **Job dtsjob0** · precheck failed\n  - **CHECK\\_0** failed: error 0');
      expect(md).toMatch(/more failed checks?, in the report file_|more failed jobs? not listed here/);
    }
    // Room shared out: every job is listed, the last ones too, each with some of its checks.
    const big = summaryOf(verdict, jobIds, 512 * 1024);
    expect(big).toContain('- ❌ **Job dtsjob29** · precheck failed\n  - **CHECK\\_0** failed');
    expect(big).not.toContain('more failed jobs');
    const few = makeVerdict({ ...verdict, snapshot: makeSnapshot([], 1, jobIds.slice(0, 4), { jobs }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (maxBytes) => {
        expect(bytes(summaryOf(few, jobIds.slice(0, 4), maxBytes))).toBeLessThanOrEqual(maxBytes);
      }),
      { numRuns: 60 }
    );
  });
});
