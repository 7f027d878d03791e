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

const DECIMAL = /^([+-]?)(\d+)(\.\d+)?$/;

/**
 * Thousands separators on a decimal string, without converting it to a Number, so values
 * beyond 2^53 stay exact: `"12345678901234567890"` -> `"12,345,678,901,234,567,890"`.
 * Surrounding blanks are dropped; anything that is not a plain decimal number (empty, `abc`,
 * `1e9`) is returned trimmed but otherwise unchanged. Numbers and bigints are accepted too.
 */
export function formatThousands(value: string | number | bigint): string {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const match = DECIMAL.exec(text);
  if (!match) return text;
  const sign = match[1] ?? '';
  const digits = match[2] ?? '';
  const fraction = match[3] ?? '';
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += ',' + digits.slice(i, i + 3);
  return sign + grouped + fraction;
}

/** `1 object`, `2 objects` (the count with thousands separators). */
export function plural(count: number, singular: string, pluralForm = singular + 's'): string {
  return `${formatThousands(count)} ${count === 1 ? singular : pluralForm}`;
}
