// The `gatehouse` CLI on the account: sessions list/revoke, tenants list/switch, api-keys create/list/revoke.
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newTenant } from "../tenancy/helpers.js";
import { cli, credentialsFile, jsonOf, logIn, me, profiles, SLOW, servedSuite } from "./helpers.js";

const s = servedSuite();

describe("sessions, tenants, api-keys", { timeout: SLOW }, () => {
  it("sessions list marks this session; revoke ends another one at once, and revoking this one logs out here", async () => {
    const { person, home } = await logIn(s);
    const list = jsonOf<{ sessions: { id: string; current: boolean; userAgent: string | null }[] }>(
      await cli(["sessions", "list", "--json"], { home, url: s.url }),
    );
    expect(list.sessions).toHaveLength(2);
    const mine = list.sessions.find((x) => x.current);
    const theirs = list.sessions.find((x) => !x.current);
    if (!mine || !theirs) throw new Error("expected a current and another session");
    // The CLI's own session is named as the CLI in the list a user reads to spot a stranger's device.
    expect(mine.userAgent).toMatch(/^gatehouse-cli\/\d+\.\d+\.\d+ \(/);
    const human = await cli(["sessions"], { home, url: s.url });
    expect(human.stdout).toContain(theirs.id);

    const revoke = await cli(["sessions", "revoke", theirs.id, "--json"], { home, url: s.url });
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(jsonOf(revoke)).toEqual({ revoked: theirs.id, current: false });
    expect((await person.client.GET("/user/me")).response.status).toBe(401);

    for (const odd of ["../../admin/users", "x".repeat(300), "%00"]) {
      const r = await cli(["sessions", "revoke", odd], { home, url: s.url });
      expect(r.code, odd).toBe(1);
      expect(r.stderr, odd).toMatch(/VALIDATION_FAILED|NOT_FOUND/);
    }
    const notFound = await cli(["sessions", "revoke", crypto.randomUUID()], { home, url: s.url });
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toContain("NOT_FOUND");

    // Logging out of a session revoked elsewhere: not an error, nothing left behind.
    const stale = JSON.stringify(profiles(home));
    const self = await cli(["sessions", "revoke", mine.id], { home, url: s.url });
    expect(self.code, self.stderr).toBe(0);
    expect(profiles(home)[s.url]).toBeUndefined();
    writeFileSync(credentialsFile(home), JSON.stringify({ version: 1, profiles: JSON.parse(stale) }), {
      mode: 0o600,
    });
    const out = await cli(["logout", "--json"], { home, url: s.url });
    expect(out.code, out.stderr).toBe(0);
    expect(jsonOf(out)).toEqual({ url: s.url, loggedOut: true, revoked: false });
    expect(out.stderr).toContain("already ended");
    expect(profiles(home)[s.url]).toBeUndefined();
    expect((await cli(["whoami"], { home, url: s.url })).code).toBe(3);
  });

  it("tenants list shows the active one; switch by slug moves the session (new roles), an unknown tenant is refused", async () => {
    const { person, home } = await logIn(s);
    const tenant = await newTenant(s.gh, person);
    const list = jsonOf<{ activeTenantId: string; tenants: { id: string; slug: string; roles: string[] }[] }>(
      await cli(["tenants", "list", "--json"], { home, url: s.url }),
    );
    expect(list.activeTenantId).toBe("default");
    expect(list.tenants.map((t) => t.id).sort()).toEqual(["default", tenant.id].sort());
    expect(list.tenants.find((t) => t.id === tenant.id)?.roles).toEqual(["admin"]);

    const before = profiles(home)[s.url]?.accessToken ?? "";
    const sw = await cli(["tenants", "switch", tenant.slug, "--json"], { home, url: s.url });
    expect(sw.code, sw.stderr).toBe(0);
    expect(jsonOf(sw)).toMatchObject({ tenant: { id: tenant.id, slug: tenant.slug }, roles: ["admin"] });
    // The new pair is on disk; the old access token stopped working.
    expect(profiles(home)[s.url]?.accessToken).not.toBe(before);
    expect((await me(s.url, before)).status).toBe(401);
    const who = jsonOf<{ user: { tenantId: string; roles: string[] } }>(
      await cli(["whoami", "--json"], { home, url: s.url }),
    );
    expect(who.user).toMatchObject({ tenantId: tenant.id, roles: ["admin"] });
    const human = await cli(["tenants"], { home, url: s.url });
    expect(human.stdout).toMatch(new RegExp(`\\*\\s+${tenant.id}`));

    const unknown = await cli(["tenants", "switch", "no-such-tenant"], { home, url: s.url });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("NOT_FOUND");
  });

  it("api-keys: create prints the secret once (only it on stdout), it works as a bearer, list never shows it, revoke stops it", async () => {
    const { person, home } = await logIn(s);
    const created = await cli(["api-keys", "create", "--name", "ci", "--scope", "tenant:read"], {
      home,
      url: s.url,
    });
    expect(created.code, created.stderr).toBe(0);
    const key = created.stdout.trimEnd();
    expect(key).toMatch(/^gh_sk_[A-Za-z0-9_-]+$/);
    expect(created.stderr).toContain("not shown again");
    const res = await me(s.url, key);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(person.userId);

    const j = jsonOf<{ id: string; key: string; scopes: string[]; tenantId: string }>(
      await cli(["api-keys", "create", "--name", "json", "--json"], { home, url: s.url }),
    );
    expect(j).toMatchObject({ key: expect.stringMatching(/^gh_sk_/), scopes: [], tenantId: "default" });

    const listed = await cli(["api-keys", "list", "--json"], { home, url: s.url });
    const { apiKeys } = jsonOf<{ apiKeys: { id: string; name: string; preview: string }[] }>(listed);
    expect(apiKeys.map((k) => k.name).sort()).toEqual(["ci", "json"]);
    expect(listed.stdout).not.toContain(key);
    expect(listed.stdout).not.toContain(j.key);
    const human = await cli(["api-keys"], { home, url: s.url });
    expect(human.stdout).toContain(`…${key.slice(-4)}`);
    expect(human.stdout).not.toContain(key);

    const ci = apiKeys.find((k) => k.name === "ci");
    const revoked = await cli(["api-keys", "revoke", ci?.id ?? ""], { home, url: s.url });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await me(s.url, key)).status).toBe(401);
    const after = jsonOf<{ apiKeys: { id: string; revokedAt: string | null }[] }>(
      await cli(["api-keys", "list", "--json"], { home, url: s.url }),
    );
    expect(after.apiKeys.find((k) => k.id === ci?.id)?.revokedAt).toEqual(expect.any(String));

    const tooMuch = await cli(["api-keys", "create", "--name", "x", "--scope", "members:manage"], {
      home,
      url: s.url,
    });
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.stderr).toContain("API_KEY_SCOPE_EXCEEDED");
    expect(tooMuch.stdout).toBe("");
    const badName = await cli(["api-keys", "create", "--name", "a\u0007b"], { home, url: s.url });
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain("VALIDATION_FAILED");
    const long = await cli(["api-keys", "create", "--name", "n".repeat(300)], { home, url: s.url });
    expect(long.code).toBe(1);
    expect(long.stderr).toContain("VALIDATION_FAILED");
    const badDate = await cli(["api-keys", "create", "--name", "x", "--expires-at", "soon"], {
      home,
      url: s.url,
    });
    expect(badDate.code).toBe(2);
  });
});
