// JWT attack classes against the guarded example service: each forged, tampered or misplaced credential is a 401.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGuard, GuardError } from "@gatehouse/guard";
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../api-keys/helpers.js";
import { kidOf } from "../helpers/http.js";
import {
  bearer,
  CALLER_SECRET,
  call,
  claimsFor,
  type LiveGatehouse,
  liveGatehouse,
  type RoleTenant,
  roleTenant,
  type Service,
  signWithRealKey,
  startService,
} from "./helpers.js";

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

describe("guard refuses JWT attacks (example service, real Gatehouse)", () => {
  let live: LiveGatehouse;
  let service: Service;
  let t: RoleTenant;
  let viewerToken: string;
  let realKid: string;
  let attackerHits = 0;
  let attackerUrl: string;
  let closeAttacker: () => Promise<void>;
  let jwksFetches = 0;

  beforeAll(async () => {
    live = await liveGatehouse();
    t = await roleTenant(live.gh);
    // Counts the guard's JWKS fetches (cooldown); any fetch of the attacker's URL is counted by its server.
    service = await startService(live, {
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input instanceof Request ? input.url : input).endsWith("/.well-known/jwks.json"))
          jwksFetches++;
        return fetch(input, init);
      }) as typeof fetch,
    });
    viewerToken = await t.viewer.accessToken();
    realKid = kidOf(viewerToken);
    const attacker = createServer((_req, res) => {
      attackerHits++;
      res.writeHead(200, { "content-type": "application/json" }).end('{"keys":[]}');
    });
    await new Promise<void>((r) => attacker.listen(0, "127.0.0.1", () => r()));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    closeAttacker = () => new Promise((r) => attacker.close(() => r()));
    // The real token works: every refusal below is the attack's, not the setup's.
    expect((await call(service, "/whoami", bearer(viewerToken))).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await closeAttacker?.();
    await service?.close();
    await live?.close();
  });

  const foreign = async (alg: "ES256" | "RS256" = "ES256") => generateKeyPair(alg, { extractable: true });
  /** The viewer's claims signed by a key of the attacker's, under `header` (alg ES256 unless given). */
  const forged = async (
    header: (attackerPublicKey: CryptoKey) => Record<string, unknown> | Promise<Record<string, unknown>>,
    alg: "ES256" | "RS256" = "ES256",
  ) => {
    const { privateKey, publicKey } = await foreign(alg);
    const h = await header(publicKey);
    return bearer(
      await new SignJWT(await viewerClaims()).setProtectedHeader({ alg, typ: "JWT", ...h }).sign(privateKey),
    );
  };
  const viewerClaims = async () => {
    const [, payload] = viewerToken.split(".");
    return JSON.parse(Buffer.from(payload as string, "base64url").toString()) as Record<string, unknown>;
  };

  const attacks: Array<[string, () => Promise<Record<string, string>>, string?]> = [
    [
      "alg none",
      async () => bearer(`${b64({ alg: "none", typ: "JWT", kid: realKid })}.${b64(await viewerClaims())}.`),
    ],
    [
      "HS256 signed with the public key (algorithm confusion)",
      async () => {
        const jwks = (await (await fetch(`${live.url}/.well-known/jwks.json`)).json()) as {
          keys: Array<{ kid: string }>;
        };
        const secret = new TextEncoder().encode(JSON.stringify(jwks.keys.find((k) => k.kid === realKid)));
        const token = await new SignJWT(await viewerClaims())
          .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: realKid })
          .sign(secret);
        return bearer(token);
      },
    ],
    [
      "tampered payload (perms added, signature kept)",
      async () => {
        const [h, , s] = viewerToken.split(".");
        const claims = {
          ...(await viewerClaims()),
          roles: ["admin"],
          perms: ["plan:approve", "report:read"],
        };
        return bearer(`${h}.${b64(claims)}.${s}`);
      },
    ],
    ["a foreign key under the real kid", () => forged(() => ({ kid: realKid }))],
    ["a foreign RSA key under the real kid (RS256)", () => forged(() => ({ kid: realKid }), "RS256")],
    [
      "jku header naming the attacker's JWKS",
      () => forged(() => ({ kid: "attacker", jku: `${attackerUrl}/jwks.json` })),
    ],
    [
      "jwk header embedding the attacker's key",
      () => forged(async (pub) => ({ kid: realKid, jwk: await exportJWK(pub) })),
    ],
    [
      "x5u header naming the attacker's certificate",
      () => forged(() => ({ kid: realKid, x5u: `${attackerUrl}/cert.pem` })),
    ],
    [
      "x5c header embedding a certificate chain",
      () =>
        forged(async (pub) => ({
          kid: realKid,
          x5c: [(await exportSPKI(pub)).replace(/-----[A-Z ]+-----|\s/g, "")],
        })),
    ],
    ["kid path traversal", () => forged(() => ({ kid: "../../../../../dev/null" }))],
    [
      "expired (real key)",
      async () => {
        const now = Math.floor(live.gh.clock.now().getTime() / 1000);
        return bearer(await signWithRealKey(live.gh, claimsFor(live.gh, { iat: now - 1000, exp: now - 60 })));
      },
      "AUTH_SESSION_EXPIRED",
    ],
    [
      "nbf in the future (real key)",
      async () => {
        const now = Math.floor(live.gh.clock.now().getTime() / 1000);
        return bearer(await signWithRealKey(live.gh, claimsFor(live.gh, { nbf: now + 600 })));
      },
    ],
    [
      "wrong aud (real key)",
      async () => bearer(await signWithRealKey(live.gh, claimsFor(live.gh, { aud: "another-api" }))),
    ],
    [
      "wrong iss (real key)",
      async () => bearer(await signWithRealKey(live.gh, claimsFor(live.gh, { iss: "https://evil.example" }))),
    ],
    [
      "missing sub (real key)",
      async () => {
        const { sub: _sub, ...rest } = claimsFor(live.gh);
        return bearer(await signWithRealKey(live.gh, rest));
      },
    ],
    [
      "missing sid (real key)",
      async () => {
        const { sid: _sid, ...rest } = claimsFor(live.gh);
        return bearer(await signWithRealKey(live.gh, rest));
      },
    ],
    [
      "roles not a list (real key)",
      async () => bearer(await signWithRealKey(live.gh, claimsFor(live.gh, { roles: "admin" }))),
    ],
    [
      "crit header with an unknown extension (real key)",
      async () => {
        // jose will not sign an unknown critical extension: signed here by hand (ES256 is Gatehouse's default).
        const { kid, alg, key } = live.gh.deps.keys.signingKey();
        expect(alg).toBe("ES256");
        const input = `${b64({ alg, kid, typ: "JWT", crit: ["urn:evil"], "urn:evil": true })}.${b64(claimsFor(live.gh))}`;
        const sig = await crypto.subtle.sign(
          { name: "ECDSA", hash: "SHA-256" },
          key,
          new TextEncoder().encode(input),
        );
        return bearer(`${input}.${Buffer.from(sig).toString("base64url")}`);
      },
    ],
    [
      "typ other than JWT (real key)",
      async () => bearer(await signWithRealKey(live.gh, claimsFor(live.gh), { typ: "at+jwt" })),
    ],
    [
      "a SuperTokens-profile token (Gatehouse's own, other audience)",
      async () => {
        const { token } = await live.gh.deps.access.issue(
          {
            sub: t.admin.userId,
            sid: crypto.randomUUID(),
            tid: t.tenantId,
            roles: ["admin"],
            perms: ["plan:approve"],
            ev: true,
          },
          { profile: "supertokens" },
        );
        return bearer(token);
      },
    ],
    ["a legacy v1 token", async () => bearer(await live.gh.deps.legacyTokens.issue(t.viewer.userId))],
    ["the refresh token as a bearer", async () => bearer(await t.viewer.refreshToken())],
    [
      "an API key in the session cookie",
      async () => ({ cookie: `backend_session=${(await createKey(t.viewer, { scopes: [] })).key}` }),
    ],
    ["an API key-shaped string Gatehouse never issued", async () => bearer(`gh_sk_${"A".repeat(43)}`)],
    ["a malformed API key", async () => bearer("gh_sk_short")],
    [
      "Basic scheme",
      async () => ({ authorization: `Basic ${Buffer.from(`u:${viewerToken}`).toString("base64")}` }),
    ],
    ["two bearer tokens", async () => ({ authorization: `Bearer ${viewerToken} ${viewerToken}` })],
    ["an empty bearer", async () => ({ authorization: "Bearer " })],
    ["a 300-character string", async () => bearer("a".repeat(300))],
    ["a 10,000-character token", async () => bearer(`${"a".repeat(5000)}.${"b".repeat(5000)}.c`)],
    [
      "the caller's service secret beside the session",
      async () => ({ ...bearer(viewerToken), "x-service-auth": CALLER_SECRET }),
    ],
  ];

  for (const [name, make, code = "AUTH_UNAUTHENTICATED"] of attacks) {
    it(`refuses ${name}: 401 ${code}`, async () => {
      const res = await call(live && service, "/whoami", await make());
      expect([res.status, res.body.error?.code]).toEqual([401, code]);
      expect(JSON.stringify(res.body)).not.toContain(viewerToken.slice(-20));
    });
  }

  it("accepts the controls: valid claims signed with the real key, by jose and by hand", async () => {
    expect(
      (await call(service, "/whoami", bearer(await signWithRealKey(live.gh, claimsFor(live.gh))))).status,
    ).toBe(200);
    const { kid, alg, key } = live.gh.deps.keys.signingKey();
    const input = `${b64({ alg, kid, typ: "JWT" })}.${b64(claimsFor(live.gh))}`;
    const sig = await crypto.subtle.sign(
      { name: "ECDSA", hash: "SHA-256" },
      key,
      new TextEncoder().encode(input),
    );
    const res = await call(service, "/whoami", bearer(`${input}.${Buffer.from(sig).toString("base64url")}`));
    expect(res.status).toBe(200);
  });

  it("never fetched the attacker's URLs", () => {
    expect(attackerHits).toBe(0);
  });

  it("refetches the JWKS for an unknown kid at most once per cooldown (30 s)", async () => {
    const before = jwksFetches;
    const { privateKey } = await foreign();
    for (let i = 0; i < 10; i++) {
      const token = await new SignJWT(claimsFor(live.gh))
        .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: `unknown-${i}` })
        .sign(privateKey);
      expect((await call(service, "/whoami", bearer(token))).status).toBe(401);
    }
    expect(jwksFetches - before).toBeLessThanOrEqual(1);
  });

  it("refuses control characters and other junk in headers, given straight to verifyRequest", async () => {
    const guard = createGuard({ url: live.url, env: {}, now: () => live.gh.clock.now().getTime() });
    for (const headers of [
      { authorization: "Bearer a\u0000b.c.d" },
      { authorization: "Bearer \u0001\u0002" },
      { authorization: ["Bearer x.y.z", "Bearer a.b.c"] },
      { cookie: `backend_session="${"%".repeat(300)}"` },
    ]) {
      const result = await guard.verifyRequest({ headers });
      expect(result).toBeInstanceOf(GuardError);
      expect((result as GuardError).code).toBe("AUTH_UNAUTHENTICATED");
    }
    // A cookie value outside the cookie grammar is no cookie at all, as Gatehouse reads it: anonymous.
    expect(await guard.verifyRequest({ headers: { cookie: "backend_session=\u0000" } })).toMatchObject({
      kind: "anonymous",
    });
    // The real token through the same function: a user.
    expect(await guard.verifyRequest({ headers: new Headers(bearer(viewerToken)) })).toMatchObject({
      kind: "user",
      userId: t.viewer.userId,
    });
    guard.close();
  });
});
