/**
 * Scale, checked on counts and sizes, never on timings (those are `npm run bench`):
 * dist/index.js against the simulator with 100,000 objects. The calls each poll makes:
 * test/integration/scale.test.ts.
 *
 * "N objects" is the action's `total`: N / 4 tables, each with a structure entry, a constraint,
 * a data entry and an incremental entry (simulator/scale.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, scaleJob, type Simulator, startSimulator } from '../../simulator/index.js';
import { baseInputs, KEY } from '../support/fixtures.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY] });
});

afterAll(async () => {
  await sim.close();
});

/** The step's failure message: the `::error::` command without properties, decoded. */
function failureMessage(stdout: string): string | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith('::error::'));
  return line?.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

describe('100,000 objects, 2,000 of them failed', () => {
  it('keeps the summary, the outputs and the failure message bounded; the report file has everything', async () => {
    sim.setJob('big', scaleJob({ objects: 100_000, failures: 2_000 }));
    // Time enough for a loaded machine: the run is judged by what it read and wrote.
    const run = await runAction(baseInputs(sim.endpoint, { 'job-id': 'big', timeout: '5m' }), { killAfterMs: 280_000 });

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', total: '100000', failed: '2000', finished: '98000', pending: '0', polls: '1' });

    const summaryBytes = Buffer.byteLength(run.summary);
    expect(summaryBytes).toBeGreaterThan(0);
    expect(summaryBytes).toBeLessThan(512 * 1024);
    expect(run.summary).toContain('not listed here');

    const outputBytes = Object.entries(run.outputs).reduce(
      (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value),
      0
    );
    expect(outputBytes).toBeLessThan(100_000);
    const failedObjects = JSON.parse(run.outputs['failed-objects']!) as Array<Record<string, string>>;
    expect(failedObjects).toHaveLength(100);
    expect(failedObjects.every((o) => o.status === 'Failed' && o.section === 'data')).toBe(true);

    const message = failureMessage(run.stdout);
    expect(message).toMatch(/^2,000 objects failed/);
    expect(message!.length).toBeLessThanOrEqual(1500);
    expect(message!.split('\n').length).toBeLessThanOrEqual(8);
    // GitHub records 10 error annotations a step: the action stops well short of 2,000.
    expect((run.stdout.match(/^::error title=/gm) ?? []).length).toBeLessThanOrEqual(100);

    const objects = run.report?.objects as Array<Record<string, string>>;
    expect(objects).toHaveLength(100_000);
    expect(objects.filter((o) => o.outcome === 'failed')).toHaveLength(2_000);
    const bySection = new Map<string, number>();
    for (const o of objects) bySection.set(o.section!, (bySection.get(o.section!) ?? 0) + 1);
    expect(Object.fromEntries(bySection)).toEqual({ structure: 25_000, constraint: 25_000, data: 25_000, incremental: 25_000 });
    expect(new Set(objects.map((o) => `${o.section}/${o.name}`)).size).toBe(100_000);
  }, 300_000);
});
