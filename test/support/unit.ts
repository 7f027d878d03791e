/** Small helpers of the unit tests. */
import { expect } from '@jest/globals';
import type { KeyInputs } from '../../src/config/inputs.js';

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

/** The credential inputs of a workflow step, from their input names (`access-key-id`, ...). */
export function keys(values: Record<string, string>): KeyInputs {
  return {
    accessKeyId: values['access-key-id'] ?? '',
    accessKeySecret: values['access-key-secret'] ?? '',
    securityToken: values['security-token'] ?? ''
  };
}
