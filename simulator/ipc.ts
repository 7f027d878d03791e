/**
 * A program forked with an IPC channel that answers commands one message each: `{ ...command, id }`
 * out, `{ id, ok, result | error }` back, after a first message `{ type: 'ready', ... }`. Both
 * sides: {@link IpcChild} in the process that forks, {@link serveParent} in the forked one. The
 * simulator in a process of its own (process.ts, cli.ts) is one; the benchmark's worker processes
 * are others. Programs are run from their TypeScript sources with tsx.
 */
import { fork, type ChildProcess } from 'node:child_process';

type Reply = { id?: number; ok?: boolean; result?: unknown; error?: string };

export interface ForkOptions {
  /** The Node binary to run it with; default this process's own. */
  execPath?: string;
  /** Node's own flags besides tsx's loader. */
  nodeFlags?: string[];
}

/** The forking side: a child process that answers commands. */
export class IpcChild {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  protected constructor(protected readonly child: ChildProcess) {
    child.on('message', (message: Reply) => {
      const waiter = message.id !== undefined ? this.pending.get(message.id) : undefined;
      if (!waiter) return;
      this.pending.delete(message.id!);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(message.error ?? 'the command failed'));
    });
    child.on('exit', (code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`the child process exited with ${code}`));
      this.pending.clear();
    });
  }

  /** Forks the TypeScript program `script` (under tsx) and waits for its ready message. */
  protected static async forkReady(
    script: string,
    args: readonly string[],
    options: ForkOptions = {}
  ): Promise<{ child: ChildProcess; ready: Record<string, unknown> }> {
    const child = fork(script, args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: ['--import', 'tsx', ...(options.nodeFlags ?? [])],
      ...(options.execPath !== undefined && { execPath: options.execPath })
    });
    const ready = await new Promise<Record<string, unknown>>((done, fail) => {
      child.once('message', (message: Record<string, unknown>) => {
        if (message.type === 'ready') done(message);
        else fail(new Error(`${script} did not start`));
      });
      child.once('exit', (code) => fail(new Error(`${script} exited with ${code}`)));
    });
    return { child, ready };
  }

  /** Sends one command and waits for its answer. */
  protected send<T>(command: object): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((done, fail) => {
      this.pending.set(id, { resolve: (value) => done(value as T), reject: fail });
      this.child.send({ ...command, id });
    });
  }

  /** Asks the child to close, and waits until it has exited. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    await this.send({ cmd: 'close' }).catch(() => undefined);
    await exited;
  }
}

/**
 * The forked side: answers the parent's commands with `execute`, after sending `ready`. `close`
 * is answered, then `onClose` runs and the process exits; the parent going away (even killed)
 * ends it the same way.
 */
export function serveParent<C extends { id: number; cmd: string }>(
  ready: Record<string, unknown>,
  execute: (command: C) => unknown,
  onClose: () => Promise<void>
): void {
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= onClose().then(() => process.exit(0));
  };
  process.on('message', (message: C) => {
    void (async () => {
      let reply: object;
      try {
        reply = { id: message.id, ok: true, result: (await execute(message)) ?? null };
      } catch (thrown) {
        reply = { id: message.id, ok: false, error: thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown) };
      }
      process.send?.(reply, () => {
        if (message.cmd === 'close') close();
      });
    })();
  });
  process.on('disconnect', close);
  process.send?.({ type: 'ready', ...ready });
}
