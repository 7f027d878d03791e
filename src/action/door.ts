/**
 * The action's front door: the inputs as the runner passes them (`INPUT_<NAME>`), the workflow's
 * OIDC token, the action's reporters, and the step's exit code (1 whenever the step fails).
 * @actions/core is loaded off the start-up path (toolkit.ts).
 */
import { readInputs } from '../config/inputs.js';
import type { FrontDoor } from '../run.js';
import { systemClock } from '../time.js';
import { actionReporters } from './reporters.js';
import { loadCore, withCore } from './toolkit.js';

/**
 * An input as the runner passes it: the variable `INPUT_<NAME>`, spaces as `_`, upper-cased, as
 * @actions/core reads it (read here without waiting for @actions/core to load); absent is empty.
 */
const runnerInput = (name: string): string => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

export const actionDoor: FrontDoor = {
  clock: systemClock,
  // Read when the run reads it, not when this module loads: the environment is the runner's.
  get env() {
    return process.env;
  },
  inputs: () => readInputs(runnerInput, process.env),
  credentialDeps: {
    getIDToken: async (audience) => (await loadCore()).getIDToken(audience),
    setSecret: (value) => withCore((core) => core.setSecret(value))
  },
  reporters: actionReporters,
  warn: (message) => withCore((core) => core.warning(message)),
  exitCode: (verdict) => (verdict.fail ? 1 : 0)
};
