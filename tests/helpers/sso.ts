// One SSO test setup: a Gatehouse (PGlite or PostgreSQL) trusting two local OIDC providers, and SDK clients
// that each come from their own source address.
import { createHash } from "node:crypto";
import { createGatehouseClient, type GatehouseClient } from "../../sdk/src/index.js";
import type { Store } from "../../server/store/db.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
  type TestOptions,
} from "./gatehouse.js";
import { type LocalOidc, startLocalOidc } from "./oidc.js";

export const AUDIENCE = "gatehouse-sso-test";
export const NONCED_AUDIENCE = "gatehouse-sso-nonced";

export const SSO_BACKENDS: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) SSO_BACKENDS.push(["PostgreSQL", async () => postgresStore()]);

export interface SsoHarness {
  gh: TestGatehouse;
  /** Provider `acme` (nonce "none") and, with audience NONCED_AUDIENCE, provider `nonced` (nonce "raw"). */
  oidc: LocalOidc;
  /** Provider `apple` (sha256 nonces). */
  apple: LocalOidc;
  client(): GatehouseClient;
  /** Signs in at `acme` with a fresh token carrying these claims. */
  sso(c: GatehouseClient, claims: Record<string, unknown>): ReturnType<GatehouseClient["signInWithIdToken"]>;
  close(): Promise<void>;
}

// Each client gets its own source address (behind one trusted proxy), so the per-address sign-up limit
// that SSO shares never decides a test here.
let addresses = 0;
const nextAddress = () => {
  addresses++;
  return `10.77.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};

export const sha256hex = (s: string) => createHash("sha256").update(s).digest("hex");

/** `options`: more of the Gatehouse's settings (e.g. webhook destinations), beside the providers'. */
export async function startSsoHarness(
  store: Store | undefined,
  options: Omit<TestOptions, "store"> = {},
): Promise<SsoHarness> {
  const oidc = await startLocalOidc(AUDIENCE);
  const apple = await startLocalOidc("com.example.app");
  const gh = await startTestGatehouse({
    ...options,
    ...(store ? { store } : {}),
    env: {
      ...options.env,
      OTP_TEST_MODE: "true",
      TRUST_PROXY: "1",
      SSO_JWKS_COOLDOWN_SECONDS: "0",
      SSO_APPLE_CLIENT_ID: "com.example.app",
      SSO_OIDC_PROVIDERS: JSON.stringify([
        { id: "acme", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: AUDIENCE, nonce: "none" },
        // The default nonce mode ("raw"): the token must carry the nonce the client sends.
        { id: "nonced", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: NONCED_AUDIENCE },
        // Apple's built-in settings, pointed at the local provider: sha256 nonces.
        {
          id: "apple",
          issuer: apple.issuer,
          jwksUrl: apple.jwksUrl,
          audience: "com.example.app",
          nonce: "sha256",
        },
      ]),
    },
  });
  const client = () =>
    createGatehouseClient({
      baseUrl: BASE_URL,
      mode: "token",
      fetch: (r) => gh.fetch(r),
      headers: { "x-forwarded-for": nextAddress() },
    });
  return {
    gh,
    oidc,
    apple,
    client,
    sso: (c, claims) => oidc.idToken(claims).then((idToken) => c.signInWithIdToken("acme", { idToken })),
    async close() {
      await gh.close();
      await oidc.close();
      await apple.close();
    },
  };
}

/**
 * Someone signs in at `acme` through their own identity with `email`, which the provider does not vouch for
 * (a pre-account takeover attempt, or an owner whose provider does not verify addresses).
 */
export async function squat(h: SsoHarness, email: string) {
  const client = h.client();
  const sub = `squatter-${crypto.randomUUID()}`;
  const res = await h.sso(client, { sub, email, email_verified: false });
  if (res.response.status !== 200 || !res.data || res.data.user.emailVerified)
    throw new Error(`unvouched SSO sign-in: ${res.response.status}`);
  const { user, session, tokens } = res.data;
  return { client, sub, userId: user.id, sessionId: session.id, accessToken: tokens?.accessToken ?? "" };
}
