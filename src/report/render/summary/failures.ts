/**
 * "What failed": every job that failed as a whole, every failed object, then every ignored
 * failure, each with its whole error
 * (bounded), as list items whose text wraps in the box: never a table column or a code block
 * that scrolls sideways.
 */
import type { FailedJob } from '../../../core/jobTypes.js';
import type { ClassifiedObject } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { plural } from '../format.js';
import { STATE_WORDS, uncopiedWords } from '../jobWords.js';
import { objectLabel, WIDTH } from './cells.js';
import { helpLinks } from './helpLinks.js';

/** The longest error shown, in characters of the escaped text; DTS errors are rarely a third of it. */
const ERROR_CHARS = 2000;
/** Characters of a name in the list (the tables cut shorter). */
const NAME_CHARS = 256;

/** One failure: what failed and where, then DTS's error quoted below it. */
export function failureItem(object: ClassifiedObject, several: boolean): string {
  const mark = object.outcome === 'ignored' ? '⚠️ Failed (ignored):' : '❌';
  const what = `${object.section}, ${safeMarkdown(object.type, 64) || '?'}`;
  const job = several ? ` · job ${safeMarkdown(object.jobId, WIDTH.job)}` : '';
  // safeMarkdown keeps the error a paragraph: a leading `#`, `-` or `1.` opens nothing.
  const error = safeMarkdown(object.error, ERROR_CHARS) || '_DTS gave no error message._';
  return `- ${mark} **${objectLabel(object, NAME_CHARS)}** · ${what}${job}\n  > ${error}`;
}

/** Check items of one failed precheck shown in the summary; the report file has every one. */
export const MAX_ITEMS = 50;
/** Characters of one check's error and of its repair method. */
const ITEM_CHARS = 600;

/**
 * One job that failed as a whole: its state, DTS's error quoted below, and for a failed precheck
 * each failed check with its error and how to repair it, as a list nested in the item. Returns
 * the item with its first `checks` failed checks (at most {@link MAX_ITEMS}): the text is escaped
 * once, so that a caller looking for how many checks fit its room pays only for joining lines.
 */
export function failedJobItem(failure: FailedJob, ignored: boolean): (checks: number) => string {
  const mark = ignored ? '⚠️ Failed (ignored):' : '❌';
  const head = [`- ${mark} **Job ${safeMarkdown(failure.jobId, WIDTH.job)}** · ${STATE_WORDS[failure.state]}`];
  const error = safeMarkdown(failure.error, ERROR_CHARS);
  if (error) head.push(`  > ${error}`);
  else if (failure.items.length === 0) head.push('  > _DTS gave no error message._');
  const help = helpLinks(failure.errorDetails);
  if (help) head.push(`  >`, `  > ${help}`);
  const uncopied = uncopiedWords(failure, '');
  if (uncopied) head.push(`  - ${uncopied.charAt(0).toUpperCase()}${uncopied.slice(1)}: they are among what is still pending below.`);
  const checks = failure.items.slice(0, MAX_ITEMS).map((item) => {
    const itemError = safeMarkdown(item.error, ITEM_CHARS) || '_DTS gave no error message._';
    const repair = safeMarkdown(item.repairMethod, ITEM_CHARS);
    const name = safeMarkdown(item.name, NAME_CHARS) || '(unnamed check)';
    return `  - **${name}** failed: ${itemError}${repair ? `<br>How to repair: ${repair}` : ''}`;
  });
  return (count) => {
    const shown = checks.slice(0, Math.max(0, count));
    const left = failure.items.length - shown.length;
    const more = left > 0 ? [`  - _and ${plural(left, 'more failed check')}, in the report file_`] : [];
    // Checks DTS listed past what the gate keeps of a precheck are in no file: say so, not more.
    const unkept =
      (failure.checksNotKept ?? 0) > 0
        ? [`  - _DTS listed ${plural(failure.checksNotKept ?? 0, 'more check')} of this precheck, which the gate did not keep_`]
        : [];
    return [...head, ...shown, ...more, ...unkept].join('\n');
  };
}
