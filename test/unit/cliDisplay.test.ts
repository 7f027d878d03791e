/**
 * What the command line prints for people: widths in terminal columns, the live display fitted
 * to the terminal, each job's row from the core's own figures, and the one writer that keeps
 * secrets, colour and escape sequences where they belong.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { JobRows } from '../../src/cli/jobRows.js';
import { layout, stripStyle, visibleWidth, type DisplayModel, type Style } from '../../src/cli/layout.js';
import { CliOutput, type Stream } from '../../src/cli/output.js';
import { terminalSafeJson } from '../../src/cli/reporters.js';
import { cutToWidth, displayWidth, wrapToWidth } from '../../src/cli/width.js';
import { addSample, sampleOf } from '../../src/core/progress.js';
import { formatRate } from '../../src/report/render/format.js';
import { safeLine } from '../../src/text/safe.js';
import { makeObject, makeSnapshot } from '../support/objects.js';

const PLAIN: Style = { paint: (text) => text, bar: { full: '█', empty: '░' } };
const COLOURED: Style = { paint: (text, tone) => (tone === 'plain' ? text : `\x1b[3${tone.length % 8}m${text}\x1b[0m`), bar: PLAIN.bar };

describe('display width', () => {
  it('counts CJK and emoji as two columns, combining marks as none', () => {
    expect(displayWidth('customer_01')).toBe(11);
    expect(displayWidth('数据库')).toBe(6);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('😀🚀')).toBe(4);
    expect(displayWidth('e\u0301te\u0301')).toBe(3);
    expect(displayWidth('ｱｲ')).toBe(2); // halfwidth katakana
  });

  it('cuts and wraps by columns, never inside a character', () => {
    expect(cutToWidth('数据库表', 5)).toBe('数据…');
    expect(cutToWidth('数据库表', 8)).toBe('数据库表');
    expect(wrapToWidth('- 订单表 同步失败 😀😀😀😀 then-a-very-long-ascii-word', 12).every((l) => displayWidth(l) <= 12)).toBe(true);
    expect(wrapToWidth('  two words', 80)).toEqual(['  two words']);
    expect(wrapToWidth('  alpha beta gamma', 12)).toEqual(['  alpha beta', '    gamma']);
  });
});

/** One job's row from hostile text, as the row builder makes it: every cell through the safe text. */
const row = fc.record({
  jobId: fc.string({ unit: 'binary', maxLength: 70 }),
  state: fc.string({ unit: 'binary', maxLength: 50 }),
  objects: fc.string({ unit: 'grapheme', maxLength: 30 }),
  percent: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  rows: fc.string({ unit: 'grapheme', maxLength: 40 })
});

