/**
 * The help pages DTS names with a job's error, as markdown links for the summary. A page is a
 * link only when it is an https page of Alibaba Cloud's own documentation sites; any other
 * address is shown as escaped text (no autolink), since the answer is text from outside.
 */
import type { ErrorDetail } from '../../../core/jobTypes.js';
import { safeMarkdown } from '../../../text/safe.js';

/** Hosts whose pages are linked, with their subdomains (help.aliyun.com, www.alibabacloud.com). */
const DOC_HOSTS: readonly string[] = ['aliyun.com', 'alibabacloud.com'];

/** Help pages shown of one error. */
const MAX_LINKS = 3;

/** Characters a link's address keeps as they are; any other is percent-encoded (no `(`, `)`, `<`, `>` or blank can end it). */
const KEPT = /[A-Za-z0-9\-._~:/?#&=%+,;]/;

/** The address of a help page as a link target, or undefined when it is not one of the documentation sites'. */
export function helpHref(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return undefined;
  if (!DOC_HOSTS.some((doc) => host === doc || host.endsWith(`.${doc}`))) return undefined;
  let href = '';
  for (const char of url.href) {
    if (KEPT.test(char)) href += char;
    else for (const byte of Buffer.from(char, 'utf8')) href += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return href.length <= 500 ? href : undefined;
}

/** `Help: [DTS-31009](https://help.aliyun.com/…)`, `''` when DTS named no help page. */
export function helpLinks(details: readonly ErrorDetail[] | undefined): string {
  const shown = (details ?? [])
    .filter((d) => d.helpUrl !== '')
    .slice(0, MAX_LINKS)
    .map((d) => {
      const name = safeMarkdown(d.code, 64) || 'help page';
      const href = helpHref(d.helpUrl);
      return href ? `[${name}](${href})` : `${name} (${safeMarkdown(d.helpUrl, 300)})`;
    });
  return shown.length > 0 ? `Help: ${shown.join(' · ')}` : '';
}
