// Admin and service configuration: validated at start in one line naming the variable; secrets never echoed.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.js";

const ACCESS = {
  ADMIN_ACCESS_JWKS_URL: "https://team.cloudflareaccess.com/cdn-cgi/access/certs",
  ADMIN_ACCESS_AUDIENCE: "aud-tag",
  ADMIN_ACCESS_ISSUER: "https://team.cloudflareaccess.com",
  ADMIN_ACCESS_ALLOWED_EMAILS: "Ops@Example.com, sre@example.com",
};

const line = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  return undefined;
};

describe("admin and service configuration", () => {
  it("is off by default: no Access, no service secrets, no super-admins", () => {
    const config = loadConfig({});
    expect(config.adminAccess).toBeUndefined();
    expect(config.serviceAuthSecrets).toEqual([]);
    expect(config.superAdminEmails).toEqual([]);
  });

  it("reads Cloudflare Access settings, lists trimmed and emails lower-cased", () => {
    const config = loadConfig({
      ...ACCESS,
      ADMIN_ACCESS_ALLOWED_GROUPS: "ops, sre",
      SUPER_ADMIN_EMAILS: "Boss@Example.com",
    });
    expect(config.adminAccess).toMatchObject({
      audience: ["aud-tag"],
      allowedEmails: ["ops@example.com", "sre@example.com"],
      allowedGroups: ["ops", "sre"],
      groupsClaim: "groups",
    });
    expect(config.superAdminEmails).toEqual(["boss@example.com"]);
  });

  it.each([
    [{ ADMIN_ACCESS_JWKS_URL: ACCESS.ADMIN_ACCESS_JWKS_URL }, /^config: ADMIN_ACCESS_AUDIENCE .*go together/],
    [{ ...ACCESS, ADMIN_ACCESS_ISSUER: "" }, /^config: ADMIN_ACCESS_ISSUER .*go together/],
    [
      { ...ACCESS, ADMIN_ACCESS_ALLOWED_EMAILS: "" },
      /^config: ADMIN_ACCESS_ALLOWED_EMAILS .*nobody would be let in/,
    ],
    [{ ...ACCESS, ADMIN_ACCESS_ALLOWED_EMAILS: "not-an-email" }, /^config: ADMIN_ACCESS_ALLOWED_EMAILS /],
    [{ ...ACCESS, ADMIN_ACCESS_JWKS_URL: "ftp://x" }, /^config: ADMIN_ACCESS_JWKS_URL /],
    [
      { ...ACCESS, NODE_ENV: "production", ADMIN_ACCESS_JWKS_URL: "http://team.example/certs" },
      /^config: ADMIN_ACCESS_JWKS_URL must be https in production/,
    ],
    [{ SUPER_ADMIN_EMAILS: "boss" }, /^config: SUPER_ADMIN_EMAILS /],
  ])("%o → %s", (env, expected) => {
    const message = line(env);
    expect(message).toMatch(expected);
    expect(message?.split("\n")).toHaveLength(1);
  });

  it("service secrets: at least 32 characters each, at most 4, no duplicates; a bad one is never echoed", () => {
    const good = "s".repeat(32);
    expect(loadConfig({ SERVICE_AUTH_SECRETS: `${good}, ${"t".repeat(40)}` }).serviceAuthSecrets).toEqual([
      good,
      "t".repeat(40),
    ]);
    const short = "hunter2-short-secret";
    expect(line({ SERVICE_AUTH_SECRETS: `${good},${short}` })).toMatch(
      /^config: SERVICE_AUTH_SECRETS each secret must be at least 32 characters \(got \d+ characters\)$/,
    );
    expect(line({ SERVICE_AUTH_SECRETS: `${good},${short}` })).not.toContain("hunter2");
    expect(line({ SERVICE_AUTH_SECRETS: `${good},${good}` })).toMatch(/lists one secret twice/);
    expect(
      line({ SERVICE_AUTH_SECRETS: Array.from({ length: 5 }, (_, i) => `${i}${good}`).join(",") }),
    ).toMatch(/at most 4 secrets/);
    expect(line({ SERVICE_AUTH_SECRETS: `${good},${good}` })).not.toContain(good);
  });
});
