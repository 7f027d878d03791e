import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ClassifiedObject, State, Verdict } from '../../src/core/types.js';
import { escapeCell } from '../../src/report/render/escape.js';
import { cutText, formatDuration, formatThousands } from '../../src/report/render/format.js';
import { annotationFor, failedObjectsJson, renderFailureMessage, renderPollLine } from '../../src/report/render/messages.js';
import { renderSummary } from '../../src/report/render/summary.js';
import { makeObject, makeSnapshot, makeVerdict, seedObjects } from '../support/objects.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Pipes that end a cell: a backslash escapes the character after it (as GFM's table scanner reads it). */
function unescapedPipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') n++;
  }
  return n;
}

/** The markdown tables of a text: runs of lines starting with `|`; each must keep its header's column count. */
function tables(markdown: string): string[][] {
  const result: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) result.push((current = []));
      current.push(line);
    } else {
      // GFM would read a non-blank line right after a table as one more row.
      if (current) expect(line).toBe('');
      current = undefined;
    }
  }
  return result;
}

function expectWellFormedTables(markdown: string): void {
  for (const table of tables(markdown)) {
    const header = table[0] ?? '';
    const pipes = unescapedPipes(header);
    for (const row of table) {
      expect({ row, pipes: unescapedPipes(row) }).toEqual({ row, pipes });
      expect(row.endsWith('|')).toBe(true);
    }
  }
}

/** The rows of the objects table (after the `### Objects` heading), without header and alignment rows. */
function objectRows(markdown: string): string[] {
  const after = markdown.split('### Objects')[1] ?? '';
  return (tables(after)[0] ?? []).slice(2);
}