describe('the live display', () => {
  const model = (jobs: Array<{ jobId: string; percent?: number }>): DisplayModel => ({
    head: 'poll 3 · 1 failed, 2 pending · 1m 05s of 45m 00s',
    jobs: jobs.map((j) => ({
      jobId: j.jobId,
      state: 'initializing',
      stateTone: 'busy',
      objects: '2 pending',
      objectsTone: 'busy',
      ...(j.percent !== undefined && { percent: j.percent, rows: '1,234,567 / 2,000,000', rate: '12,345 rows/s', left: '1m 02s' }),
      delay: '1.2s',
      verification: ''
    }))
  });

  it('is never wider than it may be, whatever the names and the width, in colour or not', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 200 }), fc.boolean(), (rows, width, colour) => {
        const jobs = rows.map((r) => ({
          jobId: safeLine(r.jobId, 64),
          state: safeLine(r.state, 40),
          stateTone: 'warn' as const,
          objects: safeLine(r.objects, 30),
          objectsTone: 'bad' as const,
          ...(r.percent !== undefined && { percent: r.percent }),
          rows: safeLine(r.rows, 40)
        }));
        for (const line of layout({ head: safeLine(rows[0]!.state, 100), jobs }, width, colour ? COLOURED : PLAIN)) {
          expect(visibleWidth(line)).toBeLessThanOrEqual(width);
        }
      })
    );
  });

  it('shows every column on a wide terminal, verification in its place though empty', () => {
    const [head, header, line] = layout(model([{ jobId: 'dtsi76118o3w92', percent: 52.3 }]), 159, PLAIN);
    expect(head).toBe('poll 3 · 1 failed, 2 pending · 1m 05s of 45m 00s');
    expect(header!.split(/\s+/)).toEqual(['JOB', 'STATE', 'OBJECTS', 'COPY', 'ROWS', 'RATE', 'LEFT', 'DELAY', 'VERIFY']);
    expect(line).toMatch(/^dtsi76118o3w92 +initializing +2 pending +█+░+ +52\.3% +1,234,567 \/ 2,000,000 +12,345 rows\/s +1m 02s +1\.2s$/);
  });

  it('drops the least needed columns first on a narrow terminal, and keeps the job, its state and the copy', () => {
    const lines = layout(model([{ jobId: 'dtsi76118o3w92', percent: 52.3 }]), 59, PLAIN);
    expect(lines[1]!.split(/\s+/)).toEqual(['JOB', 'STATE', 'COPY', 'DELAY']);
    expect(lines[2]).toMatch(/^dtsi76118o3w92 +initializing +█+░+ +52\.3% +1\.2s$/);
    expect(lines.every((l) => displayWidth(l) <= 59)).toBe(true);
  });

  it('fills the bar only when the copy is done', () => {
    const bars = (percent: number) => /[█░]+/.exec(layout(model([{ jobId: 'a', percent }]), 100, PLAIN)[2]!)![0];
    expect(bars(99.9)).toMatch(/░$/);
    expect(bars(100)).not.toContain('░');
    expect(bars(0)).not.toContain('█');
  });
});

describe('the rows of the jobs', () => {
  const data = (jobId: string, finished: string, state: 'Migrating' | 'Finished' = 'Migrating') =>
    makeObject({ jobId, section: 'data', name: `t_${jobId}`, state, totalRows: '1000000', finishedRows: finished });

  it('give one job the figures of the poll line: its percentage, rows, rate and time left', () => {
    const first = makeSnapshot([data('dtsa', '100000')], 1, ['dtsa']);
    const second = makeSnapshot([data('dtsa', '400000')], 2, ['dtsa'], { samples: addSample([], sampleOf(first.progress, first.atMs)) });
    const rows = new JobRows({ jobIds: ['dtsa'], timeoutMs: 30 * 60_000 });
    expect(rows.model(0).jobs[0]).toMatchObject({ jobId: 'dtsa', objects: 'waiting' });
    rows.poll(first);
    rows.poll(second);
    const [job] = rows.model(61_500).jobs;
    expect(second.rate).toBeDefined();
    expect(job).toMatchObject({
      percent: second.progress.percent,
      rows: '400,000 / 1,000,000',
      rate: formatRate(second.rate!).replace(' rows/s', '/s'),
      left: '1m 00s'
    });
    expect(rows.model(61_500).head).toBe('poll 2 · 1 pending · 1m 01s of 30m 00s');
  });

  it('count each job on its own', () => {
    const snapshot = makeSnapshot([data('dtsa', '250000'), data('dtsb', '1000000', 'Finished')], 1, ['dtsa', 'dtsb']);
    const rows = new JobRows({ jobIds: ['dtsa', 'dtsb'], timeoutMs: 60_000, maxDelayMs: 5000 });
    rows.poll(snapshot);
    const { head, jobs } = rows.model(1000);
    expect(jobs.map((j) => [j.jobId, j.percent, j.objects])).toEqual([
      ['dtsa', 25, '1 pending'],
      ['dtsb', 100, 'done']
    ]);
    expect(head).toContain('max-delay 5s');
  });
});

