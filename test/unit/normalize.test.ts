import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { IgnoreMatcher } from '../../src/core/ignore.js';
import { readPage, stateOf, listOf } from '../../src/core/normalize.js';
import { count, flag, text } from '../../src/core/scalar.js';
import { StringPool } from '../../src/core/stringPool.js';
import type { DtsObject } from '../../src/core/types.js';
import { MalformedAnswer } from '../../src/errors.js';

const seedAnswer = {
  RequestId: 'A1',
  Success: true,
  StructureInitializationDetails: [
    {
      ObjectName: 'customer',
      ObjectType: 'Table',
      SourceOwnerDBName: 'dtstestdata',
      DestinationOwnerDBName: 'dtstestdata',
      Status: 'Finished',
      ErrorMessage: '',
      Constraints: [
        {
          ObjectName: 'fk_a',
          ObjectType: 'ForeignKey',
          SourceOwnerDBName: 'dtstestdata',
          DestinationOwnerDBName: 'dtstestdata',
          Status: 'Failed',
          ErrorMessage: 'boom'
        }
      ]
    }
  ],
  DataInitializationDetails: [
    {
      TableName: 'customer',
      SourceOwnerDBName: 'dtstestdata',
      DestinationOwnerDBName: 'dtstestdata',
      Status: 'Finished',
      TotalRowNum: '9981',
      FinishRowNum: '9993',
      UsedTime: '0.0',
      ErrorMessage: ''
    }
  ],
  DataSynchronizationDetails: [
    {
      TableName: 'customer',
      SourceOwnerDBName: 'dtstestdata',
      DestinationOwnerDBName: 'dtstestdata',
      Status: 'Migrating',
      ErrorMessage: ''
    }
  ]
};

describe('readPage', () => {
  it('reads every section of the seed answer, constraints under their structure object', () => {
    const page = readPage('job1', seedAnswer);
    expect(page.sizes).toEqual({ structure: 1, data: 1, incremental: 1 });
    expect(page.objects.map((o) => [o.section, o.name, o.type, o.state])).toEqual([
      ['structure', 'customer', 'Table', 'Finished'],
      ['constraint', 'fk_a', 'ForeignKey', 'Failed'],
      ['data', 'customer', 'Table', 'Finished'],
      ['incremental', 'customer', 'Table', 'Migrating']
    ]);
    const constraint = page.objects[1]!;
    expect(constraint.parent).toBe('dtstestdata.customer:Table');
    expect(constraint.error).toBe('boom');
    const data = page.objects[2]!;
    expect([data.totalRows, data.finishedRows, data.usedTime]).toEqual(['9981', '9993', '0.0']);
  });

  it('accepts the wrapped shape, for the lists and for constraints', () => {
    const wrapped = {
      Success: 'true',
      StructureInitializationDetails: {
        StructureInitializationDetail: [
          {
            ...seedAnswer.StructureInitializationDetails[0],
            Constraints: { Constraint: seedAnswer.StructureInitializationDetails[0]!.Constraints }
          }
        ]
      },
      DataInitializationDetails: { DataInitializationDetail: seedAnswer.DataInitializationDetails },
      DataSynchronizationDetails: { DataSynchronizationDetail: seedAnswer.DataSynchronizationDetails }
    };
    expect(readPage('job1', wrapped)).toEqual(readPage('job1', seedAnswer));
  });

  it('treats absent lists as empty and keeps malformed entries as unknown, never as done', () => {
    const page = readPage('j', { Success: true, DataInitializationDetails: [null, 'x', { TableName: 't' }] });
    expect(page.sizes).toEqual({ structure: 0, data: 3, incremental: 0 });
    expect(page.objects.every((o) => o.state === 'unknown')).toBe(true);
  });

  it('refuses a list of the wrong type with an error that names the field', () => {
    expect(() => readPage('j', { DataInitializationDetails: 'oops' })).toThrow(/DataInitializationDetails/);
    expect(() => readPage('j', 'text')).toThrow(MalformedAnswer);
  });

  it('keeps huge row counts exact and drops counts that are not whole numbers', () => {
    const big = { toFixed: () => '12345678901234567890', _isBigNumber: true };
    const page = readPage('j', {
      DataInitializationDetails: [{ TableName: 't', Status: 'Migrating', TotalRowNum: big, FinishRowNum: '' }]
    });
    expect(page.objects[0]!.totalRows).toBe('12345678901234567890');
    expect(page.objects[0]!.finishedRows).toBeUndefined();
  });
});

