/**
 * `ignore` patterns: `*` any run of characters (dots included), `?` exactly one, everything else
 * literal and case-sensitive, matched against `<source database>.<name>` of the entry.
 */
import type { DtsObject } from './types.js';

export type IgnoreMatcher = (object: Pick<DtsObject, 'sourceDatabase' | 'name'>) => boolean;

function toRegExp(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

export function ignoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  if (patterns.length === 0) return () => false;
  const expressions = patterns.map(toRegExp);
  return (object) => {
    const key = `${object.sourceDatabase}.${object.name}`;
    return expressions.some((re) => re.test(key));
  };
}
