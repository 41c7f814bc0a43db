// API keys (`gh_sk_…`): asked of Gatehouse (POST /service/api-keys/introspect), answers cached briefly by the key's hash.
import { GuardError } from "../errors.js";
import type { AuthContext } from "../types.js";
import { sha256Hex } from "./constant-time.js";
import { Lru } from "./lru.js";

export interface ApiKeyCheckerOptions {
  url: string;
  serviceSecret: string;
  fetch: typeof fetch;
  now: () => number;
  /** How long an answer is trusted: a revoked key keeps working here at most this long. */
  cacheTtlMs: number;
  cacheMax: number;
}

interface Introspection {
  keyId: string;
  userId: string;
  tenantId: string;
  roles: string[];
  permissions: string[];
  emailVerified: boolean;
}

const strings = (a: unknown): a is string[] => Array.isArray(a) && a.every((s) => typeof s === "string");

function isIntrospection(b: unknown): b is Introspection {
  const o = b as Partial<Introspection> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    typeof o.keyId === "string" &&
    typeof o.userId === "string" &&
    typeof o.tenantId === "string" &&
    strings(o.roles) &&
    strings(o.permissions) &&
    typeof o.emailVerified === "boolean"
  );
}

// An unknown key is remembered for less time than a known one, so a key created a moment ago works soon.
const NEGATIVE_TTL_MS = 5_000;

export function apiKeyChecker(o: ApiKeyCheckerOptions): (key: string) => Promise<AuthContext> {
  const cache = new Lru<AuthContext | null>(o.cacheMax);
  const inflight = new Map<string, Promise<AuthContext | null>>();

  const ask = async (key: string): Promise<AuthContext | null> => {
    let res: Response;
    try {
      res = await o.fetch(`${o.url}/service/api-keys/introspect`, {
        method: "POST",
        headers: {
          "x-service-auth": o.serviceSecret,
          "content-type": "application/json",
          accept: "application/json",
        },
        body: JSON.stringify({ apiKey: key }),
        redirect: "error",
        signal: AbortSignal.timeout(5_000),
      });
    } catch (cause) {
      throw new GuardError("SERVICE_UNAVAILABLE", { reason: "upstream", cause });
    }
    if (res.status === 404) return null;
    const body: unknown = res.ok ? await res.json().catch(() => undefined) : undefined;
    if (!isIntrospection(body)) throw new GuardError("SERVICE_UNAVAILABLE", { reason: "upstream" });
    return Object.freeze({
      kind: "apiKey" as const,
      userId: body.userId,
      sessionId: null,
      tenantId: body.tenantId,
      roles: Object.freeze([...body.roles]),
      perms: Object.freeze([...body.permissions]),
      emailVerified: body.emailVerified,
      apiKeyId: body.keyId,
    });
  };

  return async (key) => {
    const id = await sha256Hex(key);
    const now = o.now();
    let found = cache.get(id, now);
    if (found === undefined) {
      let pending = inflight.get(id);
      if (!pending) {
        pending = ask(key).finally(() => inflight.delete(id));
        inflight.set(id, pending);
      }
      found = await pending;
      cache.set(id, found, now + (found ? o.cacheTtlMs : NEGATIVE_TTL_MS));
    }
    if (!found) throw new GuardError("AUTH_UNAUTHENTICATED", { reason: "unknown_api_key" });
    return found;
  };
}
