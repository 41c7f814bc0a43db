// The issuer's metadata from `/.well-known/openid-configuration`, fetched once (again after a failure), and its JWKS.
import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from "jose";

/** Asymmetric algorithms Gatehouse can sign with; `none` and the HMAC family are never accepted. */
export const ASYMMETRIC = [
  "ES256",
  "ES384",
  "ES512",
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "EdDSA",
];

/** Gatehouse could not be reached, or answered with a failure. */
export class UpstreamError extends Error {
  override readonly name = "UpstreamError";
}

export interface Issuer {
  issuer: string;
  algorithms: string[];
  keys: JWTVerifyGetKey;
}

export interface DiscoveryOptions {
  url: string;
  /** The `iss` tokens must carry; by default the one the discovery document names. */
  issuer: string | undefined;
  algorithms: readonly string[];
  fetch: typeof fetch;
  jwksCooldownMs: number;
  jwksCacheMaxAgeMs: number;
}

/** Single-flight discovery: concurrent first requests share one fetch; a failed one is retried by the next request. */
export function discovery(o: DiscoveryOptions): () => Promise<Issuer> {
  let pending: Promise<Issuer> | undefined;
  const load = async (): Promise<Issuer> => {
    const res = await o.fetch(`${o.url}/.well-known/openid-configuration`, {
      headers: { accept: "application/json" },
      redirect: "error",
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) throw new Error(`discovery answered ${res.status}`);
    const doc = (await res.json()) as {
      issuer?: unknown;
      jwks_uri?: unknown;
      id_token_signing_alg_values_supported?: unknown;
    };
    if (typeof doc.issuer !== "string" || typeof doc.jwks_uri !== "string")
      throw new Error("discovery document lacks issuer or jwks_uri");
    if (o.issuer !== undefined && doc.issuer !== o.issuer) throw new Error("discovery names another issuer");
    const jwksUrl = new URL(doc.jwks_uri);
    if (jwksUrl.protocol !== "https:" && jwksUrl.protocol !== "http:")
      throw new Error("jwks_uri is not http(s)");
    const published = Array.isArray(doc.id_token_signing_alg_values_supported)
      ? doc.id_token_signing_alg_values_supported.filter((a): a is string => typeof a === "string")
      : o.algorithms;
    const algorithms = o.algorithms.filter((a) => published.includes(a));
    if (algorithms.length === 0) throw new Error("the issuer signs with no allowed algorithm");
    const keys = createRemoteJWKSet(jwksUrl, {
      cooldownDuration: o.jwksCooldownMs,
      cacheMaxAge: o.jwksCacheMaxAgeMs,
      timeoutDuration: 5_000,
      // Gatehouse unreachable or failing is a 503 at the guard, not a refused token: tag it for access-token.ts.
      [customFetch]: async (url, init) => {
        const res = await o.fetch(url, init).catch((cause: unknown) => {
          throw new UpstreamError("JWKS fetch failed", { cause });
        });
        if (!res.ok) throw new UpstreamError(`JWKS answered ${res.status}`);
        return res;
      },
    });
    return { issuer: doc.issuer, algorithms, keys };
  };
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}
