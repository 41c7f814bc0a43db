// The reference page in a real browser (Debian's headless Chromium driven by playwright-core):
// it renders every contract operation under its strict CSP, and "Try it out" works against the
// server it is served from — sign-up sets the session cookie and GET /user/me then answers 200.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "../helpers/contract.js";
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
  const problems: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    gh = await startTestGatehouse({ env: { PUBLIC_URL: `http://127.0.0.1:${port}` } });
    socket = await listen(gh.app, port);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    page = await browser.newPage();
    // CSP violations and script failures surface as console errors or page errors.
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${m.text()} ${m.location().url}`);
    });
    page.on("pageerror", (e) => problems.push(e.message));
  }, 60_000);

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
    expect(await page.locator(".opblock").count()).toBe(operations.length);
    await expect(page.locator(".info .title").innerText()).resolves.toContain("Gatehouse");
    await mkdir(".tmp", { recursive: true });
    await page.screenshot({ path: ".tmp/docs.png" });
    expect(problems).toEqual([]);
  }, 60_000);

  it("Try it out: sign-up sets the session cookie, and GET /user/me answers with it", async () => {
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
  }, 60_000);
});
