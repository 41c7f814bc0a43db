// One cookie's value from a Cookie header: what hono's getCookie(c, name) returns, without parsing the rest.
import { tryDecodeURIComponent } from "hono/utils/url";

// hono's cookie value grammar (utils/cookie.ts): no controls, no `"` inside, no `,` `;` `\`.
const VALID_VALUE = /^[ !#-:<-[\]-~]*$/;

// Only spaces and tabs, as hono trims.
function trim(s: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start < end && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
  while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return s.slice(start, end);
}

/**
 * The first well-formed `name=value` pair's value, decoded, as hono's parser finds it; `name` must be a
 * valid cookie name. hono splits the whole header into an object on every call: on the hot path of
 * every cookie-authenticated request that cost more than the cached token check it feeds.
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header || header.indexOf(name) === -1) return undefined;
  let start = 0;
  while (start <= header.length) {
    let end = header.indexOf(";", start);
    if (end === -1) end = header.length;
    const eq = header.indexOf("=", start);
    if (eq !== -1 && eq < end && trim(header, start, eq) === name) {
      let value = trim(header, eq + 1, end);
      if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (VALID_VALUE.test(value)) return tryDecodeURIComponent(value);
    }
    start = end + 1;
  }
  return undefined;
}
