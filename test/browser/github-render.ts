/**
 * The job summary as a person sees it on GitHub: markdown rendered by cmark-gfm with GitHub's
 * extensions, cleaned as GitHub's sanitizer cleans it, styled by github-markdown-css inside a
 * page laid out like a workflow run's summary page, opened in headless Chromium and measured.
 *
 * Needs two programs that npm does not bring: `cmark-gfm` and `chromium` (Debian: `apt-get
 * install cmark-gfm chromium`). {@link findTools} says which are missing. The browser is driven
 * by playwright-core, which never downloads a browser of its own: it starts the system's.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { measurePage, sanitizeInto, type Allowlist, type PageMeasure, type TextEnd, type TextMeasure } from './in-page.js';

export type { PageMeasure, TableMeasure, TextEnd, TextMeasure, HeadingMeasure } from './in-page.js';

// ---------------------------------------------------------------------------------------------
// The programs

export interface Tools {
  cmarkGfm: string;
  chromium: string;
}

export interface ToolCheck {
  tools?: Tools;
  /** Names of the missing programs. */
  missing: string[];
  /** What is missing and how to install it; empty when nothing is. */
  message: string;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  if (isAbsolute(name)) return executable(name) ? name : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Finds cmark-gfm (`CMARK_GFM`, else on PATH) and Chromium (`CHROMIUM_PATH`, else
 * `/usr/bin/chromium`, else `chromium` or `chromium-browser` on PATH).
 */
export function findTools(env: NodeJS.ProcessEnv = process.env): ToolCheck {
  const cmarkGfm = onPath(env.CMARK_GFM || 'cmark-gfm', env);
  const browser = env.CHROMIUM_PATH
    ? onPath(env.CHROMIUM_PATH, env)
    : (onPath('/usr/bin/chromium', env) ?? onPath('chromium', env) ?? onPath('chromium-browser', env));
  const missing = [...(cmarkGfm ? [] : ['cmark-gfm']), ...(browser ? [] : ['chromium'])];
  if (cmarkGfm && browser) return { tools: { cmarkGfm, chromium: browser }, missing, message: '' };
  const what = missing.join(' and ');
  const message =
    `The browser test of the job summary needs ${what}, which ${missing.length > 1 ? 'are' : 'is'} not installed ` +
    `(system packages, not npm ones). Install with: apt-get install ${missing.join(' ')} ` +
    `(Debian/Ubuntu), or set ${missing.map((m) => (m === 'chromium' ? 'CHROMIUM_PATH' : 'CMARK_GFM')).join(' and ')} ` +
    `to where ${missing.length > 1 ? 'they are' : 'it is'}.`;
  return { missing, message };
}

// ---------------------------------------------------------------------------------------------
// Markdown to HTML, as GitHub does it

/**
 * GitHub renders markdown with cmark-gfm and these extensions, lets raw HTML through
 * (`--unsafe`: without it cmark-gfm replaces every tag, `<details>` included, by a comment), and
 * then cleans the HTML with its sanitizer ({@link GITHUB_ALLOWLIST}). `tagfilter` is the GFM
 * rule that neutralises `<script>`, `<style>`, `<iframe>`... in raw HTML; it only has an effect
 * together with `--unsafe`.
 */
export const CMARK_GFM_ARGS: readonly string[] = [
  '--unsafe',
  '--extension',
  'table',
  '--extension',
  'strikethrough',
  '--extension',
  'autolink',
  '--extension',
  'tagfilter'
];

