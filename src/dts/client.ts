/**
 * One signed DTS call through @alicloud/pop-core, for any call of calls.ts: its parameters,
 * signed and sent as a POST form, the answer checked both ways DTS reports errors (gateway
 * `Code`, and HTTP 200 with `Success: false`) and read by the call's own reader. Everything that
 * can go wrong comes out as a DtsApiError, made at this edge (wire.ts).
 */
// The RPC client alone: the package's main module also loads its ROA client and xml2js, which
// the gate never uses, at every start.
import RPCClient from '@alicloud/pop-core/lib/rpc.js';
import type { Credentials } from '../credentials/credentials.js';
import { DtsApiError, MalformedAnswer } from '../errors.js';
import { safeLine } from '../text/safe.js';
import type { Budget, Clock } from '../time.js';
import { installAnswerParser } from './answerJson.js';
import type { DtsCall } from './calls.js';
import { checkAnswer, errorFromThrown, MALFORMED_ANSWER } from './wire.js';

const DTS_API_VERSION = '2020-01-01';

/** What the readers need of a client; their tests give a plain function instead. */
export interface CallDts {
  call<Request, Reading>(call: DtsCall<Request, Reading>, request: Request): Promise<Reading>;
}

interface DtsClientOptions {
  endpoint: string;
  region: string;
  credentials: Pick<Credentials, 'accessKeyId' | 'accessKeySecret' | 'securityToken' | 'renew'>;
  requestTimeoutMs: number;
  /** A call started late gets only the time left before `stopAt`. */
  budget: Pick<Budget, 'stopAt'>;
  clock: Pick<Clock, 'now'>;
}

type ClientCredentials = DtsClientOptions['credentials'];

/** How DTS refuses a call signed with an STS token whose session has run out. */
const EXPIRED_TOKEN = /^InvalidSecurityToken\.Expired$/;

interface VerboseEntry {
  response?: { statusCode?: number };
}

interface RpcLike {
  request(action: string, params: object, options: object): Promise<unknown>;
  keepAliveAgent?: { destroy(): void };
}

export class DtsClient implements CallDts {
  private rpc: RpcLike;
  private credentials: ClientCredentials;
  /** Clients replaced on renewal: calls may still be in flight on them, so they close last. */
  private readonly retired: RpcLike[] = [];
  private renewing: Promise<void> | undefined;

  constructor(private readonly options: DtsClientOptions) {
    // pop-core then reads answers with the native parser where it can, and hands a text that is
    // not JSON back as a marker with its HTTP status instead of throwing it without one.
    installAnswerParser();
    this.credentials = options.credentials;
    this.rpc = rpcClient(options.endpoint, options.credentials);
  }

  /**
   * The answer to one request of `call`, checked and read. Throws DtsApiError only. A call
   * refused because the STS token expired is made once more with renewed credentials, when they
   * can be.
   */
  async call<Request, Reading>(call: DtsCall<Request, Reading>, request: Request): Promise<Reading> {
    const params = call.params(request, this.options.region);
    const rpc = this.rpc;
    let body: Record<string, unknown>;
    try {
      body = await this.send(rpc, call, params);
    } catch (error) {
      if (!(error instanceof DtsApiError) || !EXPIRED_TOKEN.test(error.code) || !this.credentials.renew) throw error;
      await this.renew(rpc, error);
      body = await this.send(this.rpc, call, params);
    }
    try {
      return call.read(body, request);
    } catch (thrown) {
      if (thrown instanceof MalformedAnswer) throw new DtsApiError(MALFORMED_ANSWER, thrown.message);
      throw thrown;
    }
  }

  private async send(rpc: RpcLike, call: DtsCall<never, unknown>, params: Record<string, string>): Promise<Record<string, unknown>> {
    const timeout = Math.min(this.options.requestTimeoutMs, this.options.budget.stopAt - this.options.clock.now());
    if (timeout <= 0) throw new DtsApiError('RequestTimeout', 'no time was left for the call before the timeout');
    let answer: unknown;
    try {
      // POST keeps the signature, key id and token out of every URL.
      answer = await rpc.request(call.action, params, { method: 'POST', timeout, formatParams: false });
    } catch (thrown) {
      throw errorFromThrown(thrown, call);
    }
    const [body, entry] = Array.isArray(answer) ? (answer as [unknown, VerboseEntry]) : [answer, undefined];
    return checkAnswer(body, entry?.response?.statusCode, call);
  }

  /**
   * Replaces the credentials that `expired` was made with, once however many calls found them
   * expired at the same time. @throws DtsApiError (the expiry, and why renewing failed)
   */
  private async renew(expired: RpcLike, error: DtsApiError): Promise<void> {
    if (this.rpc !== expired) return; // another call has renewed them already
    const renew = this.credentials.renew!;
    this.renewing ??= (async () => {
      try {
        const fresh = await renew();
        this.retired.push(this.rpc);
        this.credentials = fresh;
        this.rpc = rpcClient(this.options.endpoint, fresh);
      } finally {
        this.renewing = undefined;
      }
    })();
    try {
      await this.renewing;
    } catch (thrown) {
      // Renewal errors are ours and already clean; anything else thrown is not.
      const why = safeLine(thrown instanceof Error ? thrown.message : String(thrown), 500);
      throw new DtsApiError(error.code, `${error.message}; renewing the temporary credentials failed: ${why}`, {
        requestId: error.requestId,
        httpStatus: error.httpStatus,
        hint: error.hint
      });
    }
  }

  /** Closes the keep-alive sockets so that the process can exit at once. */
  close(): void {
    for (const rpc of [this.rpc, ...this.retired]) rpc.keepAliveAgent?.destroy();
  }
}

function rpcClient(endpoint: string, credentials: ClientCredentials): RpcLike {
  const config: RPCClient.Config = {
    endpoint,
    apiVersion: DTS_API_VERSION,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret
  };
  // pop-core would send an absent token as the text "undefined".
  if (credentials.securityToken) config.securityToken = credentials.securityToken;
  // Verbose mode hands back the HTTP status, which pop-core otherwise drops.
  const Client = RPCClient as unknown as new (config: RPCClient.Config, verbose: boolean) => RpcLike;
  return new Client(config, true);
}
