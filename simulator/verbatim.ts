/**
 * Answers that say what a test wrote, verbatim: a gateway error or a `Success: false` with any
 * code, message and request id (control characters, line breaks, workflow commands, ESC
 * sequences, bidi overrides and invisible characters included: JSON escapes them on the wire and
 * pop-core hands them back as they were), and lists that never end, made page by page so that the
 * simulator holds none of them.
 *
 * Plain data and functions only; nothing here imports the action's code.
 */
import { JSON_TYPE } from './rpc.js';
import { constant, dataEntry, state, type JobScenario, type PollState, type RawAnswer, type Refusal } from './model.js';

/** A state answered with `body` as JSON (JSON escapes every control; nothing else changes). */
const answering = (status: number, body: Record<string, unknown>): PollState =>
  state({ raw: { status, contentType: JSON_TYPE, body: JSON.stringify(body) } });

export interface SaidGatewayError {
  /** HTTP status; default 400. */
  status?: number;
  Code: string;
  Message: string;
  /** Default a fixed id; any text. */
  RequestId?: string;
  HostId?: string;
}

/** The gateway's error body with exactly these fields, at every page of every poll. */
export function saysGatewayError(error: SaidGatewayError): PollState {
  return answering(error.status ?? 400, {
    RequestId: error.RequestId ?? 'A1B2C3D4-0000-4000-8000-000000000001',
    HostId: error.HostId ?? 'dts.aliyuncs.com',
    Code: error.Code,
    Message: error.Message,
    Recommend: 'https://api.aliyun.com/troubleshoot?product=Dts'
  });
}

/**
 * An HTML 404 page, as a proxy in front of an endpoint answers a call it does not route (for
 * `refusedActions`, or a state's `raw`).
 */
export function htmlNotFound(): RawAnswer {
  return {
    status: 404,
    contentType: 'text/html',
    body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n</body>\r\n</html>\r\n'
  };
}

/** The gateway's JSON 404 for an action it does not have (for `refusedActions`). */
export function actionNotFound(): Refusal {
  return { status: 404, code: 'InvalidAction.NotFound', message: 'Specified api is not found, please check your url and method.' };
}

export interface SaidSuccessFalse {
  ErrCode: string;
  ErrMessage: string;
  RequestId?: string;
  /** `Success` as `false` (default) or as the text `"false"`. */
  success?: 'boolean' | 'string';
  /** HTTP status; default 200 (DTS answers these with 200). */
  status?: number;
}

/** HTTP 200 with `Success: false` and exactly these fields. */
export function saysSuccessFalse(error: SaidSuccessFalse): PollState {
  return answering(error.status ?? 200, {
    RequestId: error.RequestId ?? 'A1B2C3D4-0000-4000-8000-000000000002',
    Success: error.success === 'string' ? 'false' : false,
    ErrCode: error.ErrCode,
    ErrMessage: error.ErrMessage
  });
}

export interface EndlessOptions {
  /** Status of every entry; default `Migrating`. */
  status?: string;
  /** Source database of every entry; default `endless`. */
  db?: string;
}

/**
 * A job whose data list is full on every page, however far a reader goes: page n brings
 * `PageSize` data entries `t_<n>_<i>`, all different, made when the page is asked for.
 */
export function endlessPages(options: EndlessOptions = {}): JobScenario {
  const db = options.db ?? 'endless';
  const status = options.status ?? 'Migrating';
  return constant(
    state({
      page: (pageNum, pageSize) => ({
        data: Array.from({ length: pageSize }, (_, i) =>
          dataEntry({ db, name: `t_${pageNum}_${i}`, status, total: '100', finished: '50', usedTime: '1.0' })
        )
      })
    })
  );
}

/**
 * Texts crafted to steer the runner, a terminal, markdown or GitHub, for codes, messages,
 * request ids and names: each one alone is a case.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  'Throttling\n::error::x',
  'Throttling\r::add-mask::y',
  'Throttling\r\n::stop-commands::endtoken',
  '::warning title=fake::w',
  'text with ##[error]z in the middle',
  '##[group]folded',
  '\u001b[31mred\u001b[0m and \u001b]8;;https://example.com\u0007link\u001b]8;;\u0007',
  'bell\u0007 backspace\b\b\b delete\u007f c1\u009b31m',
  'evil\u202etxt.exe \u2066isolate\u2069 \u200fmark',
  'orders\u200b orders\u2060 \ufefforders orders\u00ad',
  'tags\u{E0041}\u{E0042}\u{E007F}',
  'lone \ud800 surrogate \udfff',
  '@octocat @acme/admins',
  '#1 acme/app#2 GH-3',
  'line one\u2028line two\u2029line three\u0085four'
];
