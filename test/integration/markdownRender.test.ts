/**
 * safeMarkdown through GitHub's markdown renderer (Debian's `cmark-gfm`, with the extensions
 * GitHub turns on and raw HTML passed through, as GitHub passes it to its sanitizer).
 *
 * GitHub finds mentions (`@name`, `@org/team`), issue references (`#1`, `owner/repo#2`, `GH-3`)
 * and emoji codes in the text nodes of the rendered HTML, outside links and code; GFM's
 * autolinks come from the renderer itself. So a text that renders to no link and to text nodes
 * without those patterns notifies nobody and links nothing, and a row that renders to one row of
 * two cells did not break the table.
 *
 * The suite needs `cmark-gfm` on PATH (`apt-get install -y cmark-gfm`) and says so when it is
 * missing.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { safeLine, safeMarkdown } from '../../src/text/safe.js';
import { LIVE, renderGfm, renderingChecked, textNodes } from '../support/gfm.js';

if (!renderingChecked) console.warn('cmark-gfm is not on PATH: the rendering tests are skipped (apt-get install -y cmark-gfm).');
const render = renderGfm;

interface Cell {
  /** Tags met inside the cell. */
  tags: string[];
  /** Text nodes, decoded: comments split them as they split GitHub's. */
  texts: string[];
}

/** The `<td>` cells of the rendered table, row by row. */
function cells(html: string): Cell[][] {
  const body = html.slice(html.indexOf('<tbody>') + '<tbody>'.length, html.indexOf('</tbody>'));
  return body
    .split('<tr>')
    .slice(1)
    .map((row) =>
      row
        .split('<td>')
        .slice(1)
        .map((cell) => {
          const inner = cell.slice(0, cell.indexOf('</td>'));
          const tags = inner.match(/<(?!!--)[^>]*>/g) ?? [];
          return { tags, texts: textNodes(inner) };
        })
    );
}

const NAMES = [
  '@octocat',
  'orders @acme/admins',
  '#1',
  'acme/app#2',
  'GH-3 and gh-44',
  ':white_check_mark: done',
  'see https://github.com/acme/app/issues/9 or www.example.com',
  'ops@example.com',
  'a|b|c',
  '<img src=x onerror=alert(1)>',
  '`code` *em* **strong** ~~del~~ [link](http://x) ![img](y)',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '---',
  '$\\color{red}{FAKE}$',
  '[ ] task',
  '&#64;octocat &commat;octocat',
  'orders\u200b',
  'x\u202eevil',
  'line1\r\nline2\n::error::x ##[warning]y',
  '\\@octocat \\#5'
];

(renderingChecked ? describe : describe.skip)('safeMarkdown rendered by cmark-gfm', () => {
  const table = [
    '| name | error |',
    '| --- | --- |',
    ...NAMES.map((n) => `| ${safeMarkdown(n, 500)} | ${safeMarkdown(`failed: ${n}`, 500)} |`)
  ].join('\n');
  // Rendered once the suite runs: a skipped suite's body is still read, without cmark-gfm too.
  let rows: Cell[][] = [];
  beforeAll(() => {
    rows = cells(render(table));
  });

  it('keeps one table row of two cells per object', () => {
    expect(rows).toHaveLength(NAMES.length);
    for (const row of rows) expect(row).toHaveLength(2);
  });

  it('renders no element at all: no link, image, code, emphasis, heading or list', () => {
    for (const row of rows) for (const cell of row) expect(cell.tags).toEqual([]);
  });

  it('leaves GitHub nothing to mention, reference, autolink or turn into an emoji', () => {
    for (const row of rows) {
      for (const cell of row) {
        for (const text of cell.texts) {
          for (const [what, pattern] of LIVE) expect({ what, text, live: pattern.test(text) }).toEqual({ what, text, live: false });
        }
      }
    }
  });

  it('reads as the log line reads: the name stays readable', () => {
    rows.forEach((row, i) => {
      const name = NAMES[i] ?? '';
      expect(row[0]?.texts.join('')).toBe(safeLine(name, 500));
      expect(row[1]?.texts.join('')).toBe(safeLine(`failed: ${name}`, 500));
    });
  });

  it('starts no block when the text is a paragraph of its own', () => {
    for (const name of NAMES) {
      const html = render(`${safeMarkdown(name, 500)}\n`);
      expect(html.startsWith('<p>')).toBe(true);
      expect(html.trim().endsWith('</p>')).toBe(true);
      expect(html.match(/<(?!!--)[^>]*>/g)).toEqual(['<p>', '</p>']);
    }
  });
});
