// Shared by the ASVS L1 tests: instances, accounts, cookies, tokens, and the contract, README and sources as data.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  BASE_URL,
  startTestGatehouse,
  type TestGatehouse,
  type TestOptions,
} from "../../helpers/gatehouse.js";
import { json, PASSWORD, uniqueEmail } from "../../helpers/http.js";

export type { TestGatehouse };
export { BASE_URL, PASSWORD, uniqueEmail };

export const ROOT = new URL("../../../", import.meta.url).pathname;
export const HTTPS_URL = "https://id.example.com";
export const APP_ORIGIN = "https://app.example.com";
export const EVIL_ORIGIN = "https://evil.example";
/** Starting an instance (PGlite, migrations, a signing key) can take tens of seconds on a loaded CI machine. */
export const STARTUP_MS = 180_000;

/**
 * A Gatehouse behind one trusted proxy, so that every test account can come from its own address:
 * the per-address limits (sign-ups, guesses) then never couple one test to another.
 */
export function start(env: Record<string, string> = {}, options: TestOptions = {}): Promise<TestGatehouse> {
  return startTestGatehouse({ ...options, env: { TRUST_PROXY: "1", CORS_ORIGINS: APP_ORIGIN, ...env } });
}

let addresses = 0;
/** A documentation-range address (TEST-NET-2) not used before in this process. */
export const freshIp = () => {
  addresses++;
  return `198.51.${100 + Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};

export interface Account {
  email: string;
  password: string;
  userId: string;
  sessionId: string;
  access: string;
  refresh: string;
}

export interface SignUpOptions {
  email?: string;
  password?: string;
  name?: string;
  base?: string;
}

/** Signs up in token mode from a fresh address; throws unless the account was created. */
export async function signUp(gh: TestGatehouse, o: SignUpOptions = {}): Promise<Account> {
  const email = o.email ?? uniqueEmail("asvs");
  const password = o.password ?? PASSWORD;
  const body = { email, password, ...(o.name !== undefined ? { name: o.name } : {}) };
  const res = await gh.fetch(
    `${o.base ?? BASE_URL}/user/signup`,
    json(body, { "x-auth-mode": "token", "x-forwarded-for": freshIp() }),
  );
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const b = (await res.json()) as {
    user: { id: string };
    session: { id: string };
    tokens: { accessToken: string; refreshToken: string };
  };
  return {
    email,
    password,
    userId: b.user.id,
    sessionId: b.session.id,
    access: b.tokens.accessToken,
    refresh: b.tokens.refreshToken,
  };
}

export interface SignInOptions {
  ip?: string;
  base?: string;
  /** Extra request headers (a cookie the browser still holds, an Origin). */
  headers?: Record<string, string>;
  mode?: "token" | "cookie";
}

export function signIn(gh: TestGatehouse, email: string, password: string, o: SignInOptions = {}) {
  const headers: Record<string, string> = { "x-forwarded-for": o.ip ?? freshIp(), ...o.headers };
  if ((o.mode ?? "token") === "token") headers["x-auth-mode"] = "token";
  return gh.fetch(`${o.base ?? BASE_URL}/user/signin`, json({ email, password }, headers));
}

/** Request init carrying the access token as the `backend_session` cookie. */
export const withCookie = (access: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), cookie: `backend_session=${access}` },
});

export const me = (gh: TestGatehouse, access: string, base = BASE_URL) =>
  gh.fetch(`${base}/user/me`, withCookie(access));

export const refresh = (gh: TestGatehouse, token: string, base = BASE_URL) =>
  gh.fetch(`${base}/user/session/refresh`, json({ refreshToken: token }, { "x-auth-mode": "token" }));

export async function errorCode(res: Response): Promise<string | undefined> {
  const body = (await res.json()) as { error?: { code?: string } };
  return body.error?.code;
}

/** The Set-Cookie line for `name`, matched by its exact name. */
export const setCookie = (res: Response, name: string) =>
  res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));

/** A cookie's value from its Set-Cookie line. */
export const cookieValue = (line: string | undefined) => line?.split(";")[0]?.split("=").slice(1).join("=");

/** Attribute names of a Set-Cookie line, lower-cased (`path=/user/session` → key `path`). */
export function cookieAttributes(line: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const part of line.split(";").slice(1)) {
    const [k, ...v] = part.trim().split("=");
    if (k) attrs.set(k.toLowerCase(), v.join("="));
  }
  return attrs;
}

/** The JWT's header and payload, decoded without verification. */
export function decodeJwt(jwt: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h, p] = jwt.split(".");
  const part = (s: string | undefined) => JSON.parse(Buffer.from(s ?? "", "base64url").toString("utf8"));
  return { header: part(h), claims: part(p) };
}

// --- the contract, the README and the sources, as data ---------------------------------------------------

type Json = Record<string, unknown>;

export interface ContractOperation {
  id: string;
  method: string;
  path: string;
  deprecated: boolean;
  security: Array<Record<string, string[]>>;
  requestBody?: { content: Record<string, { schema: Json }> };
  parameters: Json[];
}

export const contract = JSON.parse(readFileSync(join(ROOT, "generated/openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; parameters?: Record<string, Json>; securitySchemes: Json };
};

export const operations: ContractOperation[] = Object.entries(contract.paths).flatMap(([path, item]) =>
  ["get", "put", "post", "delete", "patch"]
    .filter((m) => item[m])
    .map((method) => {
      const op = item[method] as Json;
      return {
        id: op.operationId as string,
        method: method.toUpperCase(),
        path,
        deprecated: op.deprecated === true,
        security: (op.security as ContractOperation["security"]) ?? [],
        ...(op.requestBody ? { requestBody: op.requestBody as ContractOperation["requestBody"] } : {}),
        parameters: ((op.parameters as Json[]) ?? []).map((p) =>
          typeof p.$ref === "string"
            ? (contract.components.parameters?.[p.$ref.split("/").pop() ?? ""] ?? p)
            : p,
        ),
      };
    }),
);

/** Anonymous callers may use it: no security, or `{}` among the alternatives. */
export const anonymousAllowed = (op: ContractOperation) =>
  op.security.length === 0 || op.security.some((r) => Object.keys(r).length === 0);

/** A schema with its `$ref` resolved. */
export const resolve = (s: Json | undefined): Json | undefined =>
  s && typeof s.$ref === "string" ? contract.components.schemas[s.$ref.split("/").pop() ?? ""] : s;

export const readme = () => readFileSync(join(ROOT, "README.md"), "utf8");

/** README's "Security notes" section, split into its bullets. */
export function securityBullets(): string[] {
  const text = readme();
  const start = text.indexOf("## Security notes");
  const end = text.indexOf("\n## ", start + 1);
  return text
    .slice(start, end === -1 ? undefined : end)
    .split(/\n(?=- )/)
    .slice(1);
}

/** Every file under `dir` (relative to the repository) whose name matches, as [path, text]. */
export function sources(dir: string, name = /\.(ts|mjs|js)$/): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (name.test(e.name)) out.push([relative(ROOT, p), readFileSync(p, "utf8")]);
    }
  };
  walk(join(ROOT, dir));
  return out;
}
