// Acceptance: the published supertokens-web-js 0.16 (unmodified), driven from Node, against the real server over a socket.
import SuperTokens from "supertokens-web-js";
import EmailPassword from "supertokens-web-js/recipe/emailpassword/index.js";
import Session from "supertokens-web-js/recipe/session/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import { simulatedBrowser } from "../helpers/supertokens-browser.js";

let gh: TestGatehouse;
let server: Awaited<ReturnType<typeof listen>>;
const paths: string[] = [];

const { jar, windowHandler, cookieHandler } = simulatedBrowser();

beforeAll(async () => {
  gh = await startTestGatehouse();
  const app = gh.app;
  server = await listen({
    fetch: (req: Request) => {
      paths.push(`${req.method} ${new URL(req.url).pathname}`);
      return app.fetch(req);
    },
  });
  SuperTokens.init({
    appInfo: { appName: "gatehouse-test", apiDomain: server.url, apiBasePath: "/auth" },
    windowHandler,
    cookieHandler,
    recipeList: [
      EmailPassword.init(),
      Session.init({
        tokenTransferMethod: "header",
        override: { functions: (o) => ({ ...o, addXMLHttpRequestInterceptor: () => {} }) },
      }),
    ],
  });
});

afterAll(async () => {
  await server?.close();
  await gh?.close();
});

// Through the fetch web-js patched: it adds the access token and refreshes on 401.
const appFetch = (path: string, init?: RequestInit) => globalThis.fetch(`${server.url}${path}`, init);
const count = (p: string) => paths.filter((x) => x === p).length;

describe("supertokens-web-js 0.16 against Gatehouse", () => {
  it("signs up, calls a protected route, refreshes after expiry, and signs out", async () => {
    const email = uniqueEmail("webjs");
    const up = await EmailPassword.signUp({
      formFields: [
        { id: "email", value: email },
        { id: "password", value: PASSWORD },
      ],
    });
    expect(up.status).toBe("OK");
    expect(await Session.doesSessionExist()).toBe(true);
    expect(await Session.getUserId()).toMatch(/^[0-9a-f-]{36}$/);

    const me = await appFetch("/me");
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(email);

    // The server's clock moves past the access token's 15 minutes; the browser's does not.
    const refreshesBefore = count("POST /auth/session/refresh");
    gh.clock.advance(16 * 60_000);
    const afterExpiry = await appFetch("/me");
    expect(afterExpiry.status).toBe(200);
    expect(count("POST /auth/session/refresh")).toBe(refreshesBefore + 1);

    await Session.signOut();
    expect(await Session.doesSessionExist()).toBe(false);
    expect((await appFetch("/me")).status).toBe(401);
  });

  it("signs in; a replayed refresh token is detected as theft and ends the session", async () => {
    const email = uniqueEmail("webjs");
    const form = [
      { id: "email", value: email },
      { id: "password", value: PASSWORD },
    ];
    await EmailPassword.signUp({ formFields: form });
    await Session.signOut();
    const wrong = await EmailPassword.signIn({
      formFields: [form[0] ?? { id: "", value: "" }, { id: "password", value: "nope nope" }],
    });
    expect(wrong.status).toBe("WRONG_CREDENTIALS_ERROR");
    const signIn = await EmailPassword.signIn({ formFields: form });
    expect(signIn.status).toBe("OK");
    const stolen = jar.get("st-refresh-token");
    expect(stolen).toBeTruthy();

    gh.clock.advance(16 * 60_000);
    expect((await appFetch("/me")).status).toBe(200); // web-js refreshed, spending `stolen`

    // An attacker replays the spent token after the grace window.
    gh.clock.advance(30_000);
    const replay = await fetch(`${server.url}/auth/session/refresh`, {
      method: "POST",
      headers: { authorization: `Bearer ${stolen}`, rid: "session", "st-auth-mode": "header" },
    });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toEqual({ message: "token theft detected" });

    // The legitimate browser's session is over too.
    const after = await appFetch("/me");
    expect(after.status).toBe(401);
    expect(await Session.doesSessionExist()).toBe(false);
  });

  it("a fresh frontend's token-less refresh is answered 401", async () => {
    const res = await fetch(`${server.url}/auth/session/refresh`, {
      method: "POST",
      headers: { rid: "session" },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: "unauthorised" });
  });
});
