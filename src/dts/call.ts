/**
 * What a DTS call is to the client (client.ts): its descriptor. The descriptors themselves are
 * calls.ts (the legacy calls and the list of every call) and currentCalls.ts (the current API's).
 */

export interface DtsCall<Request, Reading> {
  /** The API action (version 2020-01-01). */
  readonly action: string;
  /** The RAM permission the call needs, as a policy writes it. */
  readonly permission: string;
  /** The parameters of one request; never one whose value is undefined (pop-core would send "undefined"). */
  params(request: Request, region: string): Record<string, string>;
  /** Fields of which a successful answer has at least one; an answer with none is malformed. */
  readonly answerFields: readonly string[];
  /** What those fields hold, for the error about an answer that has none of them. */
  readonly answers: string;
  /** The checked answer body read into the core's data; throws MalformedAnswer. */
  read(body: Record<string, unknown>, request: Request): Reading;
  /** What the log calls one request of it, e.g. `dtsabc page 3`. */
  label(request: Request): string;
}
