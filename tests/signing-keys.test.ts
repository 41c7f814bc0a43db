// Private signing keys encrypted at rest with KEY_ENCRYPTION_KEY: nothing secret in the table, tokens
// survive a restart, a wrong or missing key stops the start with one line, and plaintext keys left by
// an earlier deployment are encrypted on the next start.
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../server/config.js";
import { openStore, type Store } from "../server/store/db.js";
import { BASE_URL, startTestGatehouse } from "./helpers/gatehouse.js";
import { json, kidOf, signUpToken, withSession } from "./helpers/http.js";

const key = () => randomBytes(32).toString("base64");

let store: Store;
beforeEach(async () => {
  store = await openStore({ dataDir: "memory://" });
});
afterEach(() => store.close());

const rows = () =>
  store.db.selectFrom("signing_keys").select(["kid", "private_jwk"]).execute() as Promise<
    Array<{ kid: string; private_jwk: Record<string, unknown> }>
  >;

describe("signing keys at rest", () => {
  it("are stored as JWE only, and a restart with the same key keeps tokens valid", async () => {
    const KEY_ENCRYPTION_KEY = key();
    const first = await startTestGatehouse({ store, env: { KEY_ENCRYPTION_KEY } });
    const session = await signUpToken(first.fetch, BASE_URL);
    await first.close();

    const stored = await rows();
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]?.private_jwk ?? {})).toEqual(["jwe"]);
    expect(JSON.stringify(stored)).not.toMatch(/"d"\s*:/); // the private scalar never appears in the clear

    const second = await startTestGatehouse({ store, env: { KEY_ENCRYPTION_KEY } });
    expect((await second.fetch(`${BASE_URL}/user/me`, withSession(session.accessToken))).status).toBe(200);
    // New tokens are still signed with the decrypted key, under the same kid.
    const again = await signUpToken(second.fetch, BASE_URL);
    expect(again.accessToken.split(".")[0]).toBe(session.accessToken.split(".")[0]);
    await second.close();
  });

  it("a wrong or missing key stops the start with a one-line error that names the variable", async () => {
    const first = await startTestGatehouse({ store, env: { KEY_ENCRYPTION_KEY: key() } });
    await first.close();
    const wrong = startTestGatehouse({ store, env: { KEY_ENCRYPTION_KEY: key() } });
    await expect(wrong).rejects.toThrow(ConfigError);
    await expect(wrong).rejects.toThrow(
      /^config: KEY_ENCRYPTION_KEY does not decrypt signing key k_\S+ \(wrong key\?\)$/,
    );
    await expect(startTestGatehouse({ store })).rejects.toThrow(
      /KEY_ENCRYPTION_KEY is unset but signing key/,
    );
  });

  it("plaintext keys from before are encrypted on the first start with a key, and still verify", async () => {
    const plain = await startTestGatehouse({ store });
    const session = await signUpToken(plain.fetch, BASE_URL);
    await plain.close();
    expect(Object.keys((await rows())[0]?.private_jwk ?? {})).toContain("d");

    const KEY_ENCRYPTION_KEY = key();
    const sealed = await startTestGatehouse({ store, env: { KEY_ENCRYPTION_KEY } });
    expect(Object.keys((await rows())[0]?.private_jwk ?? {})).toEqual(["jwe"]);
    expect((await sealed.fetch(`${BASE_URL}/user/me`, withSession(session.accessToken))).status).toBe(200);
    await sealed.close();
  });

  it("a malformed key is refused by config without echoing it", async () => {
    const bad = "c2VjcmV0LWJ1dC10b28tc2hvcnQ=";
    const start = startTestGatehouse({ env: { KEY_ENCRYPTION_KEY: bad } });
    await expect(start).rejects.toThrow(/^config: KEY_ENCRYPTION_KEY must be 32 bytes/);
    await expect(start).rejects.not.toThrow(bad);
  });
});

