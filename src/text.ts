/** Plain-text helpers shared by the log, the messages and the error mapping. */

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

/**
 * One line of plain text: control characters dropped, line breaks and tabs (and runs of
 * blanks) turned into one space, trimmed. For logs and annotation titles.
 */
export function oneLine(text: string): string {
  return (
    text
      .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}
