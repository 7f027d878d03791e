/// <reference lib="dom" />
/* istanbul ignore file -- these functions run inside Chromium (serialised by the browser driver);
   a coverage counter inserted into them would not exist there. */
/**
 * Code that runs inside the page. Each exported function is passed whole to the browser driver,
 * which sends its source text to Chromium: it may use only its arguments, the DOM and what it
 * defines inside itself (no imports, no helpers from this module).
 */

/** What GitHub's HTML sanitizer lets through, as plain data that can be sent to the page. */
export interface Allowlist {
  /** Elements kept (lower case). Any other element is replaced by its children. */
  elements: string[];
  /** Elements removed together with their contents. */
  removeWithContents: string[];
  /** Attributes kept on every element. */
  attributes: string[];
  /** Further attributes kept per element. */
  attributesOf: Record<string, string[]>;
}

/**
 * Puts `html` into `target` the way GitHub's sanitizer would leave it: elements outside the
 * allowlist are unwrapped (their text stays), `script` goes with its contents, attributes
 * outside the allowlist (`style`, `class`, `id`, event handlers...) are dropped, and a link
 * keeps its `href` only for http, https, mailto or a relative address. Parsing happens in an
 * inert `<template>`, so nothing in `html` runs. Returns how many elements and attributes it
 * removed, so a test can see that the sanitizer had something to do.
 */
export function sanitizeInto(args: { selector: string; html: string; allow: Allowlist }): { elements: number; attributes: number } {
  const target = document.querySelector(args.selector);
  if (!target) throw new Error(`no element matches ${args.selector}`);
  const template = document.createElement('template');
  template.innerHTML = args.html;
  const keep = new Set(args.allow.elements);
  const drop = new Set(args.allow.removeWithContents);
  const common = new Set(args.allow.attributes);
  const removed = { elements: 0, attributes: 0 };
  const clean = (parent: ParentNode): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === Node.COMMENT_NODE) {
        node.remove();
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      const name = element.localName;
      if (drop.has(name)) {
        removed.elements += 1;
        element.remove();
        continue;
      }
      clean(element);
      if (!keep.has(name)) {
        removed.elements += 1;
        element.replaceWith(...Array.from(element.childNodes));
        continue;
      }
      const own = new Set(args.allow.attributesOf[name] ?? []);
      for (const attribute of Array.from(element.attributes)) {
        const allowed = common.has(attribute.name) || own.has(attribute.name);
        const safeLink = name !== 'a' || attribute.name !== 'href' || /^(https?:|mailto:|[^:]*$)/i.test(attribute.value.trim());
        if (!allowed || !safeLink) {
          removed.attributes += 1;
          element.removeAttribute(attribute.name);
        }
      }
    }
  };
  clean(template.content);
  target.replaceChildren(template.content);
  return removed;
}

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TableMeasure {
  /** Position among the tables of the box, from 0. */
  index: number;
  /** The texts of the header cells. */
  header: string[];
  /** The whole width of the table's content (what sideways scrolling reveals). */
  scrollWidth: number;
  /** The part of it shown without scrolling. */
  clientWidth: number;
  rows: number;
  /** Inside a closed `<details>` (measured unfolded). */
  folded: boolean;
}

/** Where one occurrence of a text ends, and whether a person sees that end. */
export interface TextEnd {
  /** Rectangle of the text's last character, in page coordinates; null when not rendered. */
  rect: Rect | null;
  /** Inside a closed `<details>` (and not in its `<summary>`). */
  folded: boolean;
  /** A scrolling ancestor (table, code block...) hides the end: its tag and visible right edge. */
  hiddenBy: { tag: string; visibleLeft: number; visibleRight: number } | null;
  /** Inside a `<pre>` that scrolls sideways (the line is not wrapped). */
  inScrollingCode: boolean;
  /** The end's rectangle is within the content box (and the window). */
  insideBox: boolean;
  /** Rendered, unfolded, not hidden by a scroller, not in scrolling code, inside the box. */
  visible: boolean;
}

export interface TextMeasure {
  text: string;
  /** Length of the text after collapsing white space (as a browser shows it). */
  length: number;
  /** `whole`: the whole text is in the page; `cut`: only its first `shownChars`; `missing`: not even its start. */
  presence: 'whole' | 'cut' | 'missing';
  /** Characters of the text (from its start) found in the page. */
  shownChars: number;
  /** Every occurrence of the whole text, in page order. */
  ends: TextEnd[];
  /** When the text is cut: where its first shown part ends. */
  shownEnd: TextEnd | null;
  /** True when at least one occurrence's end is visible. */
  visible: boolean;
}

export interface HeadingMeasure {
  level: number;
  text: string;
  end: TextEnd | null;
}

export interface PageMeasure {
  /** The window's width (layout viewport). */
  windowWidth: number;
  /** The content box (`.markdown-body`'s content area), in page coordinates. */
  box: Rect & { width: number };
  tables: TableMeasure[];
  texts: TextMeasure[];
  headings: HeadingMeasure[];
}

/**
 * Measures the rendered summary in the element `selector`: the content box, the headings, for
 * each of `texts` whether it is present and where its last character is drawn, and every
 * table's full and shown width. White space is compared collapsed, as HTML shows it.
 */