/** Cells of a table row, unescaped pipes as separators. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length - 1; i++) {
    const ch = row[i] ?? '';
    if (ch === '\\') {
      cell += ch + (row[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

const hostile = 'evil|name <script>alert("x")</script>\nline2\r\n`code` *bold* _it_ [link](http://x) \\| ~~s~~ \u0000\u0007\u202e';

// ---------------------------------------------------------------------------------------------

describe('escapeCell', () => {
  it('escapes HTML and markdown specials, flattens line breaks and drops control characters', () => {
    expect(escapeCell('a|b')).toBe('a\\|b');
    expect(escapeCell('<script>alert("x") & co</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; co&lt;/script&gt;');
    expect(escapeCell('`x` *y* _z_ [l](u) ~s~ \\')).toBe('\\`x\\` \\*y\\* \\_z\\_ \\[l\\](u) \\~s\\~ \\\\');
    expect(escapeCell('one\r\ntwo\n\nthree\tfour')).toBe('one two three four');
    expect(escapeCell('  a\u0000b\u0007c\u001b[31m\u202ed  ')).toBe('abc\\[31md');
    expect(escapeCell('')).toBe('');
    expect(escapeCell('\n\t ')).toBe('');
  });

  it('replaces a lone surrogate and keeps pairs', () => {
    expect(escapeCell('a\ud800b')).toBe('a\ufffdb');
    expect(escapeCell('😀')).toBe('😀');
  });

  it('cuts to maxChars with an ellipsis, never inside an escape or a surrogate pair', () => {
    expect(escapeCell('abcdef', 4)).toBe('abc…');
    expect(escapeCell('abcdef', 6)).toBe('abcdef');
    expect(escapeCell('ab&cd', 6)).toBe('ab…'); // `ab&amp;` does not fit with the ellipsis
    expect(escapeCell('ab|cd', 4)).toBe('ab…');
    expect(escapeCell('ab|cd', 5)).toBe('ab\\|…');
    expect(escapeCell('ab😀cd', 4)).toBe('ab…');
    expect(escapeCell('ab😀cd', 5)).toBe('ab😀…');
    expect(escapeCell('abc', 0)).toBe('');
    expect(escapeCell('abc', 1)).toBe('…');
  });

  it('keeps any text on one line and inside its cell (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), (text, max) => {
        const cell = escapeCell(text, max);
        // eslint-disable-next-line no-control-regex
        expect(cell).not.toMatch(/[\r\n\t\u0000-\u001f<>"]/);
        expect(unescapedPipes(`| ${cell} |`)).toBe(2);
        // No lone surrogate.
        expect(cell).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        if (max !== undefined) expect(cell.length).toBeLessThanOrEqual(max);
        const full = escapeCell(text);
        if (cell !== full) {
          expect(cell.endsWith('…')).toBe(true);
          const kept = cell.slice(0, -1);
          expect(full.startsWith(kept)).toBe(true);
          // Not cut inside an entity or after an escaping backslash.
          expect(kept).not.toMatch(/&[#a-z0-9]*$/);
          expect((/\\*$/.exec(kept)?.[0].length ?? 0) % 2).toBe(0);
        }
      }),
      { numRuns: 500 }
    );
  });
});

describe('format helpers', () => {
  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(999)).toBe('999ms');
    expect(formatDuration(100)).toBe('100ms');
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(252_000)).toBe('4m 12s');
    expect(formatDuration(245_000)).toBe('4m 05s');
    expect(formatDuration(3_723_000)).toBe('1h 02m 03s');
    expect(formatDuration(-5)).toBe('0s');
    expect(formatDuration(Number.NaN)).toBe('0s');
  });

  it('groups thousands on the decimal string itself, beyond 2^53 too', () => {
    expect(formatThousands('0')).toBe('0');
    expect(formatThousands('999')).toBe('999');
    expect(formatThousands('1000')).toBe('1,000');
    expect(formatThousands('9981')).toBe('9,981');
    expect(formatThousands('123456789012345678901234567890')).toBe('123,456,789,012,345,678,901,234,567,890');
    expect(formatThousands('9007199254740993')).toBe('9,007,199,254,740,993');
    expect(formatThousands('-1234567.25')).toBe('-1,234,567.25');
    expect(formatThousands(' 1234 ')).toBe('1,234');
    expect(formatThousands('')).toBe('');
    expect(formatThousands('n/a')).toBe('n/a');
    expect(formatThousands(1234567)).toBe('1,234,567');
  });

  it('cuts plain text without splitting a surrogate pair', () => {
    expect(cutText('abcdef', 4)).toBe('abc…');
    expect(cutText('ab😀', 3)).toBe('ab…');
    expect(cutText('a😀b', 3)).toBe('a…');
    expect(cutText('abc', 3)).toBe('abc');
  });
});

// ---------------------------------------------------------------------------------------------

describe('renderSummary', () => {
  const seedVerdict = (): Verdict => {
    const snapshot = makeSnapshot(seedObjects('dtsjob1'), 3);
    return makeVerdict({
      status: 'finished',
      snapshot,
      polls: 3,
      elapsedMs: 252_000,
      message: 'DTS initialization finished: 2 objects finished, 1 incremental entry running.'
    });
  };

  it('renders the seed example readably', () => {
    const md = renderSummary({
      verdict: seedVerdict(),
      region: 'cn-hangzhou',
      jobIds: ['dtsjob1'],
      reportFile: '/tmp/runner/dts-init-gate-report.json'
    });
    expect(md.split('\n')[0]).toBe('## ✅ DTS initialization finished');
    expect(md).toContain('**Job:** dtsjob1 · **Region:** cn-hangzhou · **Elapsed:** 4m 12s · **Polls:** 3');
    expect(md).toContain('| structure | 1 | 0 | 0 | 0 | 0 | 1 |');
    expect(md).toContain('| data | 1 | 0 | 0 | 0 | 0 | 1 |');
    expect(md).toContain('| incremental | 0 | 0 | 0 | 0 | 1 | 1 |');
    expect(md).toContain('| **total** | 2 | 0 | 0 | 0 | 1 | 3 |');
    const rows = objectRows(md);
    expect(rows.map((r) => cells(r))).toEqual([
      ['🔁 Running', 'incremental', 'dtstestdata', 'dtstestdata', 'customer', 'Table', '', '', ''],
      ['✅ Finished', 'structure', 'dtstestdata', 'dtstestdata', 'customer', 'Table', '', '', ''],
      ['✅ Finished', 'data', 'dtstestdata', 'dtstestdata', 'customer', 'Table', '9,993 / 9,981', '0.0s', '']
    ]);
    expect(md).not.toContain('not listed here');
    expect(md).toContain('report file /tmp/runner/dts-init-gate-report.json');
    expectWellFormedTables(md);
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
        message: 'Could not read DTS: InvalidAccessKeyId.NotFound',
        notes: ['Check the key pair.', 'Stopped <early>.'],
        polls: 0,
        elapsedMs: 1200
      }),
      region: 'cn-hangzhou',
      jobIds: ['dtsjob1']
    });
    expect(md).toContain('Could not read DTS: InvalidAccessKeyId.NotFound');
    expect(md).toContain('_No poll completed, so there are no object counts to show._');
    expect(md).toContain('- Check the key pair.\n- Stopped &lt;early&gt;.');
    expect(md).toContain('**Polls:** 0');
    expect(tables(md)).toHaveLength(0);
    expect(md).not.toContain('report file');
  });

  it('keeps hostile names and errors inside their cells', () => {
    const objects = [
      makeObject({ section: 'structure', name: hostile, sourceDatabase: 'db|x', state: 'Failed', error: hostile + '\n' + hostile }),
      makeObject({ section: 'data', name: 'a`b|c\nd', state: 'Migrating', totalRows: '1|2', finishedRows: '<b>', usedTime: '1|s' }),
      makeObject({ section: 'constraint', name: 'fk|1', type: 'Foreign|Key', parent: 'dtstestdata.or|ders:Table', state: 'NotStarted' }),
      makeObject({ jobId: 'job|2\n<x>', section: 'incremental', name: '*', state: 'Weird' as State, status: 'We|ird\n`' })
    ];
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects), message: hostile, notes: [hostile] }),
      region: 'r|<g>',
      jobIds: ['dtsjob1', 'job|2\n<x>']
    });
    expectWellFormedTables(md);
    expect(md).not.toMatch(/<script|<b>|<x>|<g>/);
    const rows = objectRows(md);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(cells(row)).toHaveLength(10); // Job column with several jobs
    expect(cells(rows[0] ?? '')[5]).toBe(escapeCell(hostile, 256));
    // The job id stays one heading line.
    expect(md).toContain('### Job job\\|2 &lt;x&gt;\n');
  });

  it('orders objects: failed, ignored, migrating, running, not started, unknown, finished', () => {
    const states: Array<Partial<ClassifiedObject>> = [
      { name: 'fin', state: 'Finished' },
      { name: 'unk', state: 'unknown', status: 'Paused' },
      { name: 'ns', state: 'NotStarted' },
      { name: 'run', section: 'incremental', state: 'Migrating' },
      { name: 'mig', section: 'data', state: 'Migrating' },
      { name: 'ign', state: 'Failed', outcome: 'ignored', error: 'dup' },
      { name: 'fail', section: 'constraint', state: 'Failed', error: 'boom', parent: 'dtstestdata.orders:Table' }
    ];
    const objects = states.map((p) => makeObject(p));
    const md = renderSummary({
      verdict: makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    const rows = objectRows(md).map(cells);
    expect(rows.map((c) => c[4])).toEqual(['fail (on orders)', 'ign', 'mig', 'run', 'ns', 'unk', 'fin']);
    expect(rows.map((c) => c[0])).toEqual([
      '❌ Failed',
      '⚠️ Failed (ignored)',
      '🔄 Migrating',
      '🔁 Running',
      '⏳ Not started',
      '❔ Paused',
      '✅ Finished'
    ]);
    expect(rows[0]?.[8]).toBe('boom');
    expect(md).toContain('Statuses the action does not know, counted as pending: Paused');
  });

  it('shows a constraint with the structure object it belongs to', () => {
    const o = makeObject({ section: 'constraint', name: 'fk_order_customer', type: 'ForeignKey', parent: 'dtstestdata.orders:Table' });
    const md = renderSummary({ verdict: makeVerdict({ snapshot: makeSnapshot([o]) }), region: 'r', jobIds: ['dtsjob1'] });
    expect(md).toContain('| constraint | dtstestdata | dtstestdata | fk\\_order\\_customer (on orders) | ForeignKey |');
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
      makeObject({ section: 'data', name: 'empty', totalRows: '', finishedRows: '', state: 'NotStarted' }),
      makeObject({ section: 'data', name: 'half', totalRows: '1000', finishedRows: '', usedTime: '12s', state: 'NotStarted' })
    ];
    const md = renderSummary({
      verdict: makeVerdict({ status: 'timeout', snapshot: makeSnapshot(objects) }),
      region: 'r',
      jobIds: ['dtsjob1']
    });
    const rows = objectRows(md).map(cells);
    expect(rows[0]?.[6]).toBe('9,007,199,254,740,993 / 123,456,789,012,345,678,901,234,567,890');
    expect(rows[1]?.[6]).toBe('');
    expect(rows[2]?.[6]).toBe('? / 1,000');
    expect(rows[2]?.[7]).toBe('12s');
  });

  it('renders one count table per job, then the total, and a Job column', () => {
    const objects = [
      ...seedObjects('dtsa'),
      ...seedObjects('dtsb').map((o) => ({ ...o, name: 'orders' })),
      makeObject({ jobId: 'dtsb', state: 'Failed', name: 'x', error: 'e' })
    ];
    const snapshot = makeSnapshot(objects, 2, ['dtsa', 'dtsb', 'dtsc']);
    const md = renderSummary({ verdict: makeVerdict({ status: 'failed', snapshot }), region: 'r', jobIds: ['dtsa', 'dtsb', 'dtsc'] });
    const iA = md.indexOf('### Job dtsa');
    const iB = md.indexOf('### Job dtsb');
    const iC = md.indexOf('### Job dtsc');
    const iAll = md.indexOf('### All jobs');
    expect(iA).toBeGreaterThan(0);
    expect(iB).toBeGreaterThan(iA);
    expect(iC).toBeGreaterThan(iB);
    expect(iAll).toBeGreaterThan(iC);
    expect(md).toContain('**Jobs:** dtsa, dtsb, dtsc');
    expect(md.slice(iC, iAll)).toContain('has not reported any objects');
    expect(md.slice(iB, iC)).toContain('| structure | 1 | 1 | 0 | 0 | 0 | 2 |');
    expect(md.slice(iAll)).toContain('| **total** | 4 | 1 | 0 | 0 | 2 | 7 |');
    const header = md.split('\n').find((l) => l.startsWith('| Status'));
    expect(header).toBe('| Status | Job | Section | Source DB | Destination DB | Object | Type | Rows (copied / total) | Time | Error |');
    const rows = objectRows(md).map(cells);
    expect(rows[0]?.slice(0, 2)).toEqual(['❌ Failed', 'dtsb']);
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

  it('stays under 512 KiB with 100,000 objects, failed rows first, and says what it left out', () => {
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
    const verdict = makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects, 40), reportFile: undefined } as Partial<Verdict>);
    renderSummary({ verdict, region: 'r', jobIds: ['dtsjob1'] }); // warm-up
    // The CPU time this process spends, not the wall-clock time: on a busy machine other processes
    // stretch the clock, not the work (697 ms of wall-clock time seen on a loaded machine; the
    // render itself takes about 70 ms of CPU).
    const cpu = process.cpuUsage();
    const md = renderSummary({ verdict, region: 'cn-hangzhou', jobIds: ['dtsjob1'], reportFile: '/tmp/r.json' });
    const { user, system } = process.cpuUsage(cpu);
    expect((user + system) / 1000).toBeLessThan(500);
    expect(bytes(md)).toBeLessThan(512 * 1024);
    const rows = objectRows(md);
    expect(rows).toHaveLength(1000);
    expect(rows.every((r) => r.startsWith('| ❌ Failed |'))).toBe(true);
    expect(md).toContain(
      '_99,000 more objects are not listed here (1,000 failed, 98,000 finished): the table stops at 1,000 rows. Every object is in the report file._'
    );
    expectWellFormedTables(md);
  });

  it('cuts by bytes when rows are large, keeping failed and unfinished rows first', () => {
    const objects: ClassifiedObject[] = [];
    for (let i = 0; i < 3000; i++) objects.push(makeObject({ name: `t${i}`, state: 'Finished' }));
    for (let i = 0; i < 300; i++) objects.push(makeObject({ name: `f${i}`, state: 'Failed', error: 'é'.repeat(1000) }));
    for (let i = 0; i < 50; i++) objects.push(makeObject({ section: 'data', name: `m${i}`, state: 'Migrating' }));
    const verdict = makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects) });
    const maxBytes = 64 * 1024;
    const md = renderSummary({ verdict, region: 'r', jobIds: ['dtsjob1'], maxBytes, reportFile: '/tmp/r.json' });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    const rows = objectRows(md).map(cells);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.length).toBeLessThan(300);
    expect(rows.every((c) => c[0] === '❌ Failed')).toBe(true);
    const shown = rows.length;
    expect(md).toContain(
      `_${formatThousands(3350 - shown)} more objects are not listed here (${300 - shown} failed, 50 pending, 3,000 finished): the summary has to stay under 64 KiB. Every object is in the report file._`
    );
    // The rest of the room is used: one more row would not have fit.
    expect(maxBytes - bytes(md)).toBeLessThan(bytes(objectRows(md)[0] ?? '') + 400);
  });

  it('lists the non-finished rows and counts the finished ones left out', () => {
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
    expect(objectRows(md).map((r) => cells(r)[4])).toEqual(['bad', 'slow', 'done0']);
    expect(md).toContain('_4 more objects are not listed here (4 finished): the table stops at 3 rows._');
  });

  it('never exceeds maxBytes, however small (property)', () => {
    const objects = [makeObject({ state: 'Failed', error: hostile.repeat(5) }), ...seedObjects('dtsjob2')];
    const verdict = makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects), notes: ['n1', 'n2'] });
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
  });
});

// ---------------------------------------------------------------------------------------------

describe('renderPollLine', () => {
  it('shows counts per job and section on one line', () => {
    const objects: ClassifiedObject[] = [];
    const add = (n: number, p: Partial<ClassifiedObject>): void => {
      for (let i = 0; i < n; i++) objects.push(makeObject({ jobId: 'dtsabc123', name: `${p.section}${p.state}${i}`, ...p }));
    };
    add(12, { section: 'structure', state: 'Finished' });
    add(3, { section: 'constraint', state: 'Finished' });
    add(1, { section: 'constraint', state: 'Failed' });
    add(10, { section: 'data', state: 'Finished' });
    add(2, { section: 'data', state: 'Migrating' });
    add(12, { section: 'incremental', state: 'Migrating' });
    expect(renderPollLine(makeSnapshot(objects, 3))).toBe(
      'poll 3 · dtsabc123: structure 12/12 finished, constraint 3/4 (1 failed), data 10/12 (2 migrating), incremental 12 running · 1 failed, 2 pending'
    );
  });

  it('shows the seed example and jobs without objects', () => {
    const snapshot = makeSnapshot(seedObjects('dtsa'), 1, ['dtsa', 'dtsb']);
    expect(renderPollLine(snapshot)).toBe(
      'poll 1 · dtsa: structure 1/1 finished, data 1/1 finished, incremental 1 running · dtsb: no objects reported yet · nothing pending'
    );
  });

  it('stays compact with many jobs, naming the ones not done', () => {
    const jobIds = Array.from({ length: 200 }, (_, i) => `dtsjob${i}`);
    const objects = jobIds.flatMap((id) => seedObjects(id));
    objects.push(makeObject({ jobId: 'dtsjob150', section: 'data', name: 'slow', state: 'NotStarted' }));
    const line = renderPollLine(makeSnapshot(objects, 9, jobIds));
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThan(400);
    expect(line).toBe(
      'poll 9 · dtsjob150: structure 1/1 finished, data 1/2 (1 not started), incremental 1 running · 199 jobs with nothing pending or failed · 1 pending'
    );
  });
});

describe('renderFailureMessage', () => {
  const failures = (n: number, error = (i: number) => `Duplicate entry '${i}' for key 'PRIMARY'`): ClassifiedObject[] =>
    Array.from({ length: n }, (_, i) => makeObject({ section: 'data', name: `t${i}`, state: 'Failed', error: error(i) }));

  it('names how many failed and the first five', () => {
    const snapshot = makeSnapshot([...seedObjects(), ...failures(8)]);
    const message = renderFailureMessage(makeVerdict({ status: 'failed', fail: true, snapshot }));
    expect(message).toBe(
      [
        '8 objects failed in DTS initialization:',
        "- dtsjob1/data dtstestdata.t0: Duplicate entry '0' for key 'PRIMARY'",
        "- dtsjob1/data dtstestdata.t1: Duplicate entry '1' for key 'PRIMARY'",
        "- dtsjob1/data dtstestdata.t2: Duplicate entry '2' for key 'PRIMARY'",
        "- dtsjob1/data dtstestdata.t3: Duplicate entry '3' for key 'PRIMARY'",
        "- dtsjob1/data dtstestdata.t4: Duplicate entry '4' for key 'PRIMARY'",
        'and 3 more (see the job summary and the report file).'
      ].join('\n')
    );
  });

  it('lists failures before anything else and leaves ignored ones out', () => {
    const snapshot = makeSnapshot([
      makeObject({ name: 'ign', state: 'Failed', outcome: 'ignored', error: 'x' }),
      makeObject({ name: 'slow', section: 'data', state: 'Migrating' }),
      makeObject({ name: 'bad', section: 'incremental', state: 'Failed', error: '' })
    ]);
    expect(renderFailureMessage(makeVerdict({ status: 'failed', snapshot }))).toBe(
      '1 object failed in DTS initialization (and 1 object still pending):\n- dtsjob1/incremental dtstestdata.bad: status Failed'
    );
  });

  it('stays under 1,500 characters whatever the input', () => {
    const huge = 'x'.repeat(100_000);
    const objects = Array.from({ length: 50 }, (_, i) =>
      makeObject({ jobId: huge, sourceDatabase: huge, name: `${i}${huge}`, state: 'Failed', error: `line\n${huge}` })
    );
    const message = renderFailureMessage(makeVerdict({ status: 'failed', snapshot: makeSnapshot(objects) }));
    expect(message.length).toBeLessThanOrEqual(1500);
    expect(message.split('\n')).toHaveLength(7);
    expect(message).toMatch(/^50 objects failed/);
    expect(message).toMatch(/and 45 more \(see the job summary and the report file\)\.$/);

    const long = renderFailureMessage(makeVerdict({ status: 'failed', snapshot: makeSnapshot(failures(3, () => 'e'.repeat(5000))) }));
    expect(long.length).toBeLessThan(1500);
    expect(long).toContain(`dtstestdata.t0: ${'e'.repeat(199)}…`);
  });

  it('on timeout, names how many are still pending and the first five', () => {
    const objects = [
      ...Array.from({ length: 4 }, (_, i) => makeObject({ name: `n${i}`, state: 'NotStarted' })),
      ...Array.from({ length: 3 }, (_, i) =>
        makeObject({ name: `m${i}`, section: 'data', state: 'Migrating', finishedRows: '1500', totalRows: '12345678901234567890' })
      ),
      makeObject({ name: 'inc', section: 'incremental', state: 'Migrating' })
    ];
    const message = renderFailureMessage(
      makeVerdict({ status: 'timeout', fail: true, elapsedMs: 1_800_000, snapshot: makeSnapshot(objects) })
    );
    expect(message).toBe(
      [
        'Timed out after 30m 00s with 7 objects still pending in DTS initialization:',
        '- dtsjob1/data dtstestdata.m0: Migrating, 1,500 / 12,345,678,901,234,567,890 rows',
        '- dtsjob1/data dtstestdata.m1: Migrating, 1,500 / 12,345,678,901,234,567,890 rows',
        '- dtsjob1/data dtstestdata.m2: Migrating, 1,500 / 12,345,678,901,234,567,890 rows',
        '- dtsjob1/structure dtstestdata.n0: NotStarted',
        '- dtsjob1/structure dtstestdata.n1: NotStarted',
        'and 2 more (see the job summary and the report file).'
      ].join('\n')
    );
  });

  it('uses the verdict message for error and cancelled', () => {
    expect(renderFailureMessage(makeVerdict({ status: 'error', message: 'Bad credentials.' }))).toBe('Bad credentials.');
    const snapshot = makeSnapshot(failures(2));
    expect(renderFailureMessage(makeVerdict({ status: 'cancelled', message: 'Cancelled while waiting.', snapshot }))).toBe(
      'Cancelled while waiting.'
    );
    expect(renderFailureMessage(makeVerdict({ status: 'error', message: 'm'.repeat(5000) })).length).toBeLessThanOrEqual(1500);
  });
});

describe('failedObjectsJson', () => {
  it('lists failed, not ignored, objects with the contract keys in order', () => {
    const objects = [
      makeObject({ name: 'ok' }),
      makeObject({ name: 'ign', state: 'Failed', outcome: 'ignored', error: 'x' }),
      makeObject({
        section: 'data',
        name: 'customer',
        destinationDatabase: 'dst',
        state: 'Failed',
        status: 'failed',
        error: 'boom "quoted"\n'
      })
    ];
    const json = failedObjectsJson(objects);
    expect(json).toBe(
      '[{"jobId":"dtsjob1","section":"data","sourceDatabase":"dtstestdata","destinationDatabase":"dst","name":"customer","type":"Table","status":"failed","error":"boom \\"quoted\\"\\n"}]'
    );
    expect(failedObjectsJson([])).toBe('[]');
  });

  it('caps entries, error length and total size', () => {
    const objects = Array.from({ length: 500 }, (_, i) => makeObject({ name: `t${i}`, state: 'Failed', error: '\u0001'.repeat(5000) }));
    const parsed = JSON.parse(failedObjectsJson(objects, 100, 10_000_000)) as Array<{ name: string; error: string }>;
    expect(parsed).toHaveLength(100);
    expect(parsed[0]?.name).toBe('t0');
    expect(parsed[0]?.error.length).toBe(1000);
    expect(parsed[0]?.error.endsWith('…')).toBe(true);

    const bounded = failedObjectsJson(objects);
    expect(bytes(bounded)).toBeLessThanOrEqual(80_000);
    expect(JSON.parse(bounded)).toHaveLength(100);
    expect(JSON.parse(failedObjectsJson(objects, 3))).toHaveLength(3);

    const hugeNames = Array.from({ length: 100 }, () => makeObject({ name: '"'.repeat(100_000), state: 'Failed' }));
    const out = failedObjectsJson(hugeNames);
    expect(bytes(out)).toBeLessThanOrEqual(80_000);
    expect(Array.isArray(JSON.parse(out))).toBe(true);
  });
});

describe('annotationFor', () => {
  it('names the object in the title and everything else in the message', () => {
    const o = makeObject({
      section: 'data',
      name: 'customer',
      destinationDatabase: 'dtscopy',
      state: 'Failed',
      error: "Duplicate entry '1' for key 'PRIMARY'"
    });
    expect(annotationFor(o)).toEqual({
      title: 'DTS data failed: dtstestdata.customer',
      message:
        "Job dtsjob1, section data: dtstestdata -> dtscopy, Table customer, status Failed.\nError: Duplicate entry '1' for key 'PRIMARY'"
    });
    const c = makeObject({ section: 'constraint', name: 'fk_o', type: 'ForeignKey', parent: 'dtstestdata.orders:Table', state: 'Failed' });
    expect(annotationFor(c).message).toBe(
      'Job dtsjob1, section constraint: dtstestdata -> dtstestdata, ForeignKey fk_o (on orders), status Failed.\nDTS gave no error message.'
    );
  });

  it('stays under 4,000 characters with a one-line title', () => {
    const huge = 'y'.repeat(50_000);
    const a = annotationFor(makeObject({ name: `a\n${huge}`, sourceDatabase: huge, jobId: huge, state: 'Failed', error: huge }));
    expect(a.message.length).toBeLessThan(4000);
    expect(a.title.length).toBeLessThanOrEqual(200);
    expect(a.title).not.toContain('\n');
    expect(a.message).toContain('Error: yyy');
  });
});
