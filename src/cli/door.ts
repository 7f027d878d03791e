/**
 * The command line's front door: the inputs from its flags (src/cli/command.ts), credentials
 * from the environment (the same chain as the action's) or an OIDC token where the CI gives
 * one, its reporters (no GitHub reporter among them), and an exit code that says how the run
 * ended.
 */
import { readInputs } from '../config/inputs.js';
import type { FrontDoor } from '../run.js';
import { systemClock } from '../time.js';
import type { CommandLine } from './command.js';
import { exitCodeOf } from './exitCodes.js';
import { CliOutput, type Stream } from './output.js';
import { commandLineReporters } from './reporters.js';

/**
 * Secrets the environment may hold, removed from everything printed before the credential chain
 * has even read them (it names them again as it takes them).
 */
const SECRET_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
];

export interface Process {
  env: Record<string, string | undefined>;
  stdout: Stream;
  stderr: Stream;
}

export function commandLineDoor(command: CommandLine, proc: Process): FrontDoor {
  const { env } = proc;
  const output = new CliOutput(proc, env, command.options.json);
  for (const secret of command.secrets) output.addSecret(secret);
  for (const name of SECRET_VARIABLES) output.addSecret((env[name] ?? '').trim());
  return {
    clock: systemClock,
    env,
    inputs: () => {
      if (command.refused) throw command.refused;
      return readInputs((name) => command.values[name as keyof CommandLine['values']] ?? '', env);
    },
    credentialDeps: {
      getIDToken: async (audience) => {
        const { idTokenSource } = await import('./idToken.js');
        return idTokenSource(env)(audience);
      },
      setSecret: (value) => output.addSecret(value)
    },
    reporters: (inputs) => commandLineReporters(inputs, command.options, output, env, systemClock),
    warn: (message) => output.say(`warning: ${message}`, 'warn'),
    exitCode: exitCodeOf
  };
}