describe('scalars and statuses', () => {
  it('reads the four statuses in any case, anything else as unknown', () => {
    expect(['finished', 'FAILED', 'Not Started', 'migrating', 'Paused', ''].map(stateOf)).toEqual([
      'Finished',
      'Failed',
      'NotStarted',
      'Migrating',
      'unknown',
      'unknown'
    ]);
  });

  it('takes no other spelling for a documented status: "Fin ished" is unknown, not Finished', () => {
    expect(['Not_Started', 'NOT-STARTED', ' Finished\t', 'nOtStArTeD'].map(stateOf)).toEqual([
      'NotStarted',
      'NotStarted',
      'Finished',
      'NotStarted'
    ]);
    expect(
      ['Fin ished', 'F_inished', 'Finish-ed', 'Fail ed', 'Not  Started', 'Finished!', 'constructor', '__proto__', 'toString'].map(stateOf)
    ).toEqual(Array(9).fill('unknown'));
  });

  it('reads booleans and numbers written as strings', () => {
    expect([flag('true'), flag(true), flag('FALSE'), flag(false), flag('yes'), flag(undefined)]).toEqual([
      true,
      true,
      false,
      false,
      undefined,
      undefined
    ]);
    expect([text(5), text(1e21), text(null), text({}), text(false)]).toEqual(['5', '1000000000000000000000', '', '', 'false']);
    expect([count('007'), count(12), count('1.5'), count('-3'), count('')]).toEqual(['7', '12', undefined, undefined, undefined]);
  });

  it('takes a single unwrapped item as a list of one', () => {
    expect(listOf({ Item: { a: 1 } }, 'X', ['Item'])).toEqual([{ a: 1 }]);
  });
});

