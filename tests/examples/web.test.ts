// The browser example (examples/web) in headless Chromium against a real Gatehouse, through its dev server:
// sign-up, profile edit, two devices, "sign out this device", and the SDK's transparent refresh once the
// access token has expired (the server's clock is moved, the browser's is not). UPDATE_SCREENSHOTS=1 writes
// the README's screenshot, docs/images/web-example.png; other runs write it under .tmp/.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../examples/web/dev.mjs";
import { listen, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`web example test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const SCREENSHOT = process.env.UPDATE_SCREENSHOTS ? "docs/images/web-example.png" : ".tmp/web-example.png";
const PASSWORD = "correct horse battery staple";
// The second device, so the sessions table tells the two apart.
const PHONE_UA = "Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0";
// Chromium logs every non-2xx fetch as a console error; these 401s are the page working as designed
// (signed out, a wrong password, an expired access token before the refresh, a revoked device).
const EXPECTED_401 = /^Failed to load resource: the server responded with a status of 401/;

let gh: TestGatehouse;
let api: Awaited<ReturnType<typeof listen>>;
let web: DevServer;

beforeAll(async () => {
  gh = await startTestGatehouse();
  api = await listen(gh.app);
  web = await startDevServer({ gatehouseUrl: api.url, port: 0 });
}, 60_000);

afterAll(async () => {
  await web?.close();
  await api?.close();
  await gh?.close();
});

describe.skipIf(!haveChromium)("web example in Chromium", () => {
  let browser: Browser;
  const problems: string[] = [];
  const refreshes: number[] = [];
  // Each run has its own in-memory database.
  const email = "ada@example.com";

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A device: its own cookie jar; console errors, page errors and CSP violations are collected. */
  async function device(userAgent?: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1180, height: 600 },
      ...(userAgent ? { userAgent } : {}),
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" && !EXPECTED_401.test(m.text()))
        problems.push(`${m.text()} ${m.location().url}`);
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("response", (r) => {
      if (new URL(r.url()).pathname === "/user/session/refresh") refreshes.push(r.status());
    });
    return { context, page };
  }

  async function open(page: Page): Promise<void> {
    const res = await page.goto(web.url);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.locator("#signed-in:not([hidden]), #signed-out:not([hidden])").waitFor();
  }

  async function signIn(page: Page, password = PASSWORD): Promise<void> {
    await page.fill("#sign-in-form [name=email]", email);
    await page.fill("#sign-in-form [name=password]", password);
    await page.click("#sign-in-form button");
  }

  const rows = (page: Page) => page.locator("#session-rows tr");

  it("signs up, edits the profile, signs out another device, and refreshes an expired token unseen", async () => {
    const laptop = await device();
    const a = laptop.page;
    await open(a);
    await expect(a.locator("#signed-out").isVisible()).resolves.toBe(true);
    expect(await a.locator("#notice").isHidden()).toBe(true);

    // Sign up: the profile shows the account, the sessions table this browser.
    await a.fill("#sign-up-form [name=name]", "Ada");
    await a.fill("#sign-up-form [name=email]", email);
    await a.fill("#sign-up-form [name=password]", PASSWORD);
    await a.click("#sign-up-form button");
    await a.locator("#signed-in").waitFor();
    await expect.poll(() => a.locator("#profile-email").innerText()).toBe(email);
    await expect(a.locator("#profile-form [name=name]").inputValue()).resolves.toBe("Ada");
    await expect.poll(() => rows(a).count()).toBe(1);
    await expect.poll(() => rows(a).locator(".badge").innerText()).toBe("this browser");
    const cookies = await laptop.context.cookies();
    expect(cookies.filter((c) => c.httpOnly).map((c) => c.name)).toEqual(
      expect.arrayContaining(["backend_session", "backend_refresh"]),
    );

    // Edit the name and language; they are kept (a reload reads them back from the server).
    await a.fill("#profile-form [name=name]", "Ada Lovelace");
    await a.fill("#profile-form [name=locale]", "en-gb");
    await a.click("#profile-form button");
    await expect.poll(() => a.locator("#notice").innerText()).toBe("Profile saved.");
    await open(a);
    await expect(a.locator("#profile-form [name=name]").inputValue()).resolves.toBe("Ada Lovelace");
    await expect(a.locator("#profile-form [name=locale]").inputValue()).resolves.toBe("en-GB");

    // A second device: a wrong password is said on the form, then it signs in.
    const phone = await device(PHONE_UA);
    const b = phone.page;
    await open(b);
    await signIn(b, "not the password");
    await expect.poll(() => b.locator("#notice.error").innerText()).toContain("AUTH_INVALID_CREDENTIALS");
    await signIn(b);
    await b.locator("#signed-in").waitFor();

    // The laptop lists both, and signs the phone out.
    await a.click("#reload");
    await expect.poll(() => rows(a).count()).toBe(2);
    const other = rows(a).filter({ hasNot: a.locator(".badge") });
    await expect.poll(() => other.locator("td").first().innerText()).toBe("Firefox on Android");
    await other.getByRole("button", { name: "Sign out this device" }).click();
    await expect.poll(() => a.locator("#notice").innerText()).toBe("That device is signed out.");
    await expect.poll(() => rows(a).count()).toBe(1);

    // The phone is signed out: its next call is refused and the page goes back to the forms.
    await b.click("#reload");
    await b.locator("#signed-out").waitFor();
    await expect
      .poll(() => b.locator("#notice").innerText())
      .toBe("This device was signed out. Sign in again.");
    await open(b);
    await expect(b.locator("#signed-out").isVisible()).resolves.toBe(true);
    await signIn(b);
    await b.locator("#signed-in").waitFor();

    // The access token expires (server clock); the laptop keeps working without signing in again.
    expect(refreshes).toEqual([]);
    gh.clock.advance((gh.config.accessTokenTtlSeconds + 120) * 1000);
    await a.click("#reload");
    await expect.poll(() => rows(a).count()).toBe(2);
    await expect.poll(() => refreshes).toEqual([200]);
    expect(await a.locator("#signed-in").isVisible()).toBe(true);
    expect(await a.locator("#notice").innerText()).not.toContain("Sign in");
    // The request log (newest first): the expired call, the refresh, the same call again, then the next one.
    await expect
      .poll(async () => (await a.locator("#activity li").allInnerTexts()).slice(0, 4))
      .toEqual([
        "GET /user/sessions → 200",
        "GET /user/me → 200",
        "POST /user/session/refresh → 200",
        "GET /user/me → 401",
      ]);
    // The README's picture: two devices, and the refresh in the request log.
    await mkdir(SCREENSHOT.replace(/\/[^/]+$/, ""), { recursive: true });
    await a.screenshot({ path: SCREENSHOT, fullPage: true });
    // And after a reload of the page too (the refreshed cookies are the ones the browser keeps).
    await open(a);
    await expect(a.locator("#profile-form [name=name]").inputValue()).resolves.toBe("Ada Lovelace");
    await a.click("#reload");
    await expect.poll(() => rows(a).count()).toBe(2);
    await a.locator("#activity li").nth(1).waitFor();
    expect(refreshes).toEqual([200]);

    // Sign out: back to the forms, and a reload stays signed out.
    await a.click("#sign-out");
    await a.locator("#signed-out").waitFor();
    await open(a);
    await expect(a.locator("#signed-out").isVisible()).resolves.toBe(true);
    expect(await a.locator("#notice").isHidden()).toBe(true);
    expect(problems).toEqual([]);
  }, 90_000);
});

describe("web example's dev server", () => {
  it("serves the page under its CSP and forwards only /user/* (dot segments resolved first)", async () => {
    const page = await fetch(web.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await page.text()).toContain('<script type="module" src="app.js"></script>');
    const script = await fetch(`${web.url}/app.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript");
    expect(await script.text()).toContain("/user/session/refresh");
    expect((await fetch(`${web.url}/health`)).status).toBe(404);
    // fetch would resolve the dot segments itself; send the path as written.
    const raw = await new Promise<number>((resolve, reject) =>
      httpGet(`${web.url}/`, { path: "/user/../health" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on("error", reject),
    );
    expect(raw).toBe(404);
  });

  it("forwards the browser's origin, so Gatehouse's CSRF check still refuses other sites", async () => {
    const signUp = await fetch(`${web.url}/user/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `csrf.${Date.now()}@example.com`, password: PASSWORD }),
    });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const forged = await fetch(`${web.url}/user/signout`, {
      method: "POST",
      headers: { cookie, origin: "http://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe(
      "AUTH_INSUFFICIENT_PERMISSIONS",
    );
    const own = await fetch(`${web.url}/user/me`, { headers: { cookie } });
    expect(own.status).toBe(200);
  });
});
