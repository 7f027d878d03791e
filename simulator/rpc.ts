/**
 * What every Alibaba Cloud RPC endpoint of the simulator shares: the signature algorithm, the
 * JSON writer, and the answers (a success body, and the gateway's error body).
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { isRawJson } from './model.js';

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json;charset=utf-8';

/** What the HTTP layer writes back for one request. */
export interface Answer {
  status: number;
  body: string;
  contentType: string;
  outcome: string;
  requestId?: string;
}

/** encodeURIComponent plus `! ' ( ) *`, as the RPC signature wants. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The RPC string to sign for `method` and the decoded parameters (Signature left out). */
export function stringToSign(method: string, params: Record<string, string>): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? '')}`)
    .join('&');
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

/** HMAC-SHA1 keyed with `secret + '&'`, base64. */
export function rpcSignature(method: string, params: Record<string, string>, secret: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign(method, params)).digest('base64');
}

/** Compares two secrets in constant time. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** JSON text where `{ __rawJson }` markers are written verbatim (e.g. numbers beyond 2^53). */
export function toJsonText(value: unknown): string {
  if (isRawJson(value)) return value.__rawJson;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return 'null';
    default:
      break;
  }
  if (Array.isArray(value)) return '[' + value.map((v) => toJsonText(v)).join(',') + ']';
  if (value instanceof Date) return JSON.stringify(value);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    parts.push(JSON.stringify(k) + ':' + toJsonText(v));
  }
  return '{' + parts.join(',') + '}';
}

export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/** Random letters and digits. */
export function alnum(length: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += chars[b % chars.length];
  return out;
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An integer parameter as sent, or undefined when it is not one. */
export function intParam(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

/** A JSON answer; its `RequestId` (if any) is recorded with the request. */
export function json(status: number, value: Record<string, unknown>, outcome: string): Answer {
  const requestId = typeof value.RequestId === 'string' ? value.RequestId : undefined;
  const answer: Answer = { status, body: toJsonText(value), contentType: JSON_TYPE, outcome };
  if (requestId !== undefined) answer.requestId = requestId;
  return answer;
}

/** Makes the gateway's error bodies: `{RequestId, HostId, Code, Message, Recommend}`. */
export type GatewayError = (status: number, code: string, message: string) => Answer;

export function gatewayErrors(hostId: string): GatewayError {
  return (status, code, message) => {
    const requestId = newRequestId();
    const body = toJsonText({
      RequestId: requestId,
      HostId: hostId,
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Dts&requestId=${requestId}`
    });
    return { status, body, contentType: JSON_TYPE, outcome: code, requestId };
  };
}

export function missingParameter(gateway: GatewayError, name: string): Answer {
  return gateway(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
}

/** The gateway refuses parameters sent as the text "undefined" or "null" (a client bug). */
export function textualNothing(gateway: GatewayError, params: Record<string, string>): Answer | undefined {
  for (const [k, v] of Object.entries(params)) {
    if (v === 'undefined' || v === 'null') {
      return gateway(400, 'InvalidParameter', `The parameter ${k} is not valid: its value is the text "${v}".`);
    }
  }
  return undefined;
}

/**
 * How the current DTS API refuses a parameter itself: HTTP 400 with `Success: false`, `ErrCode`
 * `InvalidParameter`, and the parameter's name in `DynamicMessage` for the `%s` of `ErrMessage`,
 * as its documentation shows. The body has no `Code`, so pop-core resolves with it.
 */
export function invalidParameter(name: string): Answer {
  return json(
    400,
    {
      RequestId: newRequestId(),
      HttpStatusCode: 400,
      Success: false,
      ErrCode: 'InvalidParameter',
      ErrMessage: 'The Value of Input Parameter %s is not valid.',
      DynamicMessage: name,
      DynamicCode: ''
    },
    'success-false'
  );
}

/** A positive integer parameter: its value, `fallback` when absent, undefined when not one. */
export function positiveParam(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  return n >= 1 ? n : undefined;
}
