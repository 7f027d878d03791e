/**
 * Node 24 deprecates `url.parse()` at run time (DEP0169): the first call from code outside
 * node_modules prints "`url.parse()` behavior is not standardized and prone to errors that have
 * security implications" on stderr. httpx 2.x, through which @alicloud/pop-core 1.8.0 (the
 * latest) sends every request, calls it for each URL; the bundle inlines httpx into
 * dist/index.js, so Node no longer sees a dependency there and every run of the action printed
 * the warning. Users read it as a security problem of the action. No httpx 2.x avoids the call,
 * and an action cannot start Node with --disable-warning. So exactly that warning is dropped, and
 * only when the stack at its emission shows where it comes from: `url.parse()` called by httpx's
 * `request()`, called by pop-core's `RPCClient.request()`. Every other warning, DEP0169 from any
 * other caller included, is emitted as before.
 *
 * Importing this module installs the filter: the entries import it first, and ES modules run in
 * the order they are imported, so that it is in place before any other module of the gate or of
 * its libraries runs.
 */

/** One frame of a V8 stack trace, as much of it as the check needs. */
export interface Frame {
  /** A path, a `file:` URL, or `node:url` for Node's own modules. */
  file: string | undefined;
  /** What V8 calls the function: `exports.request`, or with the bundler's module path before it. */
  functionName: string | null;
  typeName: string | null;
}

const HTTPX_FILE = /[\\/]node_modules[\\/]httpx[\\/]lib[\\/]index\.js$/;
const POP_CORE_RPC_FILE = /[\\/]node_modules[\\/]@alicloud[\\/]pop-core[\\/]lib[\\/]rpc\.js$/;

/**
 * Whether a DEP0169 warning emitted below `frames` (innermost first: the caller of
 * `process.emitWarning` comes first) is the one httpx causes. `bundle` is the file this module
 * is in: when the action is bundled, httpx and pop-core are in that same file.
 */
export function isHttpxUrlParse(frames: readonly Frame[], bundle: string | undefined): boolean {
  const [parse, request, client] = frames;
  const inPackage = (frame: Frame, file: RegExp): boolean =>
    frame.file !== undefined && (file.test(frame.file) || (bundle !== undefined && frame.file === bundle));
  return (
    parse?.file === 'node:url' &&
    request !== undefined &&
    /(^|\.)exports\.request$/.test(request.functionName ?? '') &&
    inPackage(request, HTTPX_FILE) &&
    client !== undefined &&
    client.typeName === 'RPCClient' &&
    client.functionName === 'request' &&
    inPackage(client, POP_CORE_RPC_FILE)
  );
}

/** The frames of the current stack above `above` (or from the caller of this function). */
function frames(above?: (...args: never[]) => unknown): Frame[] {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 3;
    Error.prepareStackTrace = (_error, sites): Frame[] =>
      sites.map((site) => ({ file: site.getFileName() ?? undefined, functionName: site.getFunctionName(), typeName: site.getTypeName() }));
    const holder: { stack?: Frame[] } = {};
    Error.captureStackTrace(holder, above ?? frames);
    return holder.stack ?? [];
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

/** The `code` of a warning, from any of the argument forms `process.emitWarning` takes. */
function codeOf(args: readonly unknown[]): unknown {
  const [warning, typeOrOptions, code] = args;
  if (typeof typeOrOptions === 'object' && typeOrOptions !== null) return (typeOrOptions as { code?: unknown }).code;
  if (code !== undefined) return code;
  return warning instanceof Error ? (warning as Error & { code?: unknown }).code : undefined;
}

/** Makes `target.emitWarning` drop the DEP0169 warning that httpx causes, and only that one. */
export function dropHttpxUrlParseWarning(target: { emitWarning: NodeJS.Process['emitWarning'] } = process): void {
  const emit = target.emitWarning;
  const bundle = frames()[0]?.file;
  function emitWarning(this: unknown, ...args: unknown[]): void {
    if (codeOf(args) === 'DEP0169' && isHttpxUrlParse(frames(emitWarning), bundle)) return;
    Reflect.apply(emit, this, args);
  }
  target.emitWarning = emitWarning as NodeJS.Process['emitWarning'];
}

dropHttpxUrlParseWarning();
