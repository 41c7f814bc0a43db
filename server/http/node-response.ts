// Node's response for Gatehouse's HTTP server: the headers every answer carries, written with the handler's in one pass.
//
// Why: defaults written with `setHeader` cost Node a validated, lower-cased entry each and then a merge of
// the handler's headers into them in `writeHead` — fourteen of them (security headers, Vary, request id)
// cost more than the rest of a small answer. Here the fixed ones are one shared list, the per-request
// ones a short list, and `writeHead` receives them with the handler's headers as one flat array, which
// Node validates and writes once. A header the handler set itself wins, as with `setHeader` defaults.
import { type IncomingMessage, type OutgoingHttpHeaders, ServerResponse } from "node:http";

/** A fixed list of default headers, prepared once: flat `[name, value, …]` and the lower-case names. */
export interface HeaderList {
  readonly flat: readonly string[];
  /** The lower-case name of each pair in `flat`, at the pair's index. */
  readonly lower: readonly string[];
}

export function headerList(headers: ReadonlyArray<readonly [string, string]>): HeaderList {
  return { flat: headers.flat(), lower: headers.flatMap(([name]) => [name.toLowerCase(), ""]) };
}

type HeaderValue = number | string | readonly string[];

export class DefaultingResponse<
  Request extends IncomingMessage = IncomingMessage,
> extends ServerResponse<Request> {
  #fixed: HeaderList | undefined;
  // Per-request defaults, flat; a later default of the same name replaces an earlier one.
  #extra: string[] = [];
  // Whether anything used Node's own header store (`setHeader`…): then the defaults go there too.
  #stored = false;

  /** Makes `list` the defaults of this answer (replacing an earlier list). */
  defaults(list: HeaderList): void {
    this.#fixed = list;
  }

  /** A default header for this answer: sent unless the handler sets the same header itself. */
  defaultHeader(name: string, value: string): void {
    const extra = this.#extra;
    const lower = name.toLowerCase();
    for (let i = 0; i < extra.length; i += 2) {
      if ((extra[i] as string).toLowerCase() === lower) {
        extra[i + 1] = value;
        return;
      }
    }
    extra.push(name, value);
  }

  override setHeader(name: string, value: HeaderValue): this {
    this.#stored = true;
    return super.setHeader(name, value);
  }

  override appendHeader(name: string, value: string | readonly string[]): this {
    this.#stored = true;
    return super.appendHeader(name, value);
  }

  // Node calls this itself (`_implicitHeader`) when a body is written without it.
  override writeHead(
    statusCode: number,
    reasonOrHeaders?: string | OutgoingHttpHeaders | HeaderValue[],
    maybeHeaders?: OutgoingHttpHeaders | HeaderValue[],
  ): this {
    const reason = typeof reasonOrHeaders === "string" ? reasonOrHeaders : undefined;
    const headers = typeof reasonOrHeaders === "string" ? maybeHeaders : reasonOrHeaders;
    const fixed = this.#fixed;
    const extra = this.#extra;
    if (!fixed && extra.length === 0) return this.#write(statusCode, reason, headers);
    if (this.#stored || Array.isArray(headers)) {
      // Rare (nothing in Gatehouse answers this way): the defaults join Node's store, under what is there.
      const own = new Set(headers && !Array.isArray(headers) ? Object.keys(headers).map(lower) : []);
      const add = (name: string, value: string) => {
        if (!own.has(name.toLowerCase()) && !this.hasHeader(name)) super.setHeader(name, value);
      };
      for (let i = 0; i < extra.length; i += 2) add(extra[i] as string, extra[i + 1] as string);
      if (fixed)
        for (let i = 0; i < fixed.flat.length; i += 2)
          add(fixed.flat[i] as string, fixed.flat[i + 1] as string);
      return this.#write(statusCode, reason, headers);
    }
    const flat: Array<string | number | readonly string[]> = [];
    const own = new Set<string>();
    if (headers) {
      for (const name in headers) {
        const value = headers[name];
        if (value === undefined) continue;
        own.add(name.toLowerCase());
        flat.push(name, value);
      }
    }
    for (let i = 0; i < extra.length; i += 2) {
      const name = extra[i] as string;
      if (own.has(name.toLowerCase())) continue;
      own.add(name.toLowerCase());
      flat.push(name, extra[i + 1] as string);
    }
    if (fixed) {
      const { flat: list, lower: names } = fixed;
      for (let i = 0; i < list.length; i += 2) {
        if (own.size === 0 || !own.has(names[i] as string))
          flat.push(list[i] as string, list[i + 1] as string);
      }
    }
    return this.#write(statusCode, reason, flat as unknown as HeaderValue[]);
  }

  #write(
    statusCode: number,
    reason: string | undefined,
    headers: OutgoingHttpHeaders | HeaderValue[] | undefined,
  ) {
    const h = headers as OutgoingHttpHeaders | undefined;
    return reason === undefined ? super.writeHead(statusCode, h) : super.writeHead(statusCode, reason, h);
  }
}

const lower = (name: string) => name.toLowerCase();

/** `serve({ …, serverOptions })` of @hono/node-server: Gatehouse's answers are DefaultingResponses. */
export const SERVER_OPTIONS = { ServerResponse: DefaultingResponse };
