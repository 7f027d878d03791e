/**
 * The Verdict of a run: how it ended, what it last saw, and whether the step fails.
 */
import { failsStep, type Rules } from './rules.js';
import type { Verdict } from './types.js';

export function verdictOf(ending: Omit<Verdict, 'fail'>, rules: Pick<Rules, 'failOnTimeout'>): Verdict {
  return { ...ending, fail: failsStep(ending.status, rules) };
}
