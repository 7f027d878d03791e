/**
 * Secrets in text: every form in which a secret can appear (raw, URL-encoded once or twice, as a
 * signed Alibaba Cloud request encodes it, JSON-escaped), and text with all of them removed.
 */

/** The length of the text that stands for a secret. */
const REDACTED = '***';

/** Secrets shorter than this are not looked for: replacing them would shred ordinary text. */
const MIN_SECRET_CHARS = 4;

/** encodeURIComponent plus `! ' ( ) *`, as signed Alibaba Cloud requests encode their values. */
function rpcEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * The forms in which `secret` can appear in text: as is, URL-encoded (a query string or form
 * body), encoded twice (a string to sign repeats the encoded query, encoded again) and
 * JSON-escaped; no duplicates. The runner's masking needs them too.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  for (const once of [encodeURIComponent(secret), rpcEncode(secret)]) {
    forms.add(once);
    forms.add(encodeURIComponent(once));
  }
  forms.add(JSON.stringify(secret).slice(1, -1));
  return [...forms];
}

/**
 * `text` with every secret (of at least {@link MIN_SECRET_CHARS} characters), in each of its
 * {@link secretForms}, replaced by `***`; the longest forms first, so that no part of a longer
 * one is left.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret === 'string' && secret.length >= MIN_SECRET_CHARS) for (const form of secretForms(secret)) forms.add(form);
  }
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}
