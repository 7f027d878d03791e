/**
 * Fault injection: faults queued for the next requests, and seeded random faults, so that a
 * fault pattern is the same from run to run.
 */
import { JSON_TYPE, type Answer, type GatewayError } from './rpc.js';
import { SeededRandom } from './random.js';

/** Faults the simulator can serve instead of (or, for `slow`, before) a normal answer. */
export type FaultKind =
  | 'throttling' // 400 Throttling.User
  | 'unavailable' // 503 ServiceUnavailable
  | 'internal' // 500 InternalError
  | 'bad-gateway-html' // 502 with an HTML page (text/html)
  | 'http500-empty' // 500 with an empty body
  | 'http500-json-empty' // 500 with `{}` (no Code): pop-core resolves with `{}`
  | 'reset' // socket destroyed without an answer
  | 'slow'; // answered normally after `slowMs`

/** The kinds drawn at random when `faults.kinds` is not given. */
export const DEFAULT_FAULT_KINDS: readonly FaultKind[] = [
  'throttling',
  'unavailable',
  'internal',
  'bad-gateway-html',
  'http500-empty',
  'reset',
  'slow'
];

export const ALL_FAULT_KINDS: readonly FaultKind[] = [...DEFAULT_FAULT_KINDS, 'http500-json-empty'];

/** What a fault can hit: the DTS API, the STS API, the GitHub OIDC endpoint. */
export type FaultTarget = 'dts' | 'sts' | 'oidc';

export interface FaultOptions {
  /** Probability (0..1) that a request of a targeted kind gets a fault. */
  rate: number;
  seed: number;
  /** Kinds drawn from (uniformly); default {@link DEFAULT_FAULT_KINDS}. */
  kinds?: FaultKind[];
  /** Delay of a `slow` fault; default 5000 ms. */
  slowMs?: number;
  /** Which endpoints the random faults hit; default `['dts']`. */
  targets?: FaultTarget[];
}

const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n';

export function emptyFaultCounts(): Record<FaultKind, number> {
  const counts = {} as Record<FaultKind, number>;
  for (const k of ALL_FAULT_KINDS) counts[k] = 0;
  return counts;
}

/** The answer of a fault that has one (a reset has none, a slow request gets its normal one). */
export function faultAnswer(kind: Exclude<FaultKind, 'reset' | 'slow'>, gateway: GatewayError): Answer {
  switch (kind) {
    case 'throttling':
      return gateway(400, 'Throttling.User', 'Request was denied due to user flow control.');
    case 'unavailable':
      return gateway(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
    case 'internal':
      return gateway(500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.');
    case 'bad-gateway-html':
      return { status: 502, body: BAD_GATEWAY_HTML, contentType: 'text/html', outcome: kind };
    case 'http500-empty':
      return { status: 500, body: '', contentType: JSON_TYPE, outcome: kind };
    case 'http500-json-empty':
      return { status: 500, body: '{}', contentType: JSON_TYPE, outcome: kind };
  }
}

/** Decides which fault, if any, the next request of a target gets. */
export class FaultPicker {
  private readonly queues: Record<FaultTarget, FaultKind[]> = { dts: [], sts: [], oidc: [] };
  private random: SeededRandom | undefined;

  constructor(private options: FaultOptions | undefined) {
    this.random = options ? new SeededRandom(options.seed) : undefined;
  }

  get slowMs(): number {
    return this.options?.slowMs ?? 5000;
  }

  set(options: FaultOptions | undefined): void {
    this.options = options;
    this.random = options ? new SeededRandom(options.seed) : undefined;
  }

  queue(target: FaultTarget, kinds: FaultKind[]): void {
    this.queues[target].push(...kinds);
  }

  pick(target: FaultTarget): FaultKind | undefined {
    const queued = this.queues[target].shift();
    if (queued !== undefined) return queued;
    const { options, random } = this;
    if (!options || !random) return undefined;
    if (!(options.targets ?? ['dts']).includes(target)) return undefined;
    // Two draws per request whatever the outcome, so a seed gives one fixed sequence.
    const hit = random.next() < options.rate;
    const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : DEFAULT_FAULT_KINDS;
    const kind = random.pick(kinds);
    return hit ? kind : undefined;
  }
}
