// The app's router: hono's RegExpRouter for every path but one first segment, which a TrieRouter serves.
//
// Why: hono's default SmartRouter uses RegExpRouter (a static-path table and one regular expression)
// only when every route fits it, and it cannot hold a parameter beside fixed names in one segment —
// the deprecated SuperTokens surface has both `/auth/signin` and `/auth/{tenantId}/signin`. One such
// pair sends every request of the app to the slower TrieRouter (a segment-by-segment search). Here the
// routes that can match under that first segment get their own TrieRouter and all the others keep
// RegExpRouter (through hono's SmartRouter, so a route it cannot hold still falls back to TrieRouter
// rather than failing); each router receives, in registration order, every route that can match its part
// (middleware on `*` goes to both), so any request matches exactly what one router would have matched.
import type { Result, Router } from "hono/router";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { SmartRouter } from "hono/router/smart-router";
import { TrieRouter } from "hono/router/trie-router";

// A segment of a route pattern that matches only itself (no parameter, wildcard or optional mark).
const LITERAL_SEGMENT = /^[^:*{}?]*$/;

export class SplitRouter<T> implements Router<T> {
  readonly #aside = new TrieRouter<T>();
  readonly #main = new SmartRouter<T>({ routers: [new RegExpRouter(), new TrieRouter()] });
  readonly #exact: string;
  readonly #under: string;

  /** `segment`: the first path segment whose routes the TrieRouter takes (`auth` for `/auth/…`). */
  constructor(segment: string) {
    if (!LITERAL_SEGMENT.test(segment) || segment.includes("/") || segment === "") {
      throw new TypeError(`SplitRouter needs one literal path segment, not ${JSON.stringify(segment)}`);
    }
    this.#exact = `/${segment}`;
    this.#under = `/${segment}/`;
  }

  /** Names the router that serves the main side once the first request chose it (`SmartRouter + RegExpRouter`). */
  get name(): string {
    return `SplitRouter (${this.#main.name})`;
  }

  add(method: string, path: string, handler: T): void {
    const first = path.split("/")[path.startsWith("/") ? 1 : 0] ?? "";
    if (!LITERAL_SEGMENT.test(first)) {
      // `*`, `/:id/…`: may match on either side.
      this.#aside.add(method, path, handler);
      this.#main.add(method, path, handler);
    } else if (`/${first}` === this.#exact) {
      this.#aside.add(method, path, handler);
    } else {
      this.#main.add(method, path, handler);
    }
  }

  match(method: string, path: string): Result<T> {
    return path === this.#exact || path.startsWith(this.#under)
      ? this.#aside.match(method, path)
      : this.#main.match(method, path);
  }
}
