import { describe, expect, it } from '@jest/globals';
import type { ClassifiedObject } from '../../src/core/types.js';
import { InputError } from '../../src/errors.js';
import { failedObjectsJson } from '../../src/report/render/failedObjects.js';
import { objectAnnotation } from '../../src/report/render/annotations.js';
import { renderFailureMessage } from '../../src/report/render/failure.js';
import { formatDuration, formatThousands, plainNumber } from '../../src/report/render/format.js';
import { renderPollLine } from '../../src/report/render/log.js';
import { verdictSentence } from '../../src/report/render/verdict.js';
import { cutText } from '../../src/text/cut.js';
import { makeObject, makeSnapshot, makeVerdict, seedObjects } from '../support/objects.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

// ---------------------------------------------------------------------------------------------

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

  it('writes numbers out in plain digits, whole numbers as the formatter would without asking it', () => {
    const formatted = (n: number): string => n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
    const whole = [1, -1, 999, 2 ** 53, 2 ** 53 + 2, -(2 ** 60), 1e20, 999999999999999900000, 1e21, 1e27, -1e21];
    for (const n of whole) expect(plainNumber(n)).toBe(formatted(n));
    expect([plainNumber(1e21), plainNumber(1e27)]).toEqual(['1000000000000000000000', '1000000000000000000000000000']);
    expect([plainNumber(1e-7), plainNumber(2.5), plainNumber(-0), plainNumber(Number.NaN), plainNumber(Infinity)]).toEqual([
      '0.0000001',
      '2.5',
      '0',
      '',
      ''
    ]);
  });

  it('cuts plain text without splitting a surrogate pair', () => {
    expect(cutText('abcdef', 4)).toBe('abc…');
    expect(cutText('ab😀', 3)).toBe('ab…');
    expect(cutText('a😀b', 3)).toBe('a…');
    expect(cutText('abc', 3)).toBe('abc');
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
      'poll 3 · dtsabc123: structure 12/12 finished, constraint 3/4 (1 failed), data 10/12 (2 migrating), incremental 12 running · 1 failed, 2 pending · rows 0 of 0 (0%)'
    );
  });

  it('shows the seed example and jobs without objects', () => {
    const snapshot = makeSnapshot(seedObjects('dtsa'), 1, ['dtsa', 'dtsb']);
    expect(renderPollLine(snapshot)).toBe(
      // dtsb has listed nothing yet: it is pending, and its tables are rows still to copy.
      'poll 1 · dtsa: structure 1/1 finished, data 1/1 finished, incremental 1 running · dtsb: no objects reported yet · 1 job with no objects reported yet · rows 9,993 of 9,981 (99.9%)'
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
      'poll 9 · dtsjob150: structure 1/1 finished, data 1/2 (1 not started), incremental 1 running · 199 jobs with every object done · 1 pending · rows 1,998,600 of 1,996,200 (99.9%)'
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
    const error = (message: string): InputError => new InputError('job-id', message);
    expect(renderFailureMessage(makeVerdict({ status: 'error', error: error('Bad credentials.') }))).toBe('Bad credentials.');
    const snapshot = makeSnapshot(failures(2));
    const cancelled = makeVerdict({ status: 'cancelled', snapshot });
    expect(renderFailureMessage(cancelled)).toBe(verdictSentence(cancelled));
    expect(renderFailureMessage(makeVerdict({ status: 'error', error: error('m'.repeat(5000)) })).length).toBeLessThanOrEqual(1500);
  });
});

describe('failedObjectsJson', () => {
  it('lists failed, not ignored, objects with the documented keys in order', () => {
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

describe('objectAnnotation', () => {
  it('names the object in the title and everything else in the message', () => {
    const o = makeObject({
      section: 'data',
      name: 'customer',
      destinationDatabase: 'dtscopy',
      state: 'Failed',
      error: "Duplicate entry '1' for key 'PRIMARY'"
    });
    expect(objectAnnotation(o)).toEqual({
      title: 'DTS data failed: dtstestdata.customer',
      message:
        "Job dtsjob1, section data: dtstestdata -> dtscopy, Table customer, status Failed.\nError: Duplicate entry '1' for key 'PRIMARY'"
    });
    const c = makeObject({ section: 'constraint', name: 'fk_o', type: 'ForeignKey', parent: 'dtstestdata.orders:Table', state: 'Failed' });
    expect(objectAnnotation(c).message).toBe(
      'Job dtsjob1, section constraint: dtstestdata -> dtstestdata, ForeignKey fk_o (on orders), status Failed.\nDTS gave no error message.'
    );
  });

  it('stays under 4,000 characters with a one-line title', () => {
    const huge = 'y'.repeat(50_000);
    const a = objectAnnotation(makeObject({ name: `a\n${huge}`, sourceDatabase: huge, jobId: huge, state: 'Failed', error: huge }));
    expect(a.message.length).toBeLessThan(4000);
    expect(a.title.length).toBeLessThanOrEqual(200);
    expect(a.title).not.toContain('\n');
    expect(a.message).toContain('Error: yyy');
  });
});
