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
import { renderSummary } from '../../src/report/render/summary/page.js';
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
    const md = renderSummary({ verdict: seedVerdict(), region: 'r', jobIds: ['dtsjob1'], reportFile: '/tmp/runner/dts-init-gate-7.json' });
    const last = md.trimEnd().split('\n').pop() ?? '';
    expect(last).toContain('report file dts-init-gate-7.json (output `report-file`)');
    expect(last).toContain('`uses: actions/upload-artifact@v7` with `path: ${{ steps.<id>.outputs.report-file }}`');
    expect(last).not.toContain('/tmp/runner');
    expect(renderSummary({ verdict: seedVerdict(), region: 'r', jobIds: ['dtsjob1'] })).not.toContain('report file');
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
      '- Job dts&lt;early&gt;: DTS has not reported any objects yet.\n- fail-on-timeout is false: the step does not fail on this timeout.'
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
      '- ❌ **dtstestdata.payments → billing\\_v2** · data',
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
    expect(md).toContain('Statuses the action does not know, counted as pending: Paused');
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
