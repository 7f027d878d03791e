/**
 * The filter that drops the DEP0169 warning httpx causes. The call chains here are real code
 * with real V8 stacks: each link is compiled with `vm` under the file name it has in an install
 * (node:url, httpx's lib/index.js, pop-core's lib/rpc.js), so the filter reads the same frames
 * it reads in the action. The built bundle itself is checked by test/e2e/stderr.test.ts.
 */
import { describe, expect, it, jest } from '@jest/globals';
import vm from 'node:vm';
import { dropHttpxUrlParseWarning, isHttpxUrlParse, type Frame } from '../../src/warnings.js';

const URL_PARSE_MESSAGE =
  '`url.parse()` behavior is not standardized and prone to errors that have security implications. ' +
  'Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.';

type Emit = (...args: unknown[]) => void;
interface Target {
  emitWarning: Emit;
}

/** Compiles `source` (an expression) as if it were the file `filename`. */
const compiled = <T>(source: string, filename: string): T => vm.runInThisContext(source, { filename }) as T;

/** Node's url.parse(), reduced to its warning: it calls `target.emitWarning` as Node does. */
const urlParse = compiled<(target: Target, ...warning: unknown[]) => void>(
  '(function urlParse(target, ...warning) { target.emitWarning(...warning); })',
  'node:url'
);

/** A module whose `exports.request` calls url.parse, like httpx's lib/index.js. */
function requestModule(filename: string): { request: (target: Target, ...warning: unknown[]) => void } {
  return compiled<(parse: typeof urlParse) => { request: (target: Target, ...warning: unknown[]) => void }>(
    '(function (parse) { const exports = {}; exports.request = function (target, ...warning) { parse(target, ...warning); }; return exports; })',
    filename
  )(urlParse);
}

/** pop-core's RPCClient, whose request() calls `httpx.request`. */
function rpcClient(
  httpx: ReturnType<typeof requestModule>,
  filename: string
): { request: (target: Target, ...warning: unknown[]) => void } {
  const RPCClient = compiled<(h: typeof httpx) => new () => { request: (target: Target, ...warning: unknown[]) => void }>(
    '(function (httpx) { return class RPCClient { request(target, ...warning) { httpx.request(target, ...warning); } }; })',
    filename
  )(httpx);
  return new RPCClient();
}

const HTTPX = '/home/runner/work/app/node_modules/httpx/lib/index.js';
const RPC = '/home/runner/work/app/node_modules/@alicloud/pop-core/lib/rpc.js';
const httpx = requestModule(HTTPX);
const popCore = rpcClient(httpx, RPC);

/** A process-like target with the filter installed over a recording emitWarning. */
function filtered(): { target: Target; emitted: ReturnType<typeof jest.fn<Emit>>; thisSeen: unknown[] } {
  const thisSeen: unknown[] = [];
  const emitted = jest.fn<Emit>(function (this: unknown) {
    thisSeen.push(this);
  });
  const target: Target = { emitWarning: emitted };
  dropHttpxUrlParseWarning(target as unknown as { emitWarning: NodeJS.Process['emitWarning'] });
  expect(target.emitWarning).not.toBe(emitted);
  return { target, emitted, thisSeen };
}

