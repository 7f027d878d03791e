/**
 * The command line on a person's terminal: the bin run on a pseudo-terminal (util-linux
 * `script`) of 60 and 120 columns against the simulator. The live display is redrawn in place,
 * never wider than the terminal (names from the source database in CJK and emoji included), in
 * colour unless NO_COLOR is set; the verdict and what failed stay below it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { constant, dataEntry, demoRun, runCli, type Simulator, startSimulator, state, structureEntry } from '../../simulator/index.js';
import { displayWidth } from '../../src/cli/width.js';
import { KEY } from '../support/fixtures.js';
import { screenOf } from '../support/terminal.js';

const WIDE_DB = '销售数据库';
const WIDE_TABLE = '订单明细表_二〇二四年_归档📦📦📦';
const WIDE_ERROR = '数据校验失败：字段“金额”超出范围 🚫 DTS-070211';

/** A job whose failed table has a name in CJK and emoji, as a source database may have. */
function wideFailure() {
  return constant(
    state({
      structure: [structureEntry({ db: WIDE_DB, name: WIDE_TABLE, status: 'Finished' })],
      data: [dataEntry({ db: WIDE_DB, name: WIDE_TABLE, status: 'Failed', total: '2000', finished: '1200', error: WIDE_ERROR })]
    })
  );
}

let sim: Simulator;
const RUNS = ['run60', 'run120', 'nocolour'];

beforeAll(async () => {
  const jobs = Object.fromEntries(
    RUNS.flatMap((run) => [
      [`${run}demo`, demoRun()],
      [`${run}wide`, wideFailure()]
    ])
  );
  sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], jobs });
});

afterAll(async () => {
  await sim.close();
});

async function onTerminal(run: string, columns: number, env: Record<string, string> = {}) {
  const args = ['--job-id', `${run}demo`, '--job-id', `${run}wide`, '--endpoint', sim.endpoint, '--poll-interval', '50ms'];
  args.push('--timeout', '30s', '--max-delay', '5s');
  return runCli(args, {
    terminal: { columns },
    env: {
      ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      ...env
    }
  });
}

describe('on a terminal', () => {
  for (const [run, columns] of [
    ['run60', 60],
    ['run120', 120]
  ] as const) {
    it(`redraws one block in place, never wider than ${columns} columns, and leaves the verdict below it`, async () => {
      const result = await onTerminal(run, columns);
      expect(result.code).toBe(1);
      // Fails if any line is wider than the terminal, or an escape sequence is not the display's own.
      const screen = screenOf(result.stdout, columns);
      const polls = Number(/poll (\d+) ·[^\n]*\n(?![\s\S]*poll \d+ ·)/.exec(screen.lines.join('\n'))?.[1]);
      expect(polls).toBeGreaterThanOrEqual(5);
      expect(screen.redraws).toBeGreaterThanOrEqual(polls);
      // Drawn again at every poll, but on the screen once: the block of the last poll.
      expect(screen.lines.filter((line) => /^JOB +STATE/.test(line))).toHaveLength(1);
      expect(screen.lines.filter((line) => new RegExp(`^${run}demo `).test(line))).toHaveLength(1);
      expect(result.stdout.match(/JOB +STATE/g)!.length).toBeGreaterThan(polls);
      expect(screen.colours).toBeGreaterThan(0);
      // The terminal's width is the one it has: the 120-column screen has lines wider than 60.
      const widest = Math.max(...screen.lines.map(displayWidth));
      expect(widest).toBeLessThanOrEqual(columns - 1);
      if (columns === 120) expect(widest).toBeGreaterThan(60);
      const text = screen.lines.join('\n');
      const table = screen.lines.findIndex((line) => /^JOB +STATE/.test(line));
      const verdict = screen.lines.findIndex((line) => line.startsWith('Initial synchronization failed: 1 object failed.'));
      expect(verdict).toBeGreaterThan(table);
      // The wide name, wrapped to the width, every character of it on the screen.
      expect(text.replace(/\n +/g, ' ')).toContain(`${run}wide/data ${WIDE_DB}.${WIDE_TABLE}: ${WIDE_ERROR}`);
      expect(text).not.toMatch(/^\s*::/m);
    });
  }

  it('shows no colour with NO_COLOR set, and still redraws in place', async () => {
    const result = await onTerminal('nocolour', 80, { NO_COLOR: '1' });
    const screen = screenOf(result.stdout, 80);
    expect(screen.colours).toBe(0);
    // eslint-disable-next-line no-control-regex -- it looks for the escape sequences of colour
    expect(result.stdout).not.toMatch(/\x1b\[[0-9;]*m/);
    expect(screen.redraws).toBeGreaterThan(5);
    expect(screen.lines.filter((line) => /^JOB +STATE/.test(line))).toHaveLength(1);
  });
});
