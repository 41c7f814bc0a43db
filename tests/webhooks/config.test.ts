// Webhook configuration: http(s) destinations only, a whsec_ secret required with them, one line naming the
// variable, and never the URL (it may carry a token) or the secret in the message.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.js";

const SECRET = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;

describe("webhook config", () => {
  it("defaults: no destinations, 8 attempts, 5 s timeout, 7 days' retention", () => {
    expect(loadConfig({}).webhooks).toEqual({
      urls: [],
      secret: undefined,
      maxAttempts: 8,
      timeoutMs: 5_000,
      retentionMs: 7 * 86_400_000,
    });
    const c = loadConfig({
      WEBHOOK_URLS: "https://a.example/h, http://10.0.0.2:8080/in",
      WEBHOOK_SECRET: SECRET,
    });
    expect(c.webhooks.urls).toEqual(["https://a.example/h", "http://10.0.0.2:8080/in"]);
  });

  it.each([
    [{ WEBHOOK_URLS: "ftp://a.example/h", WEBHOOK_SECRET: SECRET }, "WEBHOOK_URLS"],
    [{ WEBHOOK_URLS: "file:///etc/passwd", WEBHOOK_SECRET: SECRET }, "WEBHOOK_URLS"],
    [{ WEBHOOK_URLS: "not a url", WEBHOOK_SECRET: SECRET }, "WEBHOOK_URLS"],
    [{ WEBHOOK_URLS: "https://a.example/h,https://a.example/h", WEBHOOK_SECRET: SECRET }, "WEBHOOK_URLS"],
    [{ WEBHOOK_URLS: "https://a.example/h?token=hunter2-token" }, "WEBHOOK_SECRET"],
    [{ WEBHOOK_URLS: "https://a.example/h", WEBHOOK_SECRET: "hunter2-not-whsec" }, "WEBHOOK_SECRET"],
    [{ WEBHOOK_URLS: "https://a.example/h", WEBHOOK_SECRET: "whsec_short" }, "WEBHOOK_SECRET"],
    [{ WEBHOOK_MAX_ATTEMPTS: "0" }, "WEBHOOK_MAX_ATTEMPTS"],
    [{ WEBHOOK_TIMEOUT_MS: "999999" }, "WEBHOOK_TIMEOUT_MS"],
  ])("%o is refused with one line naming %s, echoing neither URL nor secret", (env, name) => {
    let message = "";
    try {
      loadConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(new RegExp(`^config: ${name} `));
    expect(message).not.toContain("\n");
    for (const secret of ["hunter2", "a.example", "passwd"]) expect(message).not.toContain(secret);
  });
});
