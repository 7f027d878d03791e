/**
 * "What failed": every failed object, then every ignored failure, each with its whole error
 * (bounded), as list items whose text wraps in the box: never a table column or a code block
 * that scrolls sideways.
 */
import type { ClassifiedObject } from '../../../core/types.js';
import { safeMarkdown } from '../../../text/safe.js';
import { objectLabel, WIDTH } from './cells.js';

/** The longest error shown, in characters of the escaped text; DTS errors are rarely a third of it. */
const ERROR_CHARS = 2000;
/** Characters of a name in the list (the tables cut shorter). */
const NAME_CHARS = 256;

/** One failure: what failed and where, then DTS's error quoted below it. */
export function failureItem(object: ClassifiedObject, several: boolean): string {
  const mark = object.outcome === 'ignored' ? '⚠️ Failed (ignored):' : '❌';
  const what =
    object.section === 'data' || object.section === 'incremental'
      ? object.section
      : `${object.section}, ${safeMarkdown(object.type, 64) || '?'}`;
  const job = several ? ` · job ${safeMarkdown(object.jobId, WIDTH.job)}` : '';
  // safeMarkdown keeps the error a paragraph: a leading `#`, `-` or `1.` opens nothing.
  const error = safeMarkdown(object.error, ERROR_CHARS) || '_DTS gave no error message._';
  return `- ${mark} **${objectLabel(object, NAME_CHARS)}** · ${what}${job}\n  > ${error}`;
}
