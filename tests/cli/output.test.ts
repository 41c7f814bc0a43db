// The CLI's terminal output: text from the server cannot carry escape sequences to the user's terminal.
import { describe, expect, it } from "vitest";
import { clean } from "../../cli/src/output.js";
import { isFresh, normaliseOrigin } from "../../cli/src/session.js";

const jwt = (claims: Record<string, unknown>) =>
  `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;

describe("CLI output and helpers", () => {
  it("clean() replaces C0, DEL and C1 control characters (ANSI/OSC escapes) and shows null as -", () => {
    expect(clean("\u001b[2J\u001b]0;pwned\u0007ok")).toBe("?[2J?]0;pwned?ok");
    expect(clean("a\u0000b\u007fc\u009bd\r\ne")).toBe("a?b?c?d??e");
    expect(clean("Zoë ☃ 日本")).toBe("Zoë ☃ 日本");
    expect(clean(null)).toBe("-");
  });

  it("normaliseOrigin() gives one profile name per server and refuses what is not an origin", () => {
    expect(normaliseOrigin("HTTP://LocalHost:80/")).toBe("http://localhost");
    expect(normaliseOrigin("https://id.example.com:443")).toBe("https://id.example.com");
    for (const bad of [
      "id.example.com",
      "file:///etc/passwd",
      "https://a@b.c",
      "https://b.c/x",
      "https://b.c/?q",
    ])
      expect(() => normaliseOrigin(bad), bad).toThrow();
  });

  it("isFresh() wants a quarter of the token's lifetime (at most 30 s) left", () => {
    const now = 1_000_000_000_000;
    const t = now / 1000;
    expect(isFresh(jwt({ iat: t - 60, exp: t + 840 }), now)).toBe(true);
    expect(isFresh(jwt({ iat: t - 880, exp: t + 20 }), now)).toBe(false); // 20 s < 30 s margin
    expect(isFresh(jwt({ iat: t - 10, exp: t + 20 }), now)).toBe(true); // 30 s token: 7.5 s margin
    expect(isFresh(jwt({ iat: t - 25, exp: t + 5 }), now)).toBe(false);
    expect(isFresh("not.a.jwt", now)).toBe(false);
    expect(isFresh(jwt({ iat: t }), now)).toBe(false);
  });
});
