/**
 * The measuring instrument itself, on markdown made to show each thing it must tell apart: a
 * table that fits and one that does not, text that wraps and text past the edge of a table, a
 * code block or a closed <details>, text that is cut or missing, and markup that GitHub's
 * sanitizer takes out.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  boxWidthFor,
  describeText,
  findTools,
  markdownToHtml,
  SummaryBrowser,
  type PageMeasure,
  type TableMeasure,
  type TextMeasure
} from './github-render.js';
import { browserSuite } from './suite.js';

const words = (n: number, seed: string): string => Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 0 ? 'ing' : ''}`).join(' ');

const T = {
  wrapped: 'the end of the wrapping paragraph marker-wrap',
  wideCell: 'wide-table-last-cell-end',
  code: 'code-block-end-marker',
  folded: 'folded-text-marker inside a closed details',
  summaryLine: 'Summary line marker',
  unfolded: 'unfolded-text-marker inside an open details',
  nowrap: 'a line that asked not to wrap nowrap-attempt-end',
  split: 'split across inline elements end-marker',
  cut: 'An error message of some length whose cause is only at its very end: cause-marker (the part that matters)',
  missing: 'a text that is nowhere in the page',
  heading: 'Instrument fixture heading'
};

const FIXTURE = [
  `## ${T.heading}`,
  '',
  `${words(120, 'word')} ${T.wrapped}`,
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  '',
  `| ${Array.from({ length: 14 }, (_, i) => `column_${i}_with_a_long_heading`).join(' | ')} |`,
  `| ${Array.from({ length: 14 }, () => '--').join(' | ')} |`,
  `| ${Array.from({ length: 13 }, (_, i) => `unbreakable_cell_value_${i}`).join(' | ')} | ${T.wideCell} |`,
  '',
  '```',
  `${'x'.repeat(300)} ${T.code}`,
  '```',
  '',
  '<details><summary>Summary line marker</summary>',
  '',
  T.folded,
  '',
  `| ${Array.from({ length: 12 }, (_, i) => `folded_column_${i}_heading`).join(' | ')} |`,
  `| ${Array.from({ length: 12 }, () => '--').join(' | ')} |`,
  `| ${Array.from({ length: 12 }, (_, i) => `folded_value_${i}`).join(' | ')} |`,
  '',
  '</details>',
  '',
  '<details open><summary>Open</summary>',
  '',
  T.unfolded,
  '',
  '</details>',
  '',
  `<div style="white-space: nowrap" class="wide" id="x">${words(80, 'nowrap')} ${T.nowrap}</div>`,
  '',
  'split **across** `inline` elements end-marker',
  '',
  `${T.cut.slice(0, 60)}…`,
  ''
].join('\n');

describe('findTools', () => {
  test('names what is missing and how to install it', () => {
    const check = findTools({ PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(check.tools).toBeUndefined();
    expect(check.missing).toEqual(['cmark-gfm', 'chromium']);
    expect(check.message).toContain('apt-get install cmark-gfm chromium');
    expect(check.message).toContain('CMARK_GFM and CHROMIUM_PATH');
    expect(findTools({ PATH: '/nonexistent', CHROMIUM_PATH: '/bin/sh' }).message).toMatch(
      /needs cmark-gfm, which is not installed.*apt-get install cmark-gfm \(/
    );
  });
});

browserSuite('the measuring instrument (cmark-gfm, sanitizer, github-markdown-css, Chromium)', (tools) => {
  let browser: SummaryBrowser | undefined;
  const measured = new Map<number, { page: PageMeasure; removed: { elements: number; attributes: number } }>();

  beforeAll(async () => {
    browser = await SummaryBrowser.launch(tools);
    for (const width of [1280, 1024]) {
      const page = await browser.open(FIXTURE, width);
      measured.set(width, { page: await page.measure(Object.values(T)), removed: page.removed });
      await page.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('cmark-gfm keeps raw <details> (--unsafe) and neutralises <textarea> and <script> (tagfilter)', () => {
    const html = markdownToHtml(
      '<details><summary>s</summary>\n\n| a |\n| - |\n| ~~b~~ |\n\n</details>\n\n<textarea><script>x</script>\n',
      tools.cmarkGfm
    );
    expect(html).toContain('<details><summary>s</summary>');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>b</del>');
    expect(html).toContain('&lt;textarea>');
    expect(html).toContain('&lt;script>');
  });

  describe.each([1280, 1024])('on a %i px window', (width) => {
    const page = (): PageMeasure => measured.get(width)!.page;
    const text = (t: string): TextMeasure => page().texts.find((m) => m.text === t)!;
    const table = (firstHeader: string): TableMeasure => page().tables.find((m) => m.header[0] === firstHeader)!;

    test('the content box follows the window as on GitHub', () => {
      expect(page().box.width).toBe(boxWidthFor(width));
      if (width === 1280) expect(page().box.width).toBe(930);
      expect(page().windowWidth).toBe(width);
    });

    test('tells a table that fits from one that scrolls sideways, folded or not', () => {
      const box = page().box.width;
      expect(table('a').scrollWidth).toBeLessThanOrEqual(box);
      expect(table('a').folded).toBe(false);
      const wide = table('column_0_with_a_long_heading');
      expect(wide.scrollWidth).toBeGreaterThan(box);
      expect(wide.clientWidth).toBeLessThanOrEqual(box);
      const folded = table('folded_column_0_heading');
      expect(folded.folded).toBe(true);
      expect(folded.scrollWidth).toBeGreaterThan(box);
    });

    test('sees the end of wrapped text inside the box', () => {
      for (const t of [T.wrapped, T.unfolded, T.split, T.heading, T.summaryLine]) {
        const m = text(t);
        expect({ t, presence: m.presence, visible: m.visible }).toEqual({ t, presence: 'whole', visible: true });
        expect(m.ends[0]!.rect!.right).toBeLessThanOrEqual(page().box.right);
      }
      expect(page().headings[0]).toMatchObject({ level: 2, text: T.heading, end: { visible: true } });
    });

    test('sees text past the edge of a sideways-scrolling table', () => {
      const end = text(T.wideCell).ends[0]!;
      expect(end.hiddenBy?.tag).toBe('table');
      expect(end.rect!.right).toBeGreaterThan(page().box.right);
      expect(end.visible).toBe(false);
      expect(describeText(text(T.wideCell), page().box)).toMatch(/hidden in the sideways-scrolled part of a <table>/);
    });

    test('sees text in a code block that scrolls sideways', () => {
      const end = text(T.code).ends[0]!;
      expect(end.inScrollingCode).toBe(true);
      expect(end.hiddenBy?.tag).toBe('pre');
      expect(end.visible).toBe(false);
    });

    test('sees text folded in a closed <details>', () => {
      const m = text(T.folded);
      expect(m.presence).toBe('whole');
      expect(m.ends[0]!.folded).toBe(true);
      expect(m.visible).toBe(false);
    });

    test('sees text that is cut or missing', () => {
      expect(text(T.cut)).toMatchObject({ presence: 'cut', shownChars: 60, ends: [], visible: false });
      expect(text(T.cut).shownEnd?.visible).toBe(true);
      expect(text(T.missing)).toMatchObject({ presence: 'missing', shownChars: 0, visible: false });
    });

    test("shows what GitHub's sanitizer leaves: no style, class or id, so the nowrap line wraps", () => {
      expect(measured.get(width)!.removed.attributes).toBe(3);
      expect(text(T.nowrap).visible).toBe(true);
    });
  });
});