describe('dropHttpxUrlParseWarning', () => {
  it('drops DEP0169 emitted by url.parse() under httpx request() under pop-core RPCClient.request()', () => {
    const { target, emitted } = filtered();
    popCore.request(target, URL_PARSE_MESSAGE, 'DeprecationWarning', 'DEP0169');
    popCore.request(target, URL_PARSE_MESSAGE, { type: 'DeprecationWarning', code: 'DEP0169' });
    expect(emitted).not.toHaveBeenCalled();
  });

  it('lets another deprecation through the same chain, with its arguments and `this` unchanged', () => {
    const { target, emitted, thisSeen } = filtered();
    popCore.request(target, 'something else', 'DeprecationWarning', 'DEP0005');
    popCore.request(target, 'a plain warning');
    const asError = Object.assign(new Error('x'), { name: 'DeprecationWarning', code: 'DEP0170' });
    popCore.request(target, asError);
    expect(emitted.mock.calls).toEqual([['something else', 'DeprecationWarning', 'DEP0005'], ['a plain warning'], [asError]]);
    expect(thisSeen).toEqual([target, target, target]);
  });

  it('lets DEP0169 through when anything else calls url.parse()', () => {
    const { target, emitted } = filtered();
    const warning = [URL_PARSE_MESSAGE, 'DeprecationWarning', 'DEP0169'] as const;
    // Our own code, or a test, calling url.parse():
    urlParse(target, ...warning);
    // httpx called by something other than pop-core:
    httpx.request(target, ...warning);
    // pop-core's RPCClient over another package's request():
    rpcClient(requestModule('/app/node_modules/got/dist/index.js'), RPC).request(target, ...warning);
    // httpx under a class of that name that is not pop-core's:
    rpcClient(httpx, '/app/node_modules/my-rpc/lib/rpc.js').request(target, ...warning);
    // emitWarning called directly, and a DEP0169 not emitted from node:url:
    target.emitWarning(...warning);
    rpcClient(requestModule(HTTPX), RPC).request({ emitWarning: (...args: unknown[]) => target.emitWarning(...args) }, ...warning);
    expect(emitted).toHaveBeenCalledTimes(6);
    for (const call of emitted.mock.calls) expect(call).toEqual([...warning]);
  });

  it('leaves the stack trace machinery as it found it', () => {
    const { target } = filtered();
    const prepare = Error.prepareStackTrace;
    const limit = Error.stackTraceLimit;
    popCore.request(target, URL_PARSE_MESSAGE, 'DeprecationWarning', 'DEP0169');
    popCore.request(target, 'other', 'DeprecationWarning', 'DEP0169');
    expect(Error.prepareStackTrace).toBe(prepare);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(typeof new Error('x').stack).toBe('string');
  });
});

describe('isHttpxUrlParse', () => {
  // The frames as V8 reports them in the ncc bundle, where httpx and pop-core are inlined into
  // dist/index.js (read off a real run on Node 24).
  const BUNDLE = 'file:///home/runner/work/_actions/dts-init-gate/dts-init-gate/v1/dist/index.js';
  const bundled: Frame[] = [
    { file: 'node:url', functionName: 'urlParse', typeName: null },
    { file: BUNDLE, functionName: '__webpack_modules__.6584.exports.request', typeName: 'Object' },
    { file: BUNDLE, functionName: 'request', typeName: 'RPCClient' }
  ];

  it('knows the chain in the bundle, where httpx and pop-core are in the same file as the filter', () => {
    expect(isHttpxUrlParse(bundled, BUNDLE)).toBe(true);
  });

  it.each<[string, Frame[], string | undefined]>([
    ['the filter in another file than the bundle', bundled, 'file:///elsewhere/index.js'],
    ['no bundle known', bundled, undefined],
    ['url.parse not from node:url', [{ ...bundled[0]!, file: BUNDLE }, bundled[1]!, bundled[2]!], BUNDLE],
    [
      'another function of the bundle',
      [bundled[0]!, { ...bundled[1]!, functionName: '__webpack_modules__.1.exports.get' }, bundled[2]!],
      BUNDLE
    ],
    ['a function whose name only ends like it', [bundled[0]!, { ...bundled[1]!, functionName: 'myexports.request' }, bundled[2]!], BUNDLE],
    ['another caller of httpx', [bundled[0]!, bundled[1]!, { ...bundled[2]!, typeName: 'ROAClient' }], BUNDLE],
    ['a stack that ends early', bundled.slice(0, 2), BUNDLE],
    ['no stack', [], BUNDLE]
  ])('refuses %s', (_what, frames, bundle) => {
    expect(isHttpxUrlParse(frames, bundle)).toBe(false);
  });
});