export function markdownToHtml(markdown: string, cmarkGfm: string): string {
  const result = spawnSync(cmarkGfm, [...CMARK_GFM_ARGS, '--to', 'html'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`cmark-gfm exited with ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/**
 * What GitHub keeps of rendered markdown: the elements and attributes of the allowlist GitHub
 * published with its html-pipeline gem (SanitizationFilter). Everything else is taken out, so a
 * summary cannot rely on `style` or `class` to make text wrap: the test sees what GitHub shows.
 */
export const GITHUB_ALLOWLIST: Allowlist = {
  elements: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'b', 'i', 'strong', 'em', 'a', 'pre', 'code', 'img', 'tt', 'div'],
    ...['ins', 'del', 'sup', 'sub', 'p', 'ol', 'ul', 'table', 'thead', 'tbody', 'tfoot', 'blockquote', 'dl', 'dt'],
    ...['dd', 'kbd', 'q', 'samp', 'var', 'hr', 'ruby', 'rt', 'rp', 'li', 'tr', 'td', 'th', 's', 'strike'],
    ...['summary', 'details']
  ],
  removeWithContents: ['script'],
  attributes: [
    ...['abbr', 'accept', 'accept-charset', 'accesskey', 'action', 'align', 'alt', 'axis', 'border', 'cellpadding'],
    ...['cellspacing', 'char', 'charoff', 'charset', 'checked', 'clear', 'cols', 'colspan', 'color', 'compact'],
    ...['coords', 'datetime', 'dir', 'disabled', 'enctype', 'for', 'frame', 'headers', 'height', 'hreflang'],
    ...['hspace', 'ismap', 'label', 'lang', 'maxlength', 'media', 'method', 'multiple', 'name', 'nohref'],
    ...['noshade', 'nowrap', 'open', 'prompt', 'readonly', 'rel', 'rev', 'rows', 'rowspan', 'rules', 'scope'],
    ...['selected', 'shape', 'size', 'span', 'start', 'summary', 'tabindex', 'target', 'title', 'type'],
    ...['usemap', 'valign', 'value', 'vspace', 'width', 'itemprop']
  ],
  attributesOf: {
    a: ['href'],
    img: ['src', 'longdesc'],
    div: ['itemscope', 'itemtype'],
    blockquote: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    q: ['cite']
  }
};

// ---------------------------------------------------------------------------------------------
// The page around the summary

/**
 * A workflow run's summary page, reduced to what decides the width of a job summary: a fixed
 * sidebar (the run's jobs) and a main column that takes the rest of the window, holding the
 * summary in a bordered card. GitHub gives a job summary a content box of about 930 px on a
 * 1280 px window, and the box follows the window: here it is the window less 350 px (the 320 px
 * sidebar, then on each side 4 px of gutter, 1 px of border and 10 px of padding), so 930 px at
 * 1280 and 674 px at 1024. These are a model fitted to that one figure, not GitHub's own CSS.
 * Below 768 px the sidebar moves above the summary.
 */
export const LAYOUT = {
  /** The run's sidebar (list of jobs). */
  sidebar: 320,
  /** The main column's padding on each side. */
  gutter: 4,
  /** The card's border on each side. */
  border: 1,
  /** The summary's padding inside the card on each side. */
  padding: 10,
  /** Height of the window (it decides nothing about widths). */
  windowHeight: 800
} as const;

/** The content box's width on a window `windowWidth` px wide (from 768 px up). */
export function boxWidthFor(windowWidth: number): number {
  return windowWidth - LAYOUT.sidebar - 2 * (LAYOUT.gutter + LAYOUT.border + LAYOUT.padding);
}

/** Element that holds the rendered summary; its content area is the box that is measured. */
export const SUMMARY_SELECTOR = '#summary';
const CARD_SELECTOR = '.run-summary-card';

function markdownCss(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('github-markdown-css/package.json');
  return readFileSync(join(dirname(pkg), 'github-markdown-light.css'), 'utf8');
}

/** The page, with an empty summary element; the summary goes in after sanitizing. */
export function pageShell(title = 'gate summary'): string {
  const l = LAYOUT;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${markdownCss()}</style>
<style>
  html, body { margin: 0; background: #f6f8fa; }
  body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .run-header { height: 48px; border-bottom: 1px solid #d1d9e0; background: #fff; }
  .run-layout { display: flex; align-items: stretch; min-height: 100vh; }
  .run-sidebar { flex: 0 0 ${l.sidebar}px; box-sizing: border-box; min-height: 240px; padding: 16px; border-right: 1px solid #d1d9e0; }
  .run-main { flex: 1 1 0; min-width: 0; padding: 16px ${l.gutter}px; }
  .run-summary-card { border: ${l.border}px solid #d1d9e0; border-radius: 6px; background: #fff; }
  .run-summary-title { margin: 0; padding: 12px ${l.padding}px; font-size: 14px; font-weight: 600; border-bottom: 1px solid #d1d9e0; }
  .run-summary-card > .markdown-body { padding: 16px ${l.padding}px; }
  @media (max-width: 767px) {
    .run-layout { flex-direction: column; align-items: stretch; }
    .run-sidebar { flex: none; min-height: 0; border-right: 0; border-bottom: 1px solid #d1d9e0; }
  }
</style>
</head>
<body>
<div class="run-header"></div>
<div class="run-layout">
  <nav class="run-sidebar"></nav>
  <main class="run-main">
    <section class="run-summary-card">
      <h2 class="run-summary-title">${title}</h2>
      <article class="markdown-body" id="summary"></article>
    </section>
  </main>
</div>
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// The browser

/** How the system Chromium is started: headless, no sandbox (root), nothing that goes online. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** Shortest start of a text that counts as shown when the whole text is not in the page. */
const MIN_PREFIX = 16;

/** One rendered summary in one window. */
export class SummaryPage {
  constructor(
    private readonly page: Page,
    readonly windowWidth: number,
    /** What the sanitizer took out of cmark-gfm's HTML. */
    readonly removed: { elements: number; attributes: number }
  ) {}

  /** The box, the tables, the headings, and where each of `texts` ends. */
  measure(texts: readonly string[] = []): Promise<PageMeasure> {
    return this.page.evaluate(measurePage, { selector: SUMMARY_SELECTOR, texts: [...texts], minPrefix: MIN_PREFIX });
  }

  /** A PNG of the whole page, or of the summary's card only. */
  async screenshot(path: string, what: 'page' | 'summary' = 'page'): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    if (what === 'summary') await this.page.locator(CARD_SELECTOR).screenshot({ path });
    else await this.page.screenshot({ path, fullPage: true });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** One Chromium process; each {@link open} is a new page in it. */
export class SummaryBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly tools: Tools
  ) {}

  static async launch(tools: Tools): Promise<SummaryBrowser> {
    // playwright-core starts the browser with a new, empty profile in a temporary folder of its
    // own (it refuses a --user-data-dir argument) and removes it on close.
    const browser = await chromium.launch({ executablePath: tools.chromium, headless: true, args: [...CHROMIUM_ARGS], timeout: 30_000 });
    return new SummaryBrowser(browser, tools);
  }

  /** Renders `markdown` as GitHub does and opens it in a window `windowWidth` px wide. */
  async open(markdown: string, windowWidth: number): Promise<SummaryPage> {
    const html = markdownToHtml(markdown, this.tools.cmarkGfm);
    const page = await this.browser.newPage({ viewport: { width: windowWidth, height: LAYOUT.windowHeight }, deviceScaleFactor: 1 });
    // Nothing in the page may reach out: the summary's images and links stay unloaded.
    await page.route('**/*', (route) => route.abort());
    // The functions of in-page.ts travel to the page as their source. Run with tsx (npm run
    // screenshot), that source calls esbuild's __name() to keep function names: the page has one.
    await page.setContent(pageShell(), { waitUntil: 'load' });
    await page.evaluate('globalThis.__name = (target) => target;');
    const removed = await page.evaluate(sanitizeInto, { selector: SUMMARY_SELECTOR, html, allow: GITHUB_ALLOWLIST });
    return new SummaryPage(page, windowWidth, removed);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Saying what was measured

const px = (n: number): string => `${Math.round(n).toLocaleString('en-US')} px`;

/** Where one occurrence of a text ends, in words. */
export function describeEnd(end: TextEnd, box: PageMeasure['box']): string {
  if (end.folded) return 'folded (inside a closed <details>)';
  if (!end.rect) return 'not rendered';
  const x = `ends at x=${px(end.rect.right - box.left)} of a ${px(box.width)} box`;
  if (end.hiddenBy) {
    return `${x}: hidden in the sideways-scrolled part of a <${end.hiddenBy.tag}> that shows up to x=${px(end.hiddenBy.visibleRight - box.left)}`;
  }
  if (end.inScrollingCode) return `${x}: inside a code block that scrolls sideways`;
  if (!end.insideBox) return `${x}: past the box's right edge`;
  return `${x}: visible`;
}

/** Whether and where a text's end is seen, in words. */
export function describeText(text: TextMeasure, box: PageMeasure['box']): string {
  const head = `"${text.text.slice(0, 48)}…" (${text.length} characters)`;
  if (text.presence === 'missing') return `${head}: not in the page`;
  if (text.presence === 'cut') {
    const shown = text.shownEnd ? ` (the shown part ${describeEnd(text.shownEnd, box)})` : '';
    return `${head}: cut after ${text.shownChars} characters, its end is not in the page${shown}`;
  }
  return `${head}: ${text.ends.map((end) => describeEnd(end, box)).join('; ')}`;
}

/** Everything measured on one page, in words: the box, each table, and each text's end. */
export function describePage(title: string, page: PageMeasure): string {
  const lines = [`${title}: content box ${px(page.box.width)} on a ${px(page.windowWidth)} window`];
  for (const t of page.tables) {
    const fits = t.scrollWidth <= page.box.width ? 'fits' : `${px(t.scrollWidth - page.box.width)} too wide`;
    const folded = t.folded ? ', folded' : '';
    lines.push(`  table ${t.index} (${t.header.slice(0, 3).join(' | ')}…, ${t.rows} rows${folded}): ${px(t.scrollWidth)} — ${fits}`);
  }
  for (const t of page.texts) lines.push(`  ${describeText(t, page.box)}`);
  return lines.join('\n');
}