export function measurePage(args: { selector: string; texts: string[]; minPrefix: number }): PageMeasure {
  const root = document.querySelector(args.selector);
  if (!root) throw new Error(`no element matches ${args.selector}`);
  const scrollX = window.scrollX;
  const scrollY = window.scrollY;
  const toRect = (r: DOMRect): Rect => ({
    left: r.left + scrollX,
    right: r.right + scrollX,
    top: r.top + scrollY,
    bottom: r.bottom + scrollY
  });

  const style = getComputedStyle(root);
  const outer = root.getBoundingClientRect();
  const left = outer.left + scrollX + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = outer.right + scrollX - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  const box = { left, right, top: outer.top + scrollY, bottom: outer.bottom + scrollY, width: right - left };
  const windowWidth = document.documentElement.clientWidth;
  const EPSILON = 0.5;

  // The box's text as one string with white space collapsed, and for each of its characters the
  // text node and offset it came from.
  let flat = '';
  const origin: Array<{ node: Text; offset: number }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const blank = /\s/.test(data[i]!);
      if (blank && (flat.length === 0 || flat.endsWith(' '))) continue;
      flat += blank ? ' ' : data[i];
      origin.push({ node, offset: i });
    }
  }
  const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

  const endAt = (node: Text, offset: number): TextEnd => {
    const range = document.createRange();
    // The last character; a surrogate pair is two code units.
    const code = node.data.charCodeAt(offset);
    const start = code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
    range.setStart(node, start);
    range.setEnd(node, offset + 1);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
    const last = rects[rects.length - 1];
    const rect = last ? toRect(last) : null;

    let folded = false;
    let hiddenBy: TextEnd['hiddenBy'] = null;
    let inScrollingCode = false;
    for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
      if (el.localName === 'details' && !(el as HTMLDetailsElement).open) {
        const summary = el.querySelector(':scope > summary');
        if (!summary || !summary.contains(node)) folded = true;
      }
      if (el.localName === 'pre' && el.scrollWidth > el.clientWidth) inScrollingCode = true;
      const overflowX = getComputedStyle(el).overflowX;
      if (rect && !hiddenBy && overflowX !== 'visible') {
        const r = el.getBoundingClientRect();
        const visibleLeft = r.left + scrollX + el.clientLeft;
        const visibleRight = visibleLeft + el.clientWidth;
        if (rect.right > visibleRight + EPSILON || rect.left < visibleLeft - EPSILON) {
          hiddenBy = { tag: el.localName, visibleLeft, visibleRight };
        }
      }
    }
    const insideBox =
      rect !== null &&
      rect.left >= box.left - EPSILON &&
      rect.right <= box.right + EPSILON &&
      rect.right <= windowWidth + scrollX + EPSILON;
    return {
      rect,
      folded,
      hiddenBy,
      inScrollingCode,
      insideBox,
      visible: rect !== null && !folded && !hiddenBy && !inScrollingCode && insideBox
    };
  };

  const occurrences = (needle: string): TextEnd[] => {
    const ends: TextEnd[] = [];
    if (!needle) return ends;
    for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + 1)) {
      const last = origin[at + needle.length - 1]!;
      ends.push(endAt(last.node, last.offset));
    }
    return ends;
  };

  const texts: TextMeasure[] = args.texts.map((text) => {
    const needle = collapse(text);
    const ends = occurrences(needle);
    let shownChars = ends.length > 0 ? needle.length : 0;
    if (ends.length === 0) {
      // The longest start of the text that is in the page (a longer start implies a shorter one).
      let lo = 0;
      let hi = needle.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (flat.includes(needle.slice(0, mid))) lo = mid;
        else hi = mid - 1;
      }
      shownChars = lo >= Math.min(args.minPrefix, needle.length) ? lo : 0;
    }
    const shownEnd = ends.length === 0 && shownChars > 0 ? (occurrences(needle.slice(0, shownChars))[0] ?? null) : null;
    return {
      text,
      length: needle.length,
      presence: ends.length > 0 ? 'whole' : shownChars > 0 ? 'cut' : 'missing',
      shownChars,
      ends,
      shownEnd,
      visible: ends.some((end) => end.visible)
    };
  });

  const headings: HeadingMeasure[] = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => {
    const text = collapse(h.textContent ?? '');
    const walk = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    let lastText: Text | null = null;
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) if (n.data.trim()) lastText = n;
    let end: TextEnd | null = null;
    if (lastText) end = endAt(lastText, lastText.data.trimEnd().length - 1);
    return { level: Number(h.localName.slice(1)), text, end };
  });

  // Tables last, with every <details> opened: a folded table is as wide as it is once a person
  // unfolds it. The texts above were measured as the page first shows them.
  const closed = Array.from(root.querySelectorAll('details')).filter((d) => !d.open);
  const foldedTables = new Set(closed.flatMap((d) => Array.from(d.querySelectorAll('table'))));
  for (const d of closed) d.open = true;
  const tables: TableMeasure[] = Array.from(root.querySelectorAll('table')).map((table, index) => ({
    index,
    header: Array.from(table.querySelectorAll('thead th')).map((th) => collapse(th.textContent ?? '')),
    scrollWidth: table.scrollWidth,
    clientWidth: table.clientWidth,
    rows: table.querySelectorAll('tbody tr').length,
    folded: foldedTables.has(table)
  }));
  for (const d of closed) d.open = false;

  return { windowWidth, box, tables, texts, headings };
}
