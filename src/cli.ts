#!/usr/bin/env node
import './warnings.js';
import { readCommandLine } from './cli/command.js';
import { commandLineDoor } from './cli/door.js';
import { helpText, versionText } from './cli/help.js';
import { run } from './run.js';

// The command line's entry: `dts-init-gate --job-id ID ...`, the same run as the action's.
const command = readCommandLine(process.argv.slice(2));
if (command.answer !== undefined) {
  process.stdout.write(command.answer === 'help' ? helpText() : versionText());
  process.exit(0);
}
// As the action's entry: calls still in flight must not hold the process once the run is reported.
process.exit(await run(commandLineDoor(command, process)));
