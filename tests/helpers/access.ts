// A local Cloudflare Access team on 127.0.0.1: serves its JWKS over HTTP and signs Access JWTs; its key can rotate mid-test.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

export const ACCESS_AUDIENCE = "gatehouse-admin-aud-0123456789";
export const ADMIN_EMAIL = "ops@example.com";
export const ADMIN_GROUP = "gatehouse-operators";

interface Key {
  kid: string;
  alg: "RS256" | "ES256";
  privateKey: CryptoKey;
  jwk: JWK;
}

export interface AccessTokenOptions {
  audience?: string;
  issuer?: string;
  /** Seconds from now (negative: already expired). Default 300. */
  expiresIn?: number;
  /** Seconds from now the token becomes valid. */
  notBefore?: number;
  alg?: "RS256" | "ES256";
  /** Sign with a key the JWKS does not publish (another team's), under this kid. */
  foreignKid?: string;
}

export interface LocalAccess {
  issuer: string;
  jwksUrl: string;
  /** The kid of the current RS256 key. */
  kid(): string;
  fetches(): number;
  token(claims?: Record<string, unknown>, options?: AccessTokenOptions): Promise<string>;
  /** Replaces the keys; the JWKS then publishes only the new ones. */
  rotate(): Promise<void>;
  /** The environment a Gatehouse trusting this team needs. */
  env(extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

async function newKey(alg: "RS256" | "ES256"): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const kid = `access-${alg}-${crypto.randomUUID().slice(0, 8)}`;
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: "sig" } };
}

export async function startLocalAccess(): Promise<LocalAccess> {
  let keys: Record<"RS256" | "ES256", Key> = { RS256: await newKey("RS256"), ES256: await newKey("ES256") };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    if (req.url === "/cdn-cgi/access/certs") {
      fetches++;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [keys.RS256.jwk, keys.ES256.jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer: base,
    jwksUrl: `${base}/cdn-cgi/access/certs`,
    kid: () => keys.RS256.kid,
    fetches: () => fetches,
    async token(claims = { email: ADMIN_EMAIL }, o = {}) {
      const alg = o.alg ?? "RS256";
      const signer = o.foreignKid ? { ...(await newKey(alg)), kid: o.foreignKid } : keys[alg];
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({ type: "app", ...claims })
        .setProtectedHeader({ alg, kid: signer.kid, typ: "JWT" })
        .setIssuer(o.issuer ?? base)
        .setAudience(o.audience ?? ACCESS_AUDIENCE)
        .setSubject(crypto.randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + (o.expiresIn ?? 300));
      if (o.notBefore !== undefined) jwt.setNotBefore(now + o.notBefore);
      return jwt.sign(signer.privateKey);
    },
    async rotate() {
      keys = { RS256: await newKey("RS256"), ES256: await newKey("ES256") };
    },
    env: (extra = {}) => ({
      ADMIN_ACCESS_JWKS_URL: `${base}/cdn-cgi/access/certs`,
      ADMIN_ACCESS_AUDIENCE: ACCESS_AUDIENCE,
      ADMIN_ACCESS_ISSUER: base,
      ADMIN_ACCESS_ALLOWED_EMAILS: ADMIN_EMAIL,
      ADMIN_ACCESS_ALLOWED_GROUPS: ADMIN_GROUP,
      ADMIN_ACCESS_JWKS_COOLDOWN_SECONDS: "0",
      ...extra,
    }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** An unsigned token (`alg: none`) with these claims. */
export function unsignedToken(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part(header)}.${part(payload)}.`;
}
