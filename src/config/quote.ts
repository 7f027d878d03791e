/**
 * Quoting of user-supplied text inside error messages: the value is cut to a readable length
 * and every control or line-breaking character is written as an escape, so that a message can
 * neither break a log line nor a workflow command.
 */

const MAX_QUOTED = 100;

function escapeChar(ch: string): string {
  switch (ch) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return '\\u' + (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
  }
}

/** Writes C0/C1 controls, DEL and U+2028/U+2029 as escapes (`\n`, `\u001b`, ...). */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escapeChar);
}

/** {@link escapeControls}, and backslashes and double quotes too: for text inside quotes. */
function escapeText(text: string): string {
  return escapeControls(text.replace(/[\\"]/g, (c) => '\\' + c));
}

/** `"value"`, escaped, cut to `max` characters (code points) with `…` when longer. */
export function quote(text: string, max = MAX_QUOTED): string {
  const chars = Array.from(text);
  const cut = chars.length > max ? chars.slice(0, max).join('') + '…' : text;
  return `"${escapeText(cut)}"`;
}
