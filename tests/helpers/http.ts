// Small raw-HTTP helpers for tests that look at cookies and headers below the SDK.
export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

export interface TokenSession {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  userId: string;
}

let n = 0;
export const uniqueEmail = (prefix = "user") => `${prefix}.${Date.now().toString(36)}.${++n}@example.com`;
export const PASSWORD = "correct horse battery staple";

/** Signs up in token mode and returns the tokens. */
export async function signUpToken(
  f: typeof fetch,
  base: string,
  email = uniqueEmail(),
): Promise<TokenSession> {
  const res = await f(`${base}/user/signup`, json({ email, password: PASSWORD }, { "x-auth-mode": "token" }));
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as {
    user: { id: string };
    session: { id: string };
    tokens: { accessToken: string; refreshToken: string };
  };
  return { ...body.tokens, sessionId: body.session.id, userId: body.user.id };
}

export const withSession = (accessToken: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), cookie: `backend_session=${accessToken}` },
});

export async function refreshToken(f: typeof fetch, base: string, token: string) {
  return f(`${base}/user/session/refresh`, json({ refreshToken: token }, { "x-auth-mode": "token" }));
}

export async function errorCode(res: Response): Promise<string | undefined> {
  const body = (await res.json()) as { error?: { code?: string } };
  return body.error?.code;
}

/** Ask for the session's tokens in the response body. */
export const TOKEN_MODE = { "x-auth-mode": "token" } as const;

/** A JWT's payload (not verified: for asserting what the server put in it). */
export const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString());

/** The `kid` in a JWT's header. */
export const kidOf = (jwt: string): string =>
  JSON.parse(Buffer.from(jwt.split(".")[0] ?? "", "base64url").toString()).kid;

/** Polls `check` until it holds; returns the milliseconds it took, or throws after `timeoutMs`. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 5_000,
  intervalMs = 25,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
