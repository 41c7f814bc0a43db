// The contract's webhooks: OpenAPI 3.1 `webhooks` (moved there from TypeSpec's paths by the build) name every
// domain event Gatehouse emits, with the Standard Webhooks headers; real deliveries match their schemas (ajv).
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { withWebhooks } from "../../scripts/lib/openapi-webhooks.mjs";
import type { components } from "../../sdk/src/schema.js";
import { DOMAIN_EVENT_TYPES, type RevocationCause } from "../../server/services/events.js";
import { contract, errorsText, schemaAt } from "../helpers/contract.js";
import { startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD } from "../helpers/http.js";
import { newWebhookSecret, type Receiver, startReceiver } from "../helpers/webhook-receiver.js";
import { adminOfNewTenant, join, signUp, tokenClient } from "../tenancy/helpers.js";

const bodySchema = (type: string) =>
  schemaAt("webhooks", type, "post", "requestBody", "content", "application/json", "schema");

describe("the contract's webhooks", () => {
  it("declare exactly the emitted event types, with the Standard Webhooks headers, and no served path", () => {
    const webhooks = contract.webhooks as Record<string, { post: { parameters: Array<{ $ref: string }> } }>;
    expect(Object.keys(webhooks).sort()).toEqual([...DOMAIN_EVENT_TYPES].sort());
    expect(Object.keys(contract.paths).filter((p) => p.startsWith("/webhooks"))).toEqual([]);
    for (const [type, item] of Object.entries(webhooks)) {
      const headers = item.post.parameters.map((p) => {
        const name = p.$ref.split("/").pop() as string;
        const { parameters } = contract.components as { parameters: Record<string, unknown> };
        return parameters[name] as { name: string; in: string; required: boolean };
      });
      expect(
        headers.map((h) => [h.name, h.in, h.required]),
        type,
      ).toEqual([
        ["webhook-id", "header", true],
        ["webhook-timestamp", "header", true],
        ["webhook-signature", "header", true],
      ]);
    }
  });

  it("name the same causes of session.revoked as the server (checked by tsc)", () => {
    expectTypeOf<RevocationCause>().toEqualTypeOf<components["schemas"]["Webhooks.RevocationReason"]>();
  });

  it("the build moves marked operations to `webhooks` and refuses a path mixing both kinds", () => {
    const op = { "x-gatehouse-webhook": "user.created", operationId: "x" };
    const moved = withWebhooks({
      openapi: "3.1.0",
      paths: { "/a": { get: {} }, "/w": { post: op } },
      components: {},
    });
    expect(Object.keys(moved)).toEqual(["openapi", "paths", "webhooks", "components"]);
    expect(moved.paths).toEqual({ "/a": { get: {} } });
    expect(moved.webhooks).toEqual({ "user.created": { post: op } });
    expect(() => withWebhooks({ paths: { "/w": { post: op, get: {} } } })).toThrow(/mixes/);
  });
});

describe("delivered bodies match the contract", () => {
  const secret = newWebhookSecret();
  let receiver: Receiver;
  let gh: TestGatehouse;
  beforeAll(async () => {
    receiver = await startReceiver(secret);
    gh = await startTestGatehouse({
      env: { WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: secret },
      webhookRetryMs: 20,
      webhookPollMs: 50,
    });
  });
  afterAll(async () => {
    await gh.close();
    await receiver.close();
  });

  it("every event type, as delivered, validates against its webhook's request body schema", async () => {
    const person = await signUp(gh);
    expect((await person.client.PATCH("/user/me", { body: { locale: "en-GB" } })).response.status).toBe(200);
    const phone = tokenClient(gh);
    expect((await phone.client.signIn({ email: person.email, password: PASSWORD })).response.status).toBe(
      200,
    );
    expect((await phone.client.signOut()).response.status).toBe(204);
    const { admin, tenantId } = await adminOfNewTenant(gh);
    const bob = await join(gh, tenantId, ["viewer"]);
    const member = { params: { path: { tenantId, userId: bob.userId } } };
    expect(
      (
        await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
          ...member,
          body: { roles: ["analyst"] },
        })
      ).response.status,
    ).toBe(200);
    expect((await person.client.DELETE("/user/me", { body: { password: PASSWORD } })).response.status).toBe(
      204,
    );

    await expect
      .poll(() => new Set(receiver.received.map((h) => (JSON.parse(h.body) as { type: string }).type)), {
        timeout: 10_000,
      })
      .toEqual(new Set(DOMAIN_EVENT_TYPES));
    for (const hook of receiver.received) {
      const body = JSON.parse(hook.body) as { type: string };
      const validate = bodySchema(body.type);
      expect(validate(body), `${body.type}: ${errorsText(validate.errors)}`).toBe(true);
      expect(hook.verified).toBe(true);
    }
    // The schemas are strict enough to catch a wrong body.
    const revoked = receiver.received.find((h) => h.body.includes('"session.revoked"'));
    const wrong = JSON.parse(revoked?.body ?? "{}") as { data: { sessionIds: string[] } };
    wrong.data.sessionIds = [];
    expect(bodySchema("session.revoked")(wrong)).toBe(false);
    expect(bodySchema("user.created")({ type: "user.created", timestamp: "yesterday", data: {} })).toBe(
      false,
    );
  });
});
