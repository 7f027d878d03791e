/**
 * The DTS endpoint: validating one that is given, and choosing one from the region the way
 * Alibaba Cloud's own SDKs do when none is.
 */
import { InputError, refusedValue } from '../errors.js';
import sdk from './dts-endpoints.json' with { type: 'json' };

/** Where the endpoint of a run came from: the `endpoint` input, the SDK's map, or the regional rule. */
export type EndpointSource = 'input' | 'sdk-map' | 'regional-rule';

/** The SDK's map from region to host, kept as data beside this module (see its `source`). */
const SDK_ENDPOINTS: Readonly<Record<string, string>> = sdk.endpoints;

/** Whether a URL's host name (as the URL parser gives it) is this machine: the only host plain http:// may reach. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]') return true;
  // The URL parser has already normalised IPv4 forms such as `127.1` to dotted quads.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Validates an API endpoint: `https://host[:port][/path]`, or `http://` only for a loopback host;
 * no user info, query or fragment. A bare host name (`dts.cn-hangzhou.aliyuncs.com`) is taken as
 * https. Returns the endpoint without a trailing slash.
 */
export function parseEndpoint(text: string, input: string): string {
  const value = text.trim();
  const form = `${input} must be an https:// URL (http:// only for localhost/127.0.0.1/[::1]) without credentials, query or fragment`;
  const fail = (why = ''): InputError => new InputError(input, `${form}${why}; got ${refusedValue(text)}`);
  if (value === '' || /\s/.test(value)) throw fail();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw fail();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail();
  if (url.hostname === '') throw fail();
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw fail(' (plain http:// would send signed requests unencrypted)');
  }
  if (url.username !== '' || url.password !== '' || /^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(withScheme)) {
    throw fail(' (credentials are read from their own inputs, never from the URL)');
  }
  if (withScheme.includes('?') || withScheme.includes('#')) throw fail();
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/**
 * The endpoint of a region, as the SDKs choose it without an explicit one: the region's entry in
 * the SDK's map, else the regional rule `dts.<region>.aliyuncs.com`. `region` is a validated
 * region ID; a name such as `constructor` is no entry of the map (own entries only).
 */
export function endpointOfRegion(region: string): { endpoint: string; source: Exclude<EndpointSource, 'input'> } {
  const host = Object.hasOwn(SDK_ENDPOINTS, region) ? SDK_ENDPOINTS[region] : undefined;
  if (host !== undefined) return { endpoint: `https://${host}`, source: 'sdk-map' };
  return { endpoint: `https://dts.${region}.aliyuncs.com`, source: 'regional-rule' };
}
