// AdminAccessAuth (Cloudflare Access JWT), ServiceAuth (shared secrets) and SuperAdminAuth on /admin/*: what each accepts and refuses.
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACCESS_AUDIENCE,
  ADMIN_EMAIL,
  ADMIN_GROUP,
  type LocalAccess,
  startLocalAccess,
  unsignedToken,
} from "../helpers/access.js";
import type { Exchange } from "../helpers/contract.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { signUpToken } from "../helpers/http.js";
import { headerClient, makeSuperAdmin } from "./helpers.js";

const SECRET_A = "service-secret-A-0123456789abcdefghijklmnop";
const SECRET_B = "service-secret-B-0123456789abcdefghijklmnop";

let gh: TestGatehouse;
let access: LocalAccess;
const seen: Exchange[] = [];

beforeAll(async () => {
  access = await startLocalAccess();
  gh = await startTestGatehouse({
    env: { ...access.env(), SERVICE_AUTH_SECRETS: `${SECRET_A},${SECRET_B}` },
  });
});
afterAll(async () => {
  await gh.close();
  await access.close();
});

/** An SDK client sending exactly these headers (no session of its own). */
const client = (headers: Record<string, string>) => headerClient(gh, headers, seen);

async function listUsers(headers: Record<string, string>) {
  const { response, error } = await client(headers).GET("/admin/users", { params: { query: { limit: 1 } } });
  return { status: response.status, code: error?.error.code, auth: response.headers.get("www-authenticate") };
}

const asAccess = (token: string) => ({ "cf-access-jwt-assertion": token });

describe("AdminAccessAuth: Cf-Access-Jwt-Assertion", () => {
  it("a valid Access JWT of an allowed email (RS256 or ES256) is let in", async () => {
    expect((await listUsers(asAccess(await access.token()))).status).toBe(200);
    expect((await listUsers(asAccess(await access.token(undefined, { alg: "ES256" })))).status).toBe(200);
    // Emails compare case-insensitively.
    expect((await listUsers(asAccess(await access.token({ email: "OPS@Example.com" })))).status).toBe(200);
  });

  it("an allowed group lets in an email that is not on the list", async () => {
    const token = await access.token({ email: "someone@example.com", groups: ["other", ADMIN_GROUP] });
    expect((await listUsers(asAccess(token))).status).toBe(200);
  });

  it.each([
    ["missing header", async () => ({}), 401, "AUTH_UNAUTHENTICATED"],
    ["empty header", async () => asAccess(""), 401, "AUTH_UNAUTHENTICATED"],
    ["garbage", async () => asAccess("not.a.jwt"), 401, "AUTH_UNAUTHENTICATED"],
    [
      "wrong audience",
      async () => asAccess(await access.token(undefined, { audience: "another-app" })),
      401,
      "AUTH_UNAUTHENTICATED",
    ],
    [
      "wrong issuer",
      async () => asAccess(await access.token(undefined, { issuer: "https://other.cloudflareaccess.com" })),
      401,
      "AUTH_UNAUTHENTICATED",
    ],
    [
      "expired (beyond the clock skew)",
      async () => asAccess(await access.token(undefined, { expiresIn: -120 })),
      401,
      "AUTH_UNAUTHENTICATED",
    ],
    [
      "not yet valid (nbf beyond the skew)",
      async () => asAccess(await access.token(undefined, { notBefore: 600, expiresIn: 900 })),
      401,
      "AUTH_UNAUTHENTICATED",
    ],
    [
      "another team's key presenting the real kid",
      async () => asAccess(await access.token(undefined, { foreignKid: access.kid() })),
      401,
      "AUTH_UNAUTHENTICATED",
    ],
    [
      "alg none",
      async () => {
        const now = Math.floor(Date.now() / 1000);
        return asAccess(
          unsignedToken(
            { alg: "none", kid: access.kid(), typ: "JWT" },
            { iss: access.issuer, aud: ACCESS_AUDIENCE, email: ADMIN_EMAIL, iat: now, exp: now + 300 },
          ),
        );
      },
      401,
      "AUTH_UNAUTHENTICATED",
    ],
    [
      "HS256 (a key anyone could know)",
      async () =>
        asAccess(
          await new SignJWT({ email: ADMIN_EMAIL })
            .setProtectedHeader({ alg: "HS256", kid: access.kid() })
            .setIssuer(access.issuer)
            .setAudience(ACCESS_AUDIENCE)
            .setIssuedAt()
            .setExpirationTime("5m")
            .sign(new TextEncoder().encode(ACCESS_AUDIENCE.repeat(2))),
        ),
      401,
      "AUTH_UNAUTHENTICATED",
    ],
    [
      "email not allowed",
      async () => asAccess(await access.token({ email: "intruder@example.com" })),
      403,
      "AUTH_INSUFFICIENT_PERMISSIONS",
    ],
    [
      "no email and no allowed group",
      async () => asAccess(await access.token({ groups: ["other"] })),
      403,
      "AUTH_INSUFFICIENT_PERMISSIONS",
    ],
  ] as const)("%s → %s %s", async (_name, headers, status, code) => {
    const res = await listUsers(await headers());
    expect(res.status).toBe(status);
    expect(res.code).toBe(code);
  });

  it("a rotated team key is picked up without a restart (the JWKS is fetched again for an unknown kid)", async () => {
    expect((await listUsers(asAccess(await access.token()))).status).toBe(200);
    const before = access.fetches();
    const oldToken = await access.token();
    await access.rotate();
    expect((await listUsers(asAccess(await access.token()))).status).toBe(200);
    expect(access.fetches()).toBeGreaterThan(before);
    // The old key left the JWKS: once the cache holds the new set, tokens it signed are refused.
    expect((await listUsers(asAccess(oldToken))).status).toBe(401);
  });
});

