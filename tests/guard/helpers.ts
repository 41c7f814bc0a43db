// Guard test helpers: a real Gatehouse on 127.0.0.1 (JWKS over HTTP), a planning tenant with one user per role, the example service.
import { createGuard, type Guard, type GuardOptions } from "@gatehouse/guard";
import type { HonoGuardOptions } from "@gatehouse/guard/hono";
import { SignJWT } from "jose";
import { createService } from "../../examples/guard-service/src/app.js";
import { addMembership } from "../../server/store/memberships.js";
import {
  freePort,
  listen,
  startTestGatehouse,
  type TestGatehouse,
  type TestOptions,
} from "../helpers/gatehouse.js";
import { type Person, signUp } from "../tenancy/helpers.js";

/** The secret Gatehouse accepts from this service (SERVICE_AUTH_SECRETS). */
export const SERVICE_SECRET = "guard-test-service-secret-0123456789abcdef";
/** The secret the example service accepts from its own callers (another service). */
export const CALLER_SECRET = "guard-test-caller-secret-0123456789abcdefgh";

export interface LiveGatehouse {
  gh: TestGatehouse;
  /** Its real URL (PUBLIC_URL and issuer). */
  url: string;
  close(): Promise<void>;
}

/** A Gatehouse listening on 127.0.0.1 whose PUBLIC_URL is where it listens, so discovery goes over real HTTP. */
export async function liveGatehouse(
  options: Omit<TestOptions, "env"> & { env?: Record<string, string> } = {},
) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const gh = await startTestGatehouse({
    ...options,
    env: { PUBLIC_URL: url, SERVICE_AUTH_SECRETS: SERVICE_SECRET, ...options.env },
  });
  const server = await listen(gh.app, port);
  return {
    gh,
    url,
    async close() {
      await server.close();
      await gh.close();
    },
  } satisfies LiveGatehouse;
}

export interface RoleTenant {
  tenantId: string;
  admin: Person;
  orchestrator: Person;
  analyst: Person;
  viewer: Person;
  /** A member of the default tenant only. */
  outsider: Person;
}

/** A planning-preset tenant with a user in each role, each switched into it; and an outsider. */
export async function roleTenant(gh: TestGatehouse): Promise<RoleTenant> {
  const admin = await signUp(gh);
  const tenantId = (
    await gh.deps.tenants.create(admin.userId, {
      name: "Guarded Co",
      slug: `guarded-${crypto.randomUUID().slice(0, 8)}`,
      preset: "planning",
    })
  ).id;
  const member = async (role: string) => {
    const p = await signUp(gh);
    await addMembership(gh.deps.store.db, { userId: p.userId, tenantId, roles: [role] }, gh.clock.now());
    return p;
  };
  const [orchestrator, analyst, viewer] = [
    await member("s&op_orchestrator"),
    await member("analyst"),
    await member("viewer"),
  ];
  for (const p of [admin, orchestrator, analyst, viewer]) {
    const switched = await p.client.switchTenant(tenantId);
    if (switched.response.status !== 200) throw new Error(`switch failed: ${switched.response.status}`);
  }
  return { tenantId, admin, orchestrator, analyst, viewer, outsider: await signUp(gh) };
}

export interface Service {
  url: string;
  guard: Guard;
  warnings: string[];
  close(): Promise<void>;
}

/** The example service, on its own socket, guarded against `live` (its clock is Gatehouse's manual clock). */
export async function startService(
  live: LiveGatehouse,
  options: Partial<GuardOptions> = {},
  adapter: HonoGuardOptions = {},
): Promise<Service> {
  const warnings: string[] = [];
  const guard = createGuard({
    url: live.url,
    serviceSecret: SERVICE_SECRET,
    acceptServiceSecrets: [CALLER_SECRET],
    now: () => live.gh.clock.now().getTime(),
    env: {},
    logger: {
      warn: (m, f) => void warnings.push(`${m} ${JSON.stringify(f ?? {})}`),
      error: (m, f) => void warnings.push(`${m} ${JSON.stringify(f ?? {})}`),
    },
    ...options,
  });
  const server = await listen(createService(guard, adapter));
  return {
    url: server.url,
    guard,
    warnings,
    async close() {
      guard.close();
      await server.close();
    },
  };
}

/** A token signed with Gatehouse's real current signing key: only the claims or header are wrong. */
export async function signWithRealKey(
  gh: TestGatehouse,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const { kid, alg, key } = gh.deps.keys.signingKey();
  return new SignJWT(payload).setProtectedHeader({ alg, kid, typ: "JWT", ...header }).sign(key);
}

/** Valid claims for `gh`, overridable. */
export function claimsFor(gh: TestGatehouse, over: Record<string, unknown> = {}): Record<string, unknown> {
  const iat = Math.floor(gh.clock.now().getTime() / 1000);
  return {
    sub: crypto.randomUUID(),
    sid: crypto.randomUUID(),
    tid: "default",
    roles: ["member"],
    perms: ["tenant:read"],
    ev: true,
    iss: gh.config.issuer,
    aud: gh.config.audience,
    iat,
    exp: iat + 600,
    jti: crypto.randomUUID(),
    ...over,
  };
}

/** GET/POST on the service with these headers; the parsed body and status. */
export async function call(
  service: Service,
  path: string,
  headers: Record<string, string> = {},
  method = path.startsWith("/forecasts") || path.includes("/approve") || path.startsWith("/internal")
    ? "POST"
    : "GET",
) {
  const res = await fetch(`${service.url}${path}`, { method, headers });
  const body = (await res.json()) as Record<string, unknown> & {
    error?: { code: string; message: string; requestId: string; missingPermissions?: string[] };
  };
  return { status: res.status, body, headers: res.headers };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
