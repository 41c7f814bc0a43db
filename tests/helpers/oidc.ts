// A local OpenID provider on 127.0.0.1: serves a JWKS over HTTP and signs ID tokens; its key can rotate mid-test.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

export interface LocalOidc {
  issuer: string;
  jwksUrl: string;
  /** How many times the JWKS was fetched. */
  fetches(): number;
  idToken(
    claims: Record<string, unknown>,
    /** `jti`: a fresh id unless given; `false` leaves it out (the token is then told apart by its content). */
    options?: { audience?: string; expiresIn?: string; kid?: string; jti?: string | false },
  ): Promise<string>;
  /** Replaces the signing key; the JWKS then publishes only the new one. */
  rotate(): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalOidc(audience: string): Promise<LocalOidc> {
  let key: { kid: string; privateKey: CryptoKey; jwk: JWK };
  let fetches = 0;
  const newKey = async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const kid = `oidc-${crypto.randomUUID().slice(0, 8)}`;
    key = { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
  };
  await newKey();
  const server: Server = createServer((req, res) => {
    if (req.url === "/jwks") {
      fetches++;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [key.jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer: base,
    jwksUrl: `${base}/jwks`,
    fetches: () => fetches,
    async idToken(claims, options = {}) {
      const jti = options.jti ?? crypto.randomUUID();
      return new SignJWT(jti === false ? claims : { jti, ...claims })
        .setProtectedHeader({ alg: "RS256", kid: options.kid ?? key.kid, typ: "JWT" })
        .setIssuer(base)
        .setAudience(options.audience ?? audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? "1h")
        .sign(key.privateKey);
    },
    rotate: newKey,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
