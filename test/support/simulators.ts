/** Simulators of one test each: started with the test's options, closed once the test is over. */
import { afterEach } from '@jest/globals';
import { startSimulator, type JobScenario, type Simulator, type SimulatorOptions } from '../../simulator/index.js';
import { KEY } from './fixtures.js';

/** Registers the closing (call at the top of a test file) and returns how to start one. */
export function simulatorPerTest(defaults: SimulatorOptions = {}): (options?: SimulatorOptions) => Promise<Simulator> {
  const started: Simulator[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (options = {}) => {
    const sim = await startSimulator({ region: 'cn-hangzhou', credentials: [KEY], ...defaults, ...options });
    started.push(sim);
    return sim;
  };
}

/**
 * `scenario`, calling `then` once the simulator first answers a call of poll `poll` (counted
 * from 0; that call is answered as it would have been). A test that changes the simulator's
 * faults here does so before the action's next call of that poll, whatever the machine's load;
 * one that waited for the action's log line to do it could be late.
 */
export function atPoll(poll: number, then: () => void, scenario: JobScenario): JobScenario {
  let reached = false;
  return (n) => {
    if (n >= poll && !reached) {
      reached = true;
      then();
    }
    return scenario(n);
  };
}
