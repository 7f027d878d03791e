import './warnings.js';
import { actionDoor } from './action/door.js';
import { run } from './run.js';

// Calls still in flight (read-ahead pages, a cancelled poll) must not hold the step open, least
// of all within the runner's 7.5 s grace after a cancellation: exit as soon as the run is reported.
process.exit(await run(actionDoor));
