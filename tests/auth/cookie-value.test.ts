// cookieValue finds the session cookie exactly as hono's cookie parser does, on ordinary and hostile headers.
import { parse } from "hono/utils/cookie";
import { describe, expect, it } from "vitest";
import { cookieValue } from "../../server/auth/cookie-value.js";

const NAME = "backend_session";
const hono = (header: string) => (header.indexOf(NAME) === -1 ? undefined : parse(header, NAME)[NAME]);

const NAMES = [
  NAME,
  ` ${NAME}`,
  `\t${NAME} `,
  `${NAME}x`,
  `x${NAME}`,
  "other",
  "",
  "backend_refresh",
  NAME.toUpperCase(),
];
const VALUES = [
  "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.sig-_",
  "",
  '"quoted"',
  '"',
  '"half',
  "a%20b",
  "%E0%A4%A",
  "bad,comma",
  'in"side',
  "back\\slash",
  " spaced ",
  "ünïcode",
  "a=b=c",
  "\tTab",
];
const SEPARATORS = [";", "; ", " ;", ";;", ";\t"];

describe("cookieValue", () => {
  it("agrees with hono's parser on edge cases", () => {
    for (const header of [
      "",
      NAME,
      `${NAME}=`,
      `${NAME}=a; ${NAME}=b`,
      `${NAME}=bad,one; ${NAME}=good`,
      `x=1; ${NAME}="v"; y=2`,
      `${NAME}x=1; ${NAME}=2`,
      `=${NAME}; ${NAME}=3`,
      `${NAME}==x`,
      `; ; ${NAME}=4;`,
    ]) {
      expect(cookieValue(header, NAME), header).toBe(hono(header));
    }
  });

  it("agrees with hono's parser on 20,000 random headers", () => {
    let seed = 42;
    const pick = <T>(xs: readonly T[]) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return xs[seed % xs.length] as T;
    };
    for (let i = 0; i < 20_000; i++) {
      const pairs = Array.from({ length: 1 + (i % 4) }, () => `${pick(NAMES)}=${pick(VALUES)}`);
      const header = pairs.map((p, j) => (j === 0 ? p : `${pick(SEPARATORS)}${p}`)).join("");
      expect(cookieValue(header, NAME), header).toBe(hono(header));
    }
  });
});
