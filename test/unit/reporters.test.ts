/** The reporters of a run, as a list under one guard: one that fails is a warning, and the others still report. */
import { describe, expect, it } from '@jest/globals';
import { allOf, type Reporter } from '../../src/report/reporter.js';
import { makeVerdict } from '../support/objects.js';

describe('allOf', () => {
  it('tells every reporter, in order, and turns a reporter’s own failure into a warning that names it', async () => {
    const heard: string[] = [];
    const warnings: string[] = [];
    const failing: Reporter = {
      name: 'job summary',
      poll: () => {
        throw new Error('disk full\n::error::injected');
      },
      end: async () => {
        throw new Error('summary file gone');
      }
    };
    const listening = (name: string): Reporter => ({
      name,
      poll: (snapshot) => heard.push(`${name} poll ${snapshot.poll}`),
      end: (verdict, context) => {
        heard.push(`${name} end ${verdict.status}`);
        context.reportFile ||= `/${name}.json`;
      }
    });
    const report = allOf([listening('first'), failing, listening('last')], (m) => warnings.push(m));
    report.poll({ poll: 2 } as never, 3);
    const context = { inputs: undefined, startedAt: 0, reportFile: '' };
    await report.end(makeVerdict({ status: 'failed' }), context);
    expect(heard).toEqual(['first poll 2', 'last poll 2', 'first end failed', 'last end failed']);
    expect(context.reportFile).toBe('/first.json');
    expect(warnings).toEqual([
      'Could not write the job summary: disk full ::error::injected',
      'Could not write the job summary: summary file gone'
    ]);
  });

  it('calls nothing a reporter does not listen for', () => {
    const report = allOf([{ name: 'quiet' }], () => {
      throw new Error('no warning expected');
    });
    expect(() => {
      report.started({ inputs: {} as never, credentials: 'inputs' });
      report.retry('dtsa1 page 1', {} as never, 1, 10);
    }).not.toThrow();
  });
});
