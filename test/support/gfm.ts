/**
 * Markdown rendered as GitHub renders it, for tests of what a person sees: Debian's `cmark-gfm`
 * with the extensions GitHub turns on, raw HTML passed through (GitHub then sanitizes it), and
 * the patterns GitHub's filters turn into a notification, a link or a picture.
 *
 * GitHub finds mentions (`@name`, `@org/team`), issue references (`#1`, `owner/repo#2`, `GH-3`)
 * and emoji codes in the text nodes of the rendered HTML, outside links and code; GFM's autolinks
 * come from the renderer itself. A text node without those patterns notifies nobody and links
 * nothing.
 */
import { spawnSync } from 'node:child_process';

const CMARK = 'cmark-gfm';

/** Whether `cmark-gfm` is on PATH (`apt-get install -y cmark-gfm`). */
export const hasCmark = spawnSync(CMARK, ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Whether the checks of rendered markdown run: where cmark-gfm is, and wherever REQUIRE_BROWSER=1
 * (as in CI) makes its absence a failure (renderGfm then says what is missing) rather than a skip.
 */
export const renderingChecked = hasCmark || process.env.REQUIRE_BROWSER === '1';

export function renderGfm(markdown: string): string {
  if (!hasCmark) throw new Error(`${CMARK} is not on PATH (apt-get install -y cmark-gfm); REQUIRE_BROWSER=1 makes that a failure`);
  const result = spawnSync(
    CMARK,
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter', '-e', 'tasklist'],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  );
  if (result.status !== 0) throw new Error(`${CMARK} failed: ${result.stderr}`);
  return result.stdout;
}

export const decodeEntities = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#(\d+));/g, (m, name: string, code: string | undefined) =>
    code !== undefined ? String.fromCodePoint(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"' }[name] ?? m)
  );

/** The decoded text nodes of some rendered HTML: tags and comments split them, as they split GitHub's. */
export function textNodes(html: string): string[] {
  return html
    .split(/<!--[\s\S]*?-->|<[^>]*>/)
    .filter((t) => t !== '')
    .map(decodeEntities);
}

/** What GitHub's filters would turn into a notification, a link or a picture. */
export const LIVE: ReadonlyArray<[string, RegExp]> = [
  ['mention', /@[a-z0-9]/i],
  ['issue reference', /#\d/],
  ['GH reference', /(^|[^a-z0-9_])gh-\d/i],
  ['emoji code', /:[a-z0-9_+-]+:/i],
  ['autolink', /:\/\/|www\./i]
];

/** The live patterns found in a text node, as `what: text`. */
export function liveIn(text: string): string[] {
  return LIVE.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${what}: ${text}`);
}
