/** Small helpers of the unit tests. */
import { expect } from '@jest/globals';

/** The error `fn` throws, checked to be of `type`; fails the test when nothing is thrown. */
export function thrownBy<E>(type: abstract new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(type);
    return err as E;
  }
  throw new Error(`expected a ${type.name}`);
}

/** An input reader over plain values, trimming like `core.getInput`. */
export function reader(values: Record<string, string>): (name: string) => string {
  return (name) => (values[name] ?? '').trim();
}