describe("emergency rotation", () => {
  it("rotateNow signs with a new key at once; retireOld refuses tokens already verified (and cached) under the old one", async () => {
    const gh = await startTestGatehouse({ store });
    try {
      const me = (t: string) => gh.fetch(`${BASE_URL}/user/me`, withSession(t));
      const old = await signUpToken(gh.fetch, BASE_URL);
      expect((await me(old.accessToken)).status).toBe(200);
      expect((await me(old.accessToken)).status).toBe(200); // answered from the verification cache

      // The test clock stands still; a new key starts 1 ms after the last activation.
      const kept = await gh.deps.keys.rotateNow({ retireOld: false });
      gh.clock.advance(1);
      expect(kidOf((await signUpToken(gh.fetch, BASE_URL)).accessToken)).toBe(kept);
      expect((await me(old.accessToken)).status).toBe(200); // the old key is still published

      const fresh = await gh.deps.keys.rotateNow({ retireOld: true });
      gh.clock.advance(1);
      const after = await signUpToken(gh.fetch, BASE_URL);
      expect(kidOf(after.accessToken)).toBe(fresh);
      expect(gh.deps.keys.jwks().keys.map((k) => k.kid)).toEqual([fresh]);
      expect((await me(old.accessToken)).status).toBe(401);
      expect((await me(after.accessToken)).status).toBe(200);

      // A server whose clock is behind the machine that made the key still signs (with that key).
      gh.clock.advance(-30_000);
      const behind = await signUpToken(gh.fetch, BASE_URL);
      expect(kidOf(behind.accessToken)).toBe(fresh);
    } finally {
      await gh.close();
    }
  });
});

describe("signing algorithms", () => {
  it("PS256 signs and verifies, and is what the JWKS and discovery publish", async () => {
    const gh = await startTestGatehouse({ store, env: { SIGNING_ALG: "PS256" } });
    try {
      const s = await signUpToken(gh.fetch, BASE_URL);
      const header = JSON.parse(Buffer.from(s.accessToken.split(".")[0] ?? "", "base64url").toString());
      expect(header.alg).toBe("PS256");
      expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken))).status).toBe(200);
      const jwks = (await (await gh.fetch(`${BASE_URL}/.well-known/jwks.json`)).json()) as {
        keys: Array<{ alg: string; kty: string }>;
      };
      expect(jwks.keys.map((k) => [k.alg, k.kty])).toEqual([["PS256", "RSA"]]);
      const discovery = (await (await gh.fetch(`${BASE_URL}/.well-known/openid-configuration`)).json()) as {
        id_token_signing_alg_values_supported: string[];
      };
      expect(discovery.id_token_signing_alg_values_supported).toEqual(["PS256"]);
    } finally {
      await gh.close();
    }
  });

  it("an RS256 key made by an earlier version still verifies its tokens until it retires, but never signs again", async () => {
    const { SignJWT, decodeJwt } = await import("jose");
    const { KeyRing } = await import("../server/tokens/keys.js");
    const { manualClock } = await import("../server/tokens/clock.js");
    const clock = manualClock(new Date());
    // What a deployment configured with SIGNING_ALG=RS256 left in its database.
    const legacy = new KeyRing({
      db: store.db,
      clock,
      alg: "RS256" as never,
      rotationIntervalMs: 30 * 86_400_000,
      retentionMs: 905_000,
    });
    await legacy.start();
    const rs = legacy.signingKey();
    expect(rs.alg).toBe("RS256");

    clock.advance(1_000);
    const gh = await startTestGatehouse({ store, clock });
    try {
      const s = await signUpToken(gh.fetch, BASE_URL);
      expect(JSON.parse(Buffer.from(s.accessToken.split(".")[0] ?? "", "base64url").toString()).alg).toBe(
        "ES256",
      );
      // The same live session's claims, as the RS256 key signed them before the upgrade.
      const old = await new SignJWT(decodeJwt(s.accessToken))
        .setProtectedHeader({ alg: "RS256", kid: rs.kid, typ: "JWT" })
        .sign(rs.key);
      const me = (t: string) => gh.fetch(`${BASE_URL}/user/me`, withSession(t));
      expect((await me(old)).status).toBe(200);

      // Once every token it can have signed has expired, the key leaves the JWKS and RS256 the allow-list.
      clock.advance(16 * 60_000);
      await gh.deps.keys.reload();
      expect(gh.deps.keys.jwks().keys.map((k) => k.alg)).toEqual(["ES256"]);
      expect(gh.deps.keys.algorithms()).toEqual(["ES256"]);
      const refreshed = await gh.fetch(
        `${BASE_URL}/user/session/refresh`,
        json({ refreshToken: s.refreshToken }, { "x-auth-mode": "token" }),
      );
      expect(refreshed.status).toBe(200);
      const next = ((await refreshed.json()) as { tokens: { accessToken: string } }).tokens.accessToken;
      const resigned = await new SignJWT(decodeJwt(next))
        .setProtectedHeader({ alg: "RS256", kid: rs.kid, typ: "JWT" })
        .sign(rs.key);
      expect((await me(resigned)).status).toBe(401);
      expect((await me(next)).status).toBe(200);
    } finally {
      await gh.close();
    }
  });
});
