/** The part of json-bigint 1.0 (pop-core's JSON parser) that src/dts/answerJson.ts uses; it ships no types. */
declare module 'json-bigint' {
  type Reviver = (this: unknown, key: string, value: unknown) => unknown;

  interface JsonBigint {
    /** Parses like JSON.parse, but numbers of more than 15 characters become BigNumber objects. */
    parse: (source: unknown, reviver?: Reviver) => unknown;
    stringify: (value: unknown, replacer?: unknown, space?: unknown) => string;
  }

  /** A parser with options (`strict`, `storeAsString`, ...); the module's own members use none. */
  const jsonBigint: JsonBigint & ((options?: Record<string, unknown>) => JsonBigint);
  export = jsonBigint;
}
