/**
 * What must happen before any other module of the action, or of its libraries, runs: the entry
 * imports this module first, and ES modules run in the order they are imported.
 */
import { dropHttpxUrlParseWarning } from './warnings.js';

dropHttpxUrlParseWarning();
