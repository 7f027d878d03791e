/** Plain test data of full data verification: tables as DescribeDataCheckTableDetails lists them, and results read by the real reader. */
import type { CheckReading, CheckResult } from '../../src/core/checkTypes.js';
import { findingOf, readTablePage } from '../../src/core/dataCheck.js';

/** A table of `shop` as DescribeDataCheckTableDetails lists it (the SDK model's fields), every row the same unless `more` says. */
export function tableDetail(name: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Id: 1,
    SourceDbName: 'shop',
    SourceTbName: name,
    TargetDbName: 'shop',
    TargetTbName: name,
    Status: '0',
    DiffCount: 0,
    FinishCount: 1000,
    TotalCount: 1000,
    BootTime: '2026-01-18 11:26:59',
    ...more
  };
}

/** The result of a verification of 12 tables whose listed ones are `tables`, its counts those of what is listed unless `counts` says. */
export function checkResultOf(tables: Array<Record<string, unknown>>, counts: Partial<CheckResult> = {}): CheckReading {
  const found = readTablePage({ TableDetails: tables }).entries.filter((t) => findingOf(t));
  return {
    kind: 'read',
    result: {
      tables: 12,
      differing: found.filter((t) => findingOf(t) === 'differs').length,
      failedChecks: found.filter((t) => findingOf(t) === 'failed').length,
      found,
      complete: true,
      ...counts
    }
  };
}