describe("ServiceAuth: X-Service-Auth", () => {
  const asService = (secret: string, more: Record<string, string> = {}) => ({
    "x-service-auth": secret,
    ...more,
  });

  it("either configured secret is accepted (rotation: two valid at once)", async () => {
    expect((await listUsers(asService(SECRET_A))).status).toBe(200);
    expect((await listUsers(asService(SECRET_B))).status).toBe(200);
  });

  it.each([
    ["wrong", "a-wrong-secret-that-is-long-enough-0123456789"],
    ["one character off", `${SECRET_A.slice(0, -1)}q`],
    ["a prefix", SECRET_A.slice(0, 20)],
    ["longer", `${SECRET_A}x`],
    ["both secrets joined", `${SECRET_A},${SECRET_B}`],
  ])("%s → 401", async (_name, secret) => {
    const res = await listUsers(asService(secret));
    expect(res.status).toBe(401);
    expect(res.code).toBe("AUTH_UNAUTHENTICATED");
  });

  it("an empty secret is no secret", async () => {
    const res = await gh.fetch(`${BASE_URL}/admin/users`, { headers: { "x-service-auth": "" } });
    expect(res.status).toBe(401);
  });

  it("a request carrying a service secret and a user credential is refused, whichever is valid", async () => {
    const user = await signUpToken(gh.fetch, BASE_URL);
    await makeSuperAdmin(gh, user.userId);
    const bearer = { authorization: `Bearer ${user.accessToken}` };
    // Each alone works…
    expect((await listUsers(bearer)).status).toBe(200);
    expect((await listUsers(asService(SECRET_A))).status).toBe(200);
    // …together, never.
    for (const headers of [
      asService(SECRET_A, bearer),
      asService(SECRET_A, { cookie: `backend_session=${user.accessToken}` }),
      asService(SECRET_A, asAccess(await access.token())),
      asService("wrong-secret-wrong-secret-wrong-secret", bearer),
      asService("wrong-secret-wrong-secret-wrong-secret", asAccess(await access.token())),
    ]) {
      const res = await listUsers(headers);
      expect(res.status).toBe(401);
      expect(res.code).toBe("AUTH_UNAUTHENTICATED");
    }
  });

  it("the secret is never written to the log", async () => {
    await listUsers(asService(SECRET_A));
    await listUsers(asService(`${SECRET_A}x`));
    expect(gh.logs.join("\n")).not.toContain(SECRET_A.slice(0, 24));
  });
});

describe("SuperAdminAuth: a super-admin's own session", () => {
  it("a session of a user who is not a super-admin is 403; taking the flag away takes effect at once", async () => {
    const user = await signUpToken(gh.fetch, BASE_URL);
    const bearer = { authorization: `Bearer ${user.accessToken}` };
    expect(await listUsers(bearer)).toMatchObject({ status: 403, code: "AUTH_INSUFFICIENT_PERMISSIONS" });
    const service = client({ "x-service-auth": SECRET_A });
    const path = { params: { path: { userId: user.userId } } };
    expect((await service.PUT("/admin/users/{userId}/super-admin", path)).response.status).toBe(200);
    expect((await listUsers(bearer)).status).toBe(200);
    expect((await service.DELETE("/admin/users/{userId}/super-admin", path)).response.status).toBe(200);
    expect((await listUsers(bearer)).status).toBe(403);
  });

  it("as a cookie it is not accepted on /admin/* (no ambient credential reaches the admin routes)", async () => {
    const user = await signUpToken(gh.fetch, BASE_URL);
    await makeSuperAdmin(gh, user.userId);
    expect((await listUsers({ cookie: `backend_session=${user.accessToken}` })).status).toBe(401);
  });

  it("every response above conformed to the contract", () => {
    expect(seen.length).toBeGreaterThan(20);
  });
});
