/**
 * The real `@alicloud/pop-core` RPCClient against the simulator, for the integration tests of the
 * DTS API: simulators closed after a file's tests, a client per key, a signed POST call, and what
 * a refused call threw.
 */
import { afterAll } from '@jest/globals';
import RPCClient from '@alicloud/pop-core';
import { startSimulator, type CredentialSpec, type Simulator, type SimulatorOptions } from '../../simulator/index.js';

export type Json = Record<string, unknown>;

/** Starts simulators with `defaults` under each one's options, and closes them all after the file's tests. */
export function simulators(defaults: SimulatorOptions): (options: SimulatorOptions) => Promise<Simulator> {
  const started: Simulator[] = [];
  afterAll(async () => {
    await Promise.all(started.map((s) => s.close()));
  });
  return async (options) => {
    const sim = await startSimulator({ ...defaults, ...options });
    started.push(sim);
    return sim;
  };
}

export function rpcClient(sim: Simulator, cred: CredentialSpec): RPCClient {
  const config: RPCClient.Config = {
    endpoint: sim.endpoint,
    apiVersion: '2020-01-01',
    accessKeyId: cred.accessKeyId,
    accessKeySecret: cred.accessKeySecret
  };
  if (cred.securityToken !== undefined) config.securityToken = cred.securityToken;
  return new RPCClient(config);
}

/** One signed call, its parameters as given (pop-core would capitalise their first letter). */
export const rpcCall = (client: RPCClient, action: string, params: Json): Promise<Json> =>
  client.request<Json>(action, params, { method: 'POST', timeout: 2000, formatParams: false });

/** What pop-core threw for a call the simulator refused (a test fails when the call succeeds). */
export async function refusal(pending: Promise<unknown>): Promise<{ name?: string; code?: string; status?: number; data?: Json }> {
  let answer: unknown;
  try {
    answer = await pending;
  } catch (err) {
    const e = err as { name?: string; code?: string; data?: Json; entry?: { response?: { statusCode?: number } } };
    return { name: e.name, code: e.code, status: e.entry?.response?.statusCode, data: e.data };
  }
  throw new Error(`expected a refusal, got ${JSON.stringify(answer)}`);
}
