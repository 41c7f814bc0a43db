// The reference page in a real browser (Debian's headless Chromium driven by playwright-core):
// it renders every contract operation under its strict CSP, and "Try it out" works against the
// server it is served from — sign-up sets the session cookie and GET /user/me then answers 200 —
// whichever loopback name the page is opened under: the server prints http://127.0.0.1:PORT while
// PUBLIC_URL defaults to http://localhost:PORT, and the page's CSP allows only its own origin.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, webhooks } from "../helpers/contract.js";
import { freePort, listen, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`docs browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!haveChromium)("reference page in Chromium", () => {
  let gh: TestGatehouse;
  let socket: Awaited<ReturnType<typeof listen>>;
  let browser: Browser;
  let page: Page;
  let port: number;
  const problems: string[] = [];

  beforeAll(async () => {
    port = await freePort();
    // As `npm start` runs it: PUBLIC_URL left at its default, http://localhost:PORT.
    gh = await startTestGatehouse({ env: { HOST: "127.0.0.1", PORT: String(port) } });
    socket = await listen(gh.app, port);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    page = await openPage();
  }, 60_000);

  /** A fresh page with its own cookie jar; CSP violations and script failures are collected. */
  async function openPage(): Promise<Page> {
    const p = await (await browser.newContext()).newPage();
    p.on("console", (m) => {
      if (m.type() === "error") problems.push(`${m.text()} ${m.location().url}`);
    });
    p.on("pageerror", (e) => problems.push(e.message));
    return p;
  }

  afterAll(async () => {
    await browser?.close();
    await socket?.close();
    await gh?.close();
  });

  /** Expands one operation, presses "Try it out", optionally edits the body, executes; returns the live status. */
  async function tryOut(operationId: string, body?: string): Promise<string> {
    const block = page.locator(`#operations-Ops-${operationId}, [id$="-${operationId}"]`).first();
    await block.locator(".opblock-summary").first().click();
    await block.getByRole("button", { name: "Try it out" }).click();
    if (body !== undefined) await block.locator("textarea.body-param__text").fill(body);
    await block.getByRole("button", { name: "Execute" }).click();
    const status = block.locator(".live-responses-table .response .response-col_status").first();
    await status.waitFor({ timeout: 15_000 });
    return (await status.innerText()).trim();
  }

  it("renders every contract operation with no script or CSP error", async () => {
    const res = await page.goto(`${socket.url}/docs`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.locator(".opblock").first().waitFor({ timeout: 20_000 });
    // Swagger UI renders OpenAPI 3.1 `webhooks` as operations too (in their own section).
    expect(await page.locator(".opblock").count()).toBe(operations.length + webhooks.length);
    await expect(page.locator(".info .title").innerText()).resolves.toContain("Gatehouse");
    await mkdir(".tmp", { recursive: true });
    await page.screenshot({ path: ".tmp/docs.png" });
    expect(problems).toEqual([]);
  }, 60_000);

  it("lists operations by their summaries, session core first and deprecated areas last", async () => {
    const summaries = await page.locator(".opblock-summary-description").allInnerTexts();
    expect(summaries.length).toBe(operations.length + webhooks.length);
    expect(summaries.filter((s) => s.trim() === "")).toEqual([]);
    const tags = await page
      .locator("h3.opblock-tag")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-tag")));
    expect(tags).toEqual([
      "User",
      "Account",
      "SSO",
      "Tenants",
      "Ops",
      "Legacy APIv1",
      "Admin",
      "Service",
      "Webhooks",
      "User identity (deprecated)",
      "SuperTokens (deprecated)",
      "Identity (deprecated)",
    ]);
    // Secured operations show Swagger UI's lock.
    expect(await page.locator('[id$="-UserOperations_getMe"] .authorization__btn').count()).toBe(1);
  }, 60_000);

  for (const host of ["127.0.0.1", "localhost"]) {
    it(`Try it out from http://${host}:PORT/docs: sign-up sets the session cookie, GET /user/me answers`, async () => {
      page = await openPage();
      const res = await page.goto(`http://${host}:${port}/docs`);
      expect(res?.status()).toBe(200);
      await page.locator(".opblock").first().waitFor({ timeout: 20_000 });
      await signUpAndReadMe();
    }, 60_000);
  }

  async function signUpAndReadMe() {
    const email = `docs.${Date.now()}@example.com`;
    const signUp = JSON.stringify({ email, password: "correct horse battery staple", name: "Ada" });
    expect(await tryOut("UserOperations_signUp", signUp)).toBe("201");
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toContain("backend_session");
    expect(await tryOut("UserOperations_getMe")).toBe("200");
    const shown = await page
      .locator('[id$="-UserOperations_getMe"] .live-responses-table .response-col_description pre')
      .first()
      .innerText();
    expect(shown).toContain(email);
    expect(problems).toEqual([]);
  }
});
