// The password-guessing policy keeps brute force out without handing attackers a switch that locks the owner out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourceKey } from "../../server/services/source-key.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

const ATTACKER = "192.0.2.66";
const OWNER = "198.51.100.20";

describe("sign-in lockout policy (ASVS V6.1.1, V6.3.1)", () => {
  let gh: TestGatehouse;
  beforeAll(async () => {
    gh = await startTestGatehouse({ env: { TRUST_PROXY: "1", OTP_TEST_MODE: "true" } });
  });
  afterAll(async () => {
    await gh?.close();
  });

  const signIn = (email: string, password: string, ip: string) =>
    gh.fetch(`${BASE_URL}/user/signin`, json({ email, password }, { "x-forwarded-for": ip }));
  const account = async () => {
    const email = uniqueEmail("lock");
    return { email, ...(await signUpToken(gh.fetch, BASE_URL, email)) };
  };

  it("blocks the attacker's source after 5 wrong passwords, while the owner signs in from another source", async () => {
    const { email } = await account();
    const attempts = await Promise.all(
      Array.from({ length: 40 }, () => signIn(email, "wrong password", ATTACKER)),
    );
    expect(attempts.filter((r) => r.status === 401)).toHaveLength(5);
    expect(attempts.filter((r) => r.status === 429)).toHaveLength(35);
    // Even the right password is refused from the attacker's source ...
    expect((await signIn(email, PASSWORD, ATTACKER)).status).toBe(429);
    // ... but the owner, elsewhere, is not locked out.
    expect((await signIn(email, PASSWORD, OWNER)).status).toBe(200);
  });

  it("refused attempts do not spend the account-wide budget: 150 more from a blocked source leave the owner unaffected", async () => {
    const { email } = await account();
    const ip = "192.0.2.67";
    for (let i = 0; i < 5; i++) expect((await signIn(email, "wrong password", ip)).status).toBe(401);
    const refused = await Promise.all(Array.from({ length: 150 }, () => signIn(email, "guess", ip)));
    expect(refused.every((r) => r.status === 429)).toBe(true);
    expect((await signIn(email, PASSWORD, "198.51.100.21")).status).toBe(200);
  });

  it("re-authentication and sign-in share one account's budget per source", async () => {
    const { email, accessToken } = await account();
    const ip = "192.0.2.68";
    for (let i = 0; i < 5; i++) {
      const res = await gh.fetch(
        `${BASE_URL}/user/password/change`,
        withSession(
          accessToken,
          json(
            { currentPassword: "wrong", newPassword: "another long passphrase" },
            { "x-forwarded-for": ip },
          ),
        ),
      );
      expect(res.status).toBe(401);
    }
    expect((await signIn(email, PASSWORD, ip)).status).toBe(429);
    expect((await signIn(email, PASSWORD, "198.51.100.22")).status).toBe(200);
  });

  it("counts an IPv6 /64 as one source (rotating addresses inside it does not help)", async () => {
    const { email } = await account();
    for (let i = 1; i <= 5; i++) {
      expect((await signIn(email, "wrong password", `2001:db8:1:2::${i}`)).status).toBe(401);
    }
    expect((await signIn(email, PASSWORD, "2001:db8:1:2:ffff:ffff:ffff:1")).status).toBe(429);
    expect((await signIn(email, PASSWORD, "2001:db8:1:3::1")).status).toBe(200);
  });

  it("a completed password reset lifts the owner's own block", async () => {
    const { email } = await account();
    for (let i = 0; i < 5; i++) expect((await signIn(email, "forgotten", OWNER)).status).toBe(401);
    expect((await signIn(email, PASSWORD, OWNER)).status).toBe(429);
    const requested = await gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email }));
    const { testToken } = (await requested.json()) as { testToken: string };
    const confirmed = await gh.fetch(
      `${BASE_URL}/user/password/reset/confirm`,
      json({ token: testToken, newPassword: "remembered at last" }, { "x-forwarded-for": OWNER }),
    );
    expect(confirmed.status).toBe(204);
    expect((await signIn(email, "remembered at last", OWNER)).status).toBe(200);
  });
});

describe("sourceKey", () => {
  it("groups IPv6 per /64, unmaps IPv4-mapped addresses and keeps anything else as given", () => {
    expect(sourceKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(sourceKey("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(sourceKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(sourceKey("::")).toBe("0:0:0:0::/64");
    expect(sourceKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(sourceKey("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(sourceKey("192.0.2.1")).toBe("192.0.2.1");
    expect(sourceKey("unknown")).toBe("unknown");
  });
});
