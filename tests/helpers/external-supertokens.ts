// A stand-in for an external SuperTokens core on 127.0.0.1: publishes a JWKS and signs access tokens.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from "jose";

export interface ExternalSuperTokens {
  issuer: string;
  jwksUrl: string;
  /** The env that makes Gatehouse accept this core's tokens. */
  env: Record<string, string>;
  /** An access token for `sub`; times are seconds from `now` (pass the test clock's time). */
  accessToken(
    sub: string,
    options?: { now?: Date; expiresIn?: number; claims?: Record<string, unknown>; issuer?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startExternalSuperTokens(
  issuer = "https://st.example.com/auth",
): Promise<ExternalSuperTokens> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "st-external-1", alg: "RS256", use: "sig" };
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  return {
    issuer,
    jwksUrl,
    env: { SUPERTOKENS_JWKS_URL: jwksUrl, SUPERTOKENS_JWT_ISSUER: issuer },
    accessToken: (sub, options = {}) => {
      const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
      return new SignJWT({ sessionHandle: `ext-${crypto.randomUUID()}`, ...options.claims })
        .setProtectedHeader({ alg: "RS256", kid: "st-external-1", typ: "JWT" })
        .setSubject(sub)
        .setIssuer(options.issuer ?? issuer)
        .setIssuedAt(iat)
        .setExpirationTime(iat + (options.expiresIn ?? 600))
        .sign(privateKey as CryptoKey);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
