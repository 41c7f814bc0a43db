// PostgreSQL going away under a running instance (a restart, a network fault): requests answer 503
// with Retry-After in the contract's shape instead of 500, and everything — the pool and the LISTEN
// connection that carries revocations — comes back by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../server/store/db.js";
import { assertConforms } from "./helpers/contract.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "./helpers/gatehouse.js";
import {
  errorCode,
  eventually,
  json,
  PASSWORD,
  signUpToken,
  uniqueEmail,
  withSession,
} from "./helpers/http.js";
import { startTcpProxy, type TcpProxy } from "./helpers/tcp-proxy.js";

describe.skipIf(!PG_URL)("database outage", () => {
  let a: TestGatehouse;
  let b: TestGatehouse;
  let storeB: Store;
  let proxy: TcpProxy;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const pg = await postgresStore();
    drop = pg.drop;
    const target = new URL(pg.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(pg.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    // A talks to PostgreSQL directly; B only through the proxy, with its revocation poll off.
    storeB = await openStore({ databaseUrl: viaProxy.toString() });
    a = await startTestGatehouse({ store: pg.store });
    b = await startTestGatehouse({ store: storeB, revocationPollMs: 60_000 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await storeB?.close();
    await proxy?.close();
    await drop?.();
  });

  it("answers 503 SERVICE_UNAVAILABLE with Retry-After while the database is unreachable, then recovers", async () => {
    const s = await signUpToken(a.fetch, BASE_URL);
    // (Not /user/me: B would keep the user's view, and answer it from memory during the outage.)
    expect((await b.fetch(`${BASE_URL}/user/sessions`, withSession(s.accessToken))).status).toBe(200);
    // A SuperTokens-profile session too: the FDI routes answer in their own shape.
    const st = await a.fetch(
      `${BASE_URL}/auth/signup`,
      json(
        {
          formFields: [
            { id: "email", value: uniqueEmail("st") },
            { id: "password", value: PASSWORD },
          ],
        },
        { rid: "emailpassword", "st-auth-mode": "header" },
      ),
    );
    const stAccess = st.headers.get("st-access-token") ?? "";
    expect(stAccess).not.toBe("");
    await proxy.stop();
    const fdiUrl = `${BASE_URL}/auth/user/email/verify`;
    const fdi = await b.fetch(fdiUrl, {
      headers: { authorization: `Bearer ${stAccess}`, rid: "emailverification" },
    });
    expect(fdi.status).toBe(503);
    expect(await fdi.clone().json()).toEqual({
      message: "The service is temporarily unavailable; try again shortly.",
    });
    await assertConforms("GET", fdiUrl, fdi);
    for (const path of ["/user/me", "/user/sessions"]) {
      const url = `${BASE_URL}${path}`;
      const res = await b.fetch(url, withSession(s.accessToken));
      expect(res.status, path).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await errorCode(res.clone())).toBe("SERVICE_UNAVAILABLE");
      await assertConforms("GET", url, res);
    }
    expect((await b.fetch(`${BASE_URL}/ready`)).status).toBe(503);
    expect(b.logs.join("\n")).toMatch(/dependency unavailable/);
    await proxy.start();
    await eventually(
      async () => (await b.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken))).status === 200,
      10_000,
      100,
    );
  });

  it("the LISTEN connection is re-established after a drop: revocations reach B again without polling", async () => {
    proxy.dropConnections();
    await eventually(async () => {
      const s = await signUpToken(a.fetch, BASE_URL);
      await a.fetch(`${BASE_URL}/user/signout`, withSession(s.accessToken, { method: "POST" }));
      await new Promise((r) => setTimeout(r, 300));
      const res = await b.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken));
      return res.status === 401 && (await errorCode(res)) === "AUTH_SESSION_REVOKED";
    }, 10_000);
  });
});
