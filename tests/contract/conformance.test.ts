// The SDK drives the real server through every contract operation, in-process and over a socket;
// every response is validated against generated/openapi.json, and an operation without a case fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership } from "../../server/store/memberships.js";
import { type LocalBilling, startLocalBilling } from "../helpers/billing.js";
import { conformingFetch, type Exchange, operations } from "../helpers/contract.js";
import { BASE_URL, listen, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { type LocalOidc, startLocalOidc } from "../helpers/oidc.js";
import { CONFORMANCE_SERVICE_SECRET, mirrorScenarios, type ScenarioEnv, scenarios } from "./scenarios.js";

let gh: TestGatehouse;
let socket: Awaited<ReturnType<typeof listen>>;
let oidc: LocalOidc;
let billing: LocalBilling;
const seen: Exchange[] = [];

beforeAll(async () => {
  oidc = await startLocalOidc("gatehouse-conformance");
  billing = await startLocalBilling();
  gh = await startTestGatehouse({
    env: {
      OTP_TEST_MODE: "true",
      SERVICE_AUTH_SECRETS: CONFORMANCE_SERVICE_SECRET,
      BILLING_BASE_URL: billing.url,
      BILLING_API_KEY: billing.apiKey,
      SSO_OIDC_PROVIDERS: JSON.stringify([
        // No nonce: the FDI sign-in-up body (a scenario here) has no field to carry one.
        {
          id: "local",
          issuer: oidc.issuer,
          jwksUrl: oidc.jwksUrl,
          audience: "gatehouse-conformance",
          nonce: "none",
        },
      ]),
    },
  });
  socket = await listen(gh.app);
});
afterAll(async () => {
  await socket.close();
  await gh.close();
  await oidc.close();
  await billing.close();
});

const extras = () => ({
  sso: { provider: "local", idToken: (claims: Record<string, unknown>) => oidc.idToken(claims) },
  v1Token: (userId: string) => gh.deps.legacyTokens.issue(userId, "conformance"),
  // Invitations are not in the contract yet: a member joins through the store.
  addMember: async (tenantId: string, userId: string, roles: string[]) => {
    await addMembership(gh.deps.store.db, { userId, tenantId, roles }, gh.clock.now());
  },
});

const transports: Array<[string, () => ScenarioEnv]> = [
  [
    "in-process (app.fetch)",
    () => ({ baseUrl: BASE_URL, fetch: conformingFetch(gh.fetch, seen), real: true, ...extras() }),
  ],
  [
    "over a socket",
    () => ({
      baseUrl: socket.url,
      fetch: conformingFetch((r, i) => fetch(r, i), seen),
      real: true,
      ...extras(),
    }),
  ],
];

describe.each(transports)("conformance %s", (_name, env) => {
  for (const scenario of [...scenarios, ...mirrorScenarios]) {
    it(scenario.name, () => scenario.run(env()));
  }
});

describe("coverage", () => {
  it("every contract operation has a scenario and was answered with a declared success", () => {
    const claimed = new Set([...scenarios, ...mirrorScenarios].flatMap((s) => s.operations));
    const succeeded = new Set(seen.filter((e) => e.status < 300).map((e) => e.operationId));
    // A WebSocket operation's success is a 101 no fetch can ask for: tests/realtime/ opens it with a real
    // WebSocket client and checks its refusals and frames against the contract.
    for (const op of operations.filter((o) => !o.websocket)) {
      expect(claimed, `no scenario claims ${op.id}`).toContain(op.id);
      expect(succeeded, `${op.id} was never answered with a success`).toContain(op.id);
    }
  });
});
