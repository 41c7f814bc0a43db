// Acceptance against /auth/{tenantId}/…: supertokens-web-js 0.16 (unmodified) with its Multitenancy recipe naming a Gatehouse tenant.
import SuperTokens from "supertokens-web-js";
import EmailPassword from "supertokens-web-js/recipe/emailpassword/index.js";
import Multitenancy from "supertokens-web-js/recipe/multitenancy/index.js";
import Session from "supertokens-web-js/recipe/session/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import { simulatedBrowser } from "../helpers/supertokens-browser.js";

let gh: TestGatehouse;
let server: Awaited<ReturnType<typeof listen>>;
const paths: string[] = [];
let tenantName = "public";

const { windowHandler, cookieHandler } = simulatedBrowser();

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
      // The tenant the frontend signs in to: a Gatehouse tenant's slug (or id); `public` is the default tenant.
      Multitenancy.init({ override: { functions: (o) => ({ ...o, getTenantId: async () => tenantName }) } }),
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
const form = (email: string, password = PASSWORD) => [
  { id: "email", value: email },
  { id: "password", value: password },
];

describe("supertokens-web-js 0.16 against /auth/{tenantId}/…", () => {
  it("an open tenant by slug: sign-up joins it, the token's tenant is it, refresh and sign-out work", async () => {
    const owner = await gh.deps.accounts.signUp({ email: uniqueEmail("owner"), password: PASSWORD });
    const tenant = await gh.deps.tenants.create(owner.user.id, {
      name: "Acme",
      slug: `st-${crypto.randomUUID().slice(0, 8)}`,
      preset: "planning",
      registrationPolicy: "open",
    });
    tenantName = tenant.slug;
    const email = uniqueEmail("webjs-tenant");
    const up = await EmailPassword.signUp({ formFields: form(email) });
    expect(up.status).toBe("OK");
    // The user object names the tenant the account joined, as /auth/{tenantId} does (an id, not `public`).
    expect(up.status === "OK" && up.user.tenantIds).toEqual([tenant.id]);
    expect(paths).toContain(`POST /auth/${tenant.slug}/signup`);
    const payload = await Session.getAccessTokenPayloadSecurely();
    expect(payload.tId ?? payload.tid).toBe(tenant.id);
    const me = await appFetch("/me");
    expect(me.status).toBe(200);
    gh.clock.advance(16 * 60_000);
    expect((await appFetch("/me")).status).toBe(200);
    await Session.signOut();
    expect(await Session.doesSessionExist()).toBe(false);

    // Sign in into it again; into an invite-only tenant the account is no member of, like a wrong password.
    expect((await EmailPassword.signIn({ formFields: form(email) })).status).toBe("OK");
    await Session.signOut();
    const closed = await gh.deps.tenants.create(owner.user.id, {
      name: "Closed",
      slug: `st-${crypto.randomUUID().slice(0, 8)}`,
      preset: "planning",
      registrationPolicy: "invite",
    });
    tenantName = closed.id;
    expect((await EmailPassword.signIn({ formFields: form(email) })).status).toBe("WRONG_CREDENTIALS_ERROR");
    // web-js throws GENERAL_ERROR as an STGeneralError carrying the message.
    await expect(EmailPassword.signUp({ formFields: form(uniqueEmail("webjs-closed")) })).rejects.toThrow(
      "Sign-up is not allowed in this tenant.",
    );
    tenantName = "public";
  });
});
