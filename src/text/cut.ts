/** Cutting text that is already safe (our own words, JSON values) to a length. */

/**
 * Cut `text` to at most `maxChars` UTF-16 code units, ending with `…` when cut, never inside a
 * surrogate pair. For plain (unescaped) text such as log lines and JSON values.
 */
export function cutText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= 0) return '';
  let end = maxChars - 1;
  const code = text.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + '…';
}