/** A stream that keeps what is written; `tty` makes it a terminal of `columns`. */
function stream(tty: boolean, columns = 80): Stream & { text: string } {
  const s = { text: '', isTTY: tty, columns, write: (chunk: string) => (s.text += chunk) };
  return s;
}

describe('the writer', () => {
  const SECRET = 'Sec+ret/Value=0123';

  it('removes every secret in every form, from lines, the block and the JSON', () => {
    const stdout = stream(true);
    const output = new CliOutput({ stdout, stderr: stream(false) }, {}, false);
    output.addSecret(SECRET);
    output.say(`key ${SECRET} and ${encodeURIComponent(SECRET)}`);
    output.draw([`block ${SECRET}`]);
    output.data(`{"x":"${SECRET}"}`);
    expect(stdout.text).not.toContain('Sec+ret');
    expect(stdout.text).not.toContain(encodeURIComponent(SECRET));
    expect(stdout.text).toContain('key *** and ***');
  });

  it('prints lines above the live block and redraws the block in place', () => {
    const stdout = stream(true);
    const output = new CliOutput({ stdout, stderr: stream(false) }, { NO_COLOR: '' }, false);
    output.draw(['head', 'row 1']);
    output.say('retry line');
    output.draw(['head', 'row 2']);
    output.freeze();
    output.say('verdict');
    expect(stdout.text).toBe('head\nrow 1\n\x1b[2A\r\x1b[Jretry line\nhead\nrow 1\n\x1b[2A\r\x1b[Jhead\nrow 2\nverdict\n');
  });

  it('colours only on a terminal without NO_COLOR, and draws no block elsewhere', () => {
    const colourOf = (tty: boolean, env: Record<string, string>) => {
      const stdout = stream(tty);
      const output = new CliOutput({ stdout, stderr: stream(false) }, env, false);
      output.say('finished', 'good');
      output.draw(['block']);
      return stdout.text;
    };
    expect(colourOf(true, {})).toBe('\x1b[32mfinished\x1b[0m\nblock\n');
    expect(colourOf(true, { NO_COLOR: '1' })).toBe('finished\nblock\n');
    expect(colourOf(true, { NO_COLOR: '' })).toBe('finished\nblock\n');
    expect(colourOf(false, {})).toBe('finished\n');
    expect(colourOf(true, { TERM: 'dumb' })).toBe('finished\n');
  });

  it('makes every line safe: no workflow command, nothing invisible, long lines wrapped on a terminal only', () => {
    const tty = stream(true, 25);
    const output = new CliOutput({ stdout: tty, stderr: stream(false) }, { NO_COLOR: '1' }, false);
    output.say('::error::x\u001b[2J and more words here');
    output.say('wrapped just before ::warning::x');
    expect(tty.text).toBe(': :error::x<U+001B>[2J\n  and more words here\nwrapped just before\n  : :warning::x\n');
    const log = stream(false, 21);
    new CliOutput({ stdout: log, stderr: stream(false) }, {}, false).say('  ::warning:: indented, not wrapped at all');
    expect(log.text).toBe('  : :warning:: indented, not wrapped at all\n');
  });

  it('sends the log to stderr when stdout carries the JSON', () => {
    const stdout = stream(true);
    const stderr = stream(true);
    const output = new CliOutput({ stdout, stderr }, {}, true);
    output.say('log');
    output.data('{}\n');
    expect([stdout.text, stripStyle(stderr.text)]).toEqual(['{}\n', 'log\n']);
  });

  it('writes JSON that reads back the same and shows as printable ASCII only, without #[', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string({ unit: 'binary' })), (value) => {
        const text = terminalSafeJson(JSON.stringify(value));
        expect(JSON.parse(text)).toEqual(value);
        expect(text).toMatch(/^[\x20-\x7e]*$/);
        expect(text).not.toContain('#[');
      })
    );
  });
});