describe('readPage with the objects of the poll before', () => {
  const page = (answer: unknown, before?: readonly DtsObject[], ignored?: IgnoreMatcher): readonly DtsObject[] =>
    readPage('job1', answer, { strings: new StringPool(), ...(ignored && { ignored }) }, before).objects;
  const seed = (): typeof seedAnswer => structuredClone(seedAnswer);

  it('gives the same objects again for an answer that reads as before, equal to a fresh read', () => {
    const before = page(seed());
    const again = page(seed(), before);
    expect(again).toStrictEqual(page(seed()));
    again.forEach((o, i) => expect(o).toBe(before[i]));
  });

  it.each([
    ['a status', (a: typeof seedAnswer) => void (a.DataInitializationDetails[0]!.Status = 'Migrating'), 2],
    ['a row count', (a: typeof seedAnswer) => void (a.DataInitializationDetails[0]!.FinishRowNum = '9994'), 2],
    ['the time used', (a: typeof seedAnswer) => void (a.DataInitializationDetails[0]!.UsedTime = '1.0'), 2],
    ['an error', (a: typeof seedAnswer) => void (a.DataSynchronizationDetails[0]!.ErrorMessage = 'lag'), 3],
    ['a destination database', (a: typeof seedAnswer) => void (a.DataSynchronizationDetails[0]!.DestinationOwnerDBName = 'other'), 3],
    ['a constraint name', (a: typeof seedAnswer) => void (a.StructureInitializationDetails[0]!.Constraints[0]!.ObjectName = 'fk_b'), 1],
    ['a constraint type', (a: typeof seedAnswer) => void (a.StructureInitializationDetails[0]!.Constraints[0]!.ObjectType = 'Index'), 1]
  ])('makes a new object where %s changed, and only there', (_what, change, at) => {
    const before = page(seed());
    const changed = seed();
    change(changed);
    const again = page(changed, before);
    expect(again).toStrictEqual(page(changed));
    again.forEach((o, i) => (i === at ? expect(o).not.toBe(before[i]) : expect(o).toBe(before[i])));
  });

  it.each([
    ['renamed', 'ObjectName', 'client', 'dtstestdata.client:Table'],
    ['another type', 'ObjectType', 'Event', 'dtstestdata.customer:Event'],
    ['in another database', 'SourceOwnerDBName', 'dtstestdatb', 'dtstestdatb.customer:Table']
  ] as const)('makes the constraints anew when the object they belong to is %s', (_what, key, value, parent) => {
    const before = page(seed());
    const changed = seed();
    changed.StructureInitializationDetails[0]![key] = value;
    const again = page(changed, before);
    expect(again).toStrictEqual(page(changed));
    expect(again[1]!.parent).toBe(parent);
    expect(again[1]).not.toBe(before[1]);
  });

  it('gives no object read without an outcome to a read that needs one, nor the other way round', () => {
    const ignoreAll: IgnoreMatcher = () => true;
    const plain = page(seed());
    const withOutcome = page(seed(), plain, ignoreAll);
    expect(withOutcome).toStrictEqual(page(seed(), undefined, ignoreAll));
    withOutcome.forEach((o, i) => expect(o).not.toBe(plain[i]));
    page(seed(), withOutcome).forEach((o, i) => expect(o).not.toBe(withOutcome[i]));
  });

  it('reads as fresh when objects moved, were added or went away', () => {
    const before = page(seed());
    const moved = seed();
    moved.StructureInitializationDetails[0]!.Constraints.unshift({
      ...moved.StructureInitializationDetails[0]!.Constraints[0]!,
      ObjectName: 'fk_0'
    });
    moved.DataSynchronizationDetails.push({ ...moved.DataSynchronizationDetails[0]!, TableName: 'orders' });
    expect(page(moved, before)).toStrictEqual(page(moved));
    const fewer = seed();
    fewer.StructureInitializationDetails[0]!.Constraints = [];
    expect(page(fewer, before)).toStrictEqual(page(fewer));
    expect(page(seed(), [])).toStrictEqual(page(seed()));
  });

  it('reads any answer against any earlier page exactly as it reads it fresh', () => {
    const field = fc.constantFrom('a', 'b', '');
    const entry = fc.record({
      ObjectName: field,
      TableName: field,
      ObjectType: fc.constantFrom('Table', 'Index'),
      SourceOwnerDBName: field,
      DestinationOwnerDBName: field,
      Status: fc.constantFrom('Finished', 'Failed', ' Migrating', 'x'),
      ErrorMessage: field,
      TotalRowNum: fc.constantFrom('1', '2', undefined),
      FinishRowNum: fc.constantFrom('1', '2', undefined),
      UsedTime: fc.constantFrom('0.5', ' ', undefined)
    });
    const answer = fc.record({
      StructureInitializationDetails: fc.array(
        fc.tuple(entry, fc.array(entry, { maxLength: 3 })).map(([e, c]) => ({ ...e, Constraints: c })),
        { maxLength: 3 }
      ),
      DataInitializationDetails: fc.array(entry, { maxLength: 3 }),
      DataSynchronizationDetails: fc.array(entry, { maxLength: 3 })
    });
    type Answer = typeof answer extends fc.Arbitrary<infer A> ? A : never;
    type Entry = Record<string, unknown>;
    const entriesOf = (a: Answer): Entry[] => [
      ...a.StructureInitializationDetails.flatMap((s) => [s as Entry, ...(s.Constraints as Entry[])]),
      ...a.DataInitializationDetails,
      ...a.DataSynchronizationDetails
    ];
    // Mostly the answer before with a few fields changed (what a poll sees), sometimes another one.
    const keys = [
      'ObjectName',
      'TableName',
      'ObjectType',
      'SourceOwnerDBName',
      'DestinationOwnerDBName',
      'Status',
      'ErrorMessage',
      'TotalRowNum',
      'FinishRowNum',
      'UsedTime'
    ];
    const change = fc.tuple(fc.nat(), fc.constantFrom(...keys), fc.constantFrom('a', 'b', '', '2', 'Finished', 'Index'));
    const later = (earlier: Answer, changes: [number, string, string][]): Answer => {
      const now = structuredClone(earlier);
      const entries = entriesOf(now);
      for (const [at, key, value] of changes) if (entries.length > 0) entries[at % entries.length]![key] = value;
      return now;
    };
    const ignoreA: IgnoreMatcher = (o) => o.name === 'a';
    fc.assert(
      fc.property(
        answer,
        fc.array(change, { maxLength: 2 }),
        fc.option(answer, { freq: 4 }),
        fc.boolean(),
        (earlier, changes, other, ignoring) => {
          const ignored = ignoring ? ignoreA : undefined;
          const now = other ?? later(earlier, changes);
          const before = page(earlier, undefined, ignored);
          const again = page(now, before, ignored);
          expect(again).toStrictEqual(page(now, undefined, ignored));
          expect(page(now, again, ignored)).toStrictEqual(again);
        }
      ),
      { numRuns: 500 }
    );
  });
});
