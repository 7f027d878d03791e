/**
 * The command line read: each `flag` row of the input table is a flag of its name, the rest are
 * refused saying why; `--help` says what the table says; the exit codes follow the verdict.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/workflows.js';
import { readCommandLine } from '../../src/cli/command.js';
import { exitCodeOf } from '../../src/cli/exitCodes.js';
import { helpText, plainText, versionText } from '../../src/cli/help.js';
import { readInputs } from '../../src/config/inputs.js';
import { INPUT_NAMES, INPUTS, shownDefault, type InputName, type InputRow } from '../../src/config/table.js';
import { CancelledError, InputError } from '../../src/errors.js';
import { makeVerdict } from '../support/objects.js';

const rowsOf = (kind: string): InputName[] => INPUT_NAMES.filter((name) => INPUTS[name].commandLine === kind);
const inputsOf = (args: string[]) => {
  const line = readCommandLine(args);
  if (line.refused) throw line.refused;
  return readInputs((name) => line.values[name as InputName] ?? '', {});
};

describe('the flags', () => {
  it('are the flag rows of the table, each read by its row as the action reads its input', () => {
    expect(rowsOf('flag').length).toBeGreaterThan(15);
    const inputs = inputsOf([
      '--job-id',
      'dtsa',
      '--job-id=dtsb,dtsc',
      '--region',
      'cn-shanghai',
      '--max-delay',
      '5s',
      '--ignore',
      'tmp.*',
      '--ignore',
      '*.bak',
      '--data-check',
      'true',
      '--fail-on-timeout',
      'false',
      '--timeout',
      '45m'
    ]);
    expect(inputs).toMatchObject({
      jobIds: ['dtsa', 'dtsb', 'dtsc'],
      region: 'cn-shanghai',
      maxDelayMs: 5000,
      ignore: ['tmp.*', '*.bak'],
      dataCheck: 'required',
      failOnTimeout: false,
      timeoutMs: 45 * 60_000
    });
  });

  it('have the defaults of the table where they are not given', () => {
    const inputs = inputsOf(['--job-id', 'dtsa']);
    expect(inputs).toEqual(readInputs((name) => (name === 'job-id' ? 'dtsa' : ''), {}));
    expect(inputs).toMatchObject({ timeoutMs: 30 * 60_000, pollIntervalMs: 30_000, dataCheck: 'auto', failOnTimeout: true });
  });

  it('takes the command line’s own options, paths made absolute', () => {
    const line = readCommandLine(['--job-id', 'a', '--json', '--summary-file', 'out/summary.md', '--report-file=/tmp/r.json']);
    expect(line.refused).toBeUndefined();
    expect(line.options).toEqual({ json: true, summaryFile: `${process.cwd()}/out/summary.md`, reportFile: '/tmp/r.json' });
    expect(readCommandLine(['--help', '--nonsense']).answer).toBe('help');
    expect(readCommandLine(['-h']).answer).toBe('help');
    expect(readCommandLine(['--version']).answer).toBe('version');
  });
});

describe('what is refused, with the reason', () => {
  const refusal = (args: string[]): InputError => {
    const refused = readCommandLine(args).refused;
    expect(refused).toBeInstanceOf(InputError);
    return refused!;
  };

  it('a credential as a flag: the shell history and the process list, and where it comes from instead; its value kept out of the output', () => {
    expect(rowsOf('credential')).toEqual(['access-key-id', 'access-key-secret', 'security-token']);
    for (const name of rowsOf('credential')) {
      const line = readCommandLine(['--job-id', 'a', `--${name}`, 'Sec+ret/Value=1']);
      expect(line.refused?.message).toMatch(new RegExp(`^--${name} is not a flag: .*shell's history and in the process list`));
      expect(line.refused?.message).toContain(plainText(shownDefault(INPUTS[name])).replace(/^env /, ''));
      expect(line.refused?.message).not.toContain('Sec+ret');
      expect(line.secrets).toEqual(['Sec+ret/Value=1']);
    }
    expect(refusal(['--access-key-secret=x1y2z3']).message).toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET, then ALICLOUD_SECRET_KEY');
  });

  it('a GitHub-only input: it means something only in a workflow', () => {
    expect(rowsOf('github-only')).toEqual(['summary', 'pr-comment', 'github-token']);
    for (const name of rowsOf('github-only')) {
      expect(refusal([`--${name}`, 'true']).message).toMatch(
        new RegExp(`^--${name} is not a flag: it means something only in a GitHub Actions workflow`)
      );
    }
    expect(refusal(['--summary', 'true']).message).toContain('--summary-file PATH');
  });

  it('an unknown flag, a missing value, a flag given twice, a stray word, a value for a switch', () => {
    expect(refusal(['--job-id', 'a', '--jobid', 'b']).message).toBe('unknown flag --jobid (see dts-init-gate --help)');
    expect(refusal(['-x']).message).toBe('unknown flag -x (see dts-init-gate --help)');
    expect(refusal(['--job-id', 'a', '--timeout']).message).toBe(
      '--timeout needs a value, such as --timeout 30m (see dts-init-gate --help)'
    );
    expect(refusal(['--timeout', '1m', '--timeout', '2m']).message).toBe('--timeout is given more than once: give it once');
    expect(refusal(['--job-id', 'a', 'b']).message).toMatch(/^unexpected argument "b": every value goes after its flag/);
    expect(refusal(['--json=yes']).message).toBe('--json takes no value (see dts-init-gate --help)');
  });

  it('a flag followed by another flag lacks its value, and the flags after it are still read', () => {
    const line = readCommandLine(['--max-delay', '--json', '--summary-file', 's.md']);
    expect(line.refused?.message).toBe('--max-delay needs a value, such as --max-delay VALUE (see dts-init-gate --help)');
    expect(line.options.json).toBe(true);
    expect(line.options.summaryFile).toBe(`${process.cwd()}/s.md`);
  });

  it('keeps the first refusal, and shows a hostile flag name safely', () => {
    const line = readCommandLine(['--a\u001b[31m', '--timeout']);
    expect(line.refused?.message).toBe('unknown flag --a<U+001B>[31m (see dts-init-gate --help)');
  });
});

describe('--help and --version', () => {
  const help = helpText();

  it('lists every flag of the table with its default and its meaning, code spans shown plainly', () => {
    for (const name of rowsOf('flag')) {
      const row: InputRow = INPUTS[name];
      expect(help).toContain(`  --${name} VALUE`);
      const flat = help.replace(/\s+/g, ' ');
      expect(flat).toContain(plainText(row.commandLineDescription ?? row.description).replace(/\s+/g, ' '));
      expect(flat).toContain('required' in row ? 'required' : `efault: ${plainText(shownDefault(row)) || 'none'}`);
    }
    expect(help).not.toContain('`');
    for (const name of [...rowsOf('credential'), ...rowsOf('github-only')]) expect(help).not.toMatch(new RegExp(`--${name}(?![\\w-])`));
    expect(help).toMatch(/--summary-file PATH[\s\S]*--report-file PATH[\s\S]*--json/);
  });

  it('speaks of exit codes, never of a step to fail: a command line has no step', () => {
    expect(help).not.toMatch(/\bstep\b/);
    expect(help.replace(/\s+/g, ' ')).toContain(
      '--fail-on-timeout VALUE (default: true) With objects still pending at the timeout, exit 2 (false: exit 0).'
    );
  });

  it('says where credentials come from and what each exit code means, in lines of 80 columns at most', () => {
    expect(help).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    for (const code of [0, 1, 2, 3, 130, 143]) expect(help).toMatch(new RegExp(`^ +${code}  \\S`, 'm'));
    const long = help.split('\n').filter((line) => line.length > 80 && !/^ {4}\S+$/.test(line));
    expect(long).toEqual([]);
  });

  it('--version says the version of package.json', () => {
    expect(versionText()).toMatch(/^dts-init-gate \d+\.\d+\.\d+\n$/);
  });
});

describe('the exit code', () => {
  it('says how the run ended, and which signal cancelled it', () => {
    expect(exitCodeOf(makeVerdict({ status: 'finished' }))).toBe(0);
    expect(exitCodeOf(makeVerdict({ status: 'failed', fail: true }))).toBe(1);
    expect(exitCodeOf(makeVerdict({ status: 'timeout', fail: true }))).toBe(2);
    expect(exitCodeOf(makeVerdict({ status: 'timeout', fail: false }))).toBe(0);
    expect(exitCodeOf(makeVerdict({ status: 'error', fail: true }))).toBe(3);
    expect(exitCodeOf(makeVerdict({ status: 'cancelled', fail: true, error: new CancelledError('SIGINT') }))).toBe(130);
    expect(exitCodeOf(makeVerdict({ status: 'cancelled', fail: true, error: new CancelledError('SIGTERM') }))).toBe(143);
  });
});

describe("the README's examples of the command line", () => {
  it('use only flags the command has, each with a value where it takes one', () => {
    const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    // From the command to the end of its words: a line that starts anew, a redirection, a quote.
    const commands = blocks.flatMap((block) =>
      [...block.matchAll(/dts-init-gate(?:#v1|-[\d.]+\.tgz)?\s+(--[^>']*?)(?=\n\S|\n *- |\n\n|>|'|$)/g)].map((m) =>
        m[1]!.replace(/\\\n/g, ' ').trim()
      )
    );
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const command of commands) {
      const line = readCommandLine(command.split(/\s+/).map((word) => word.replace(/^'(.*)'$/, '$1')));
      expect([command, line.refused?.message]).toEqual([command, undefined]);
    }
  });
});
