/**
 * `npm run screenshot [-- <file.png>] [-- --page] [-- --width <px>] [-- --job <name>]`: a job's
 * summary as GitHub shows it, photographed by the same harness as the browser test. By default
 * the demo job (a failing foreign key) on a 1280 px window, the summary's card, to
 * docs/summary-screenshot.png; `--page` takes the whole page; `--job` is `demo`, `cutover` (a
 * cutover gate that passes) or `precheck-failure`. Needs dist/index.js built, cmark-gfm and
 * chromium.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findTools, SummaryBrowser } from './github-render.js';
import { cutoverJob, demoJob, precheckFailureJob, type RenderedJob } from './summaries.js';

const JOBS: Record<string, () => Promise<RenderedJob>> = { demo: demoJob, cutover: cutoverJob, 'precheck-failure': precheckFailureJob };

async function main(argv: string[]): Promise<void> {
  let path = 'docs/summary-screenshot.png';
  let width = 1280;
  let what: 'page' | 'summary' = 'summary';
  let jobName = 'demo';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--page') what = 'page';
    else if (arg === '--width') width = Number(argv[++i]);
    else if (arg === '--job') jobName = argv[++i] ?? '';
    else path = arg;
  }
  const makeJob = JOBS[jobName];
  if (!makeJob) throw new Error(`--job wants one of ${Object.keys(JOBS).join(', ')}, got ${jobName}`);
  if (!Number.isInteger(width) || width < 320) throw new Error(`--width wants a whole number of pixels from 320, got ${width}`);
  const check = findTools();
  if (!check.tools) throw new Error(check.message);
  // The summary's status emoji need a colour emoji font; without one Chromium draws empty boxes.
  const emoji = spawnSync('fc-list', [':charset=2705', 'family'], { encoding: 'utf8' });
  if (!emoji.error && !emoji.stdout.trim()) {
    process.stderr.write('No font here draws emoji (e.g. U+2705): install fonts-noto-color-emoji for a faithful picture.\n');
  }
  const job = await makeJob();
  const browser = await SummaryBrowser.launch(check.tools);
  try {
    const page = await browser.open(job.markdown, width);
    await page.screenshot(resolve(path), what);
    process.stdout.write(
      `${resolve(path)}: the ${job.name}'s summary on a ${width} px window (${what === 'page' ? 'whole page' : 'summary card'})\n`
    );
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
