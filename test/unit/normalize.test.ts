import { describe, expect, it } from '@jest/globals';
import { readPage, stateOf, listOf } from '../../src/core/normalize.js';
import { count, flag, text } from '../../src/core/scalar.js';
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
