import { describe, expect, it } from '@jest/globals';
import { dedupe, snapshotOf } from '../../src/core/aggregate.js';
import { ignoreMatcher } from '../../src/core/ignore.js';
import { stateOf } from '../../src/core/normalize.js';
import type { DtsObject, Section } from '../../src/core/types.js';
import { isSettled, outcomeOf } from '../../src/core/rules.js';
import { objectDecision as decide } from '../../src/core/verdict.js';

function object(section: Section, name: string, status: string, extra: Partial<DtsObject> = {}): DtsObject {
  return {
    jobId: 'j1',
    section,
    sourceDatabase: 'db',
    destinationDatabase: 'db',
    name,
    type: 'Table',
    status,
    state: stateOf(status),
    error: '',
    ...extra
  };
}

const none = ignoreMatcher([]);
const snap = (objects: DtsObject[], jobIds = ['j1'], ignored = none) => snapshotOf(objects, { jobIds, poll: 1, atMs: 0, ignored });
const rules = { failFast: false, failOnTimeout: true };

describe('waiting rules', () => {
  it('waits on structure, constraint and data; incremental Migrating is running, not pending', () => {
    expect(outcomeOf(object('data', 't', 'Migrating'), none)).toBe('pending');
    expect(outcomeOf(object('constraint', 'c', 'NotStarted'), none)).toBe('pending');
    expect(outcomeOf(object('incremental', 't', 'Migrating'), none)).toBe('running');
    expect(outcomeOf(object('incremental', 't', 'Failed'), none)).toBe('failed');
    expect(outcomeOf(object('structure', 't', 'Paused'), none)).toBe('pending');
    expect(outcomeOf(object('incremental', 't', 'Paused'), none)).toBe('pending');
  });

  it('finishes when nothing waited on is pending, with incremental still running', () => {
    const s = snap([object('structure', 't', 'Finished'), object('data', 't', 'Finished'), object('incremental', 't', 'Migrating')]);
    expect(s.counts).toEqual({ total: 3, finished: 2, failed: 0, ignored: 0, pending: 0, running: 1 });
    expect(decide(s, rules, false)).toBe('finished');
  });

  it('never finishes a job that reported no objects, even at the deadline', () => {
    const s = snap([], ['j1']);
    expect(isSettled(s)).toBe(false);
    expect(decide(s, rules, false)).toBeUndefined();
    expect(decide(s, rules, true)).toBe('timeout');
    const two = snap([object('data', 't', 'Finished')], ['j1', 'j2']);
    expect(decide(two, rules, false)).toBeUndefined();
  });

  it('waits for pending objects before failing, unless fail-fast', () => {
    const s = snap([object('data', 'a', 'Failed'), object('data', 'b', 'Migrating')]);
    expect(decide(s, rules, false)).toBeUndefined();
    expect(decide(s, { ...rules, failFast: true }, false)).toBe('failed');
    expect(decide(s, rules, true)).toBe('failed');
  });

  it('reports ignored failures as ignored and does not fail on them', () => {
    const s = snap([object('data', 'audit_log', 'Failed'), object('data', 'b', 'Finished')], ['j1'], ignoreMatcher(['db.audit_*']));
    expect(s.counts.ignored).toBe(1);
    expect(s.counts.failed).toBe(0);
    expect(decide(s, rules, false)).toBe('finished');
  });

  it('counts per job and section, adding up to the total', () => {
    const s = snap(
      [
        object('structure', 't', 'Finished'),
        object('constraint', 'c', 'Failed', { parent: 'db.t:Table' }),
        object('data', 't', 'Migrating', { jobId: 'j2' })
      ],
      ['j1', 'j2']
    );
    expect(s.byJob.j1!.sections.constraint.failed).toBe(1);
    expect(s.byJob.j2!.sections.data.pending).toBe(1);
    const sum = s.counts.finished + s.counts.failed + s.counts.ignored + s.counts.pending + s.counts.running;
    expect(sum).toBe(s.counts.total);
  });

  it('collects the unknown statuses as written', () => {
    expect(snap([object('data', 't', 'Paused'), object('data', 'u', 'Paused')]).unknownStatuses).toEqual([
      { status: 'Paused', objects: 2 }
    ]);
  });
});

describe('dedupe', () => {
  it('counts an object met twice once, keeping the reading furthest from done', () => {
    const out = dedupe([object('data', 't', 'Finished'), object('data', 't', 'Migrating'), object('data', 'u', 'Finished')]);
    expect(out.map((o) => [o.name, o.status])).toEqual([
      ['t', 'Migrating'],
      ['u', 'Finished']
    ]);
    expect(dedupe([object('data', 't', 'Migrating'), object('data', 't', 'Failed')])[0]!.status).toBe('Failed');
  });

  it('keeps apart what differs in job, section, type or constraint owner', () => {
    const list = [
      object('data', 't', 'Finished'),
      object('data', 't', 'Finished', { jobId: 'j2' }),
      object('structure', 't', 'Finished'),
      object('structure', 't', 'Finished', { type: 'View' }),
      object('constraint', 'pk', 'Finished', { parent: 'db.a:Table' }),
      object('constraint', 'pk', 'Finished', { parent: 'db.b:Table' })
    ];
    expect(dedupe(list)).toHaveLength(6);
  });
});
