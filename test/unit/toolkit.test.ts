/**
 * @actions/core loaded off the start-up path (src/action/toolkit.ts): what is written through it
 * before it is there waits, and comes out in the order of the calls, a call made by a waiting
 * one included, before anything written after it.
 */
import { describe, expect, it } from '@jest/globals';
import { loadCore, withCore } from '../../src/action/toolkit.js';

describe('withCore', () => {
  it('holds the writes made before @actions/core is loaded, then writes them in the order of the calls', async () => {
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      withCore((core) => {
        core.setSecret('the-secret');
        // Made while the queue runs: it comes after the calls made before it.
        withCore((again) => again.info('third'));
      });
      withCore((core) => core.info('second'));
      expect(written).toEqual([]);
      await loadCore();
      expect(written.join('').split('\n')).toEqual(['::add-mask::the-secret', 'second', 'third', '']);
      withCore((core) => core.info('fourth'));
      expect(written.at(-1)).toBe('fourth\n');
    } finally {
      process.stdout.write = write;
    }
  });
});
