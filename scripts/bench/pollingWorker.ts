/**
 * The worker process of the benchmark's in-process parts (scripts/bench/polling.ts), forked by
 * scripts/bench/inProcess.ts with the Node being measured, tsx and `--expose-gc`. It answers the
 * {@link WorkerCommand}s of the parent over IPC (simulator/ipc.ts), one at a time.
 */
import { serveParent } from '../../simulator/index.js';
import { gc } from './common.js';
import { measureFetchOnly, measureOwnCode, PollSession, type Parser } from './polling.js';

export type WorkerCommand = { id: number } & (
  | { cmd: 'open'; session: string; endpoint: string; jobId: string; concurrency: number; parser: Parser }
  | { cmd: 'poll'; session: string }
  | { cmd: 'closeSessions' }
  | { cmd: 'ownCode'; endpoint: string; jobId: string; pages: number; rounds: number; parser: Parser }
  | { cmd: 'fetchOnly'; endpoint: string; jobId: string; pages: number; rounds: number; parser: Parser }
  | { cmd: 'gc' }
  | { cmd: 'close' }
);

const sessions = new Map<string, PollSession>();

async function closeSessions(): Promise<void> {
  await Promise.all([...sessions.values()].map((s) => s.close()));
  sessions.clear();
}

function execute(command: WorkerCommand): unknown {
  switch (command.cmd) {
    case 'open':
      sessions.set(command.session, new PollSession(command.endpoint, command.jobId, command.concurrency, command.parser));
      return null;
    case 'poll': {
      const session = sessions.get(command.session);
      if (!session) throw new Error(`no session ${command.session}`);
      return session.next();
    }
    case 'closeSessions':
      return closeSessions();
    case 'ownCode':
      return measureOwnCode(command.endpoint, command.jobId, command.pages, command.rounds, command.parser);
    case 'fetchOnly':
      return measureFetchOnly(command.endpoint, command.jobId, command.pages, command.rounds, command.parser);
    case 'gc':
      gc();
      return null;
    case 'close':
      return null;
  }
}

serveParent<WorkerCommand>({ node: process.version }, execute, closeSessions);
