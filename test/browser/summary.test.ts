/**
 * The job summary as a person sees it on GitHub: the summaries of the demo job, of a 300-object
 * job with long failures, of a failed precheck, of a cutover gate that finishes and of a data
 * verification that finds differing tables, written by
 * dist/index.js against the simulator, rendered
 * by cmark-gfm and GitHub's sanitizer and styles, and measured in Chromium at a 1280 and a
 * 1024 px window. A person must see every failure's whole error without scrolling sideways or
 * unfolding anything, and no table may be wider than the box.
 *
 * SUMMARY_SCREENSHOTS=<folder> also saves a PNG of every page measured; SUMMARY_REPORT=1 prints
 * what was measured (tables' widths, where each error ends).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { boxWidthFor, describePage, describeText, SummaryBrowser, type PageMeasure } from './github-render.js';
import { browserSuite } from './suite.js';
import { cutoverJob, dataDiffersJob, demoJob, precheckFailureJob, wideFailureJob, type RenderedJob } from './summaries.js';

const WIDTHS = [1280, 1024] as const;
const JOBS: ReadonlyArray<{ name: string; make: () => Promise<RenderedJob> }> = [
  { name: 'the demo job', make: demoJob },
  { name: 'a 300-object job with failures', make: wideFailureJob },
  { name: 'a failed precheck', make: precheckFailureJob },
  { name: 'a cutover gate that finishes', make: cutoverJob },
  { name: 'a data verification that finds differing tables', make: dataDiffersJob }
];

interface Measured {
  job: RenderedJob;
  page: PageMeasure;
}

/** Count tables: the ones with a Total column (the per-section and per-job counts). */
const isCountTable = (header: readonly string[]): boolean => header.includes('Total');

browserSuite('the job summary as GitHub shows it (cmark-gfm, github-markdown-css, Chromium)', (tools) => {
  let browser: SummaryBrowser | undefined;
  const measured = new Map<string, Measured>();
  const key = (name: string, width: number): string => `${name}@${width}`;

  beforeAll(async () => {
    // The browser starts while the action writes the summaries (and is closed after all, whatever they do).
    const launching = SummaryBrowser.launch(tools);
    let jobs: Array<{ name: string; job: RenderedJob }>;
    try {
      jobs = await Promise.all(JOBS.map(async ({ name, make }) => ({ name, job: await make() })));
    } finally {
      browser = await launching;
    }
    const shots = process.env.SUMMARY_SCREENSHOTS;
    for (const { name, job } of jobs) {
      for (const width of WIDTHS) {
        const page = await browser.open(job.markdown, width);
        const measure = await page.measure(job.errors);
        measured.set(key(name, width), { job, page: measure });
        if (process.env.SUMMARY_REPORT === '1') process.stdout.write(`${describePage(name, measure)}\n`);
        if (shots) await page.screenshot(join(shots, `${job.name.replace(/\W+/g, '-')}-${width}.png`));
        await page.close();
      }
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each(JOBS.flatMap(({ name }) => WIDTHS.map((width) => [name, width] as const)))('%s on a %i px window', (name, width) => {
    const get = (): Measured => {
      const m = measured.get(key(name, width));
      if (!m) throw new Error(`${name} at ${width} px was not measured`);
      return m;
    };

    // These hold today and must keep holding: they also show that the measurements the two
    // checks below rely on were taken.

    test('renders in a content box as wide as GitHub gives it', () => {
      const { page, job } = get();
      expect(page.box.width).toBe(boxWidthFor(width));
      expect(page.tables.length).toBeGreaterThan(0);
      // A failed run has errors to look for; the measurements below rely on them.
      expect(job.errors.length > 0).toBe(job.failed);
    });

    test('opens with a verdict heading that says how the run ended, inside the box', () => {
      const { page, job } = get();
      const heading = page.headings[0];
      expect(heading).toBeDefined();
      expect(heading!.level).toBeLessThanOrEqual(3);
      expect(heading!.text).toMatch(job.failed ? /failed/i : /finished/i);
      expect(heading!.end?.visible).toBe(true);
    });

    test('the count tables fit the box', () => {
      const { page } = get();
      const counts = page.tables.filter((t) => isCountTable(t.header));
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.filter((t) => t.scrollWidth > page.box.width).map((t) => `${t.header.join(' | ')}: ${t.scrollWidth} px`)).toEqual([]);
    });

    test("every failure's error is in the summary, at least its start", () => {
      const { page } = get();
      expect(page.texts.filter((t) => t.presence === 'missing').map((t) => describeText(t, page.box))).toEqual([]);
    });

    // The two checks that matter most: the summary once listed every object in one table of ten
    // columns, far wider than the box, with the Error column last and errors cut at 300
    // characters; both failed then.

    test('no table is wider than the box', () => {
      const { page } = get();
      const tooWide = page.tables
        .filter((t) => t.scrollWidth > page.box.width)
        .map((t) => `table ${t.index} (${t.header.slice(0, 3).join(' | ')}…): ${t.scrollWidth} px in a ${page.box.width} px box`);
      expect(tooWide).toEqual([]);
    });

    test("the end of every failure's error is in the box, not cut, not folded", () => {
      const { page } = get();
      expect(page.texts.filter((t) => !t.visible).map((t) => describeText(t, page.box))).toEqual([]);
    });
  });
});
