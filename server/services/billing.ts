// Billing: Chargebee's self-serve portal sessions, opened at the provider and recorded here.
import { AppError } from "../errors.js";
import { recordPortalSession } from "../store/billing-portal-sessions.js";
import type { Db } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";

export interface PortalSessionView {
  id: string;
  accessUrl: string;
  expiresAt: string;
}

export interface BillingOptions {
  baseUrl: string | undefined;
  apiKey: string | undefined;
  timeoutMs: number;
}

/** Chargebee's portal-session API (POST /api/v2/portal_sessions, HTTP Basic with the API key). */
export class BillingClient {
  constructor(private readonly o: BillingOptions) {}

  async createPortalSession(customerId: string): Promise<PortalSessionView> {
    const { baseUrl, apiKey, timeoutMs } = this.o;
    if (!baseUrl || !apiKey) throw new AppError("UPSTREAM_FAILED", { message: "Billing is not configured." });
    let res: Response;
    try {
      res = await fetch(`${baseUrl}/api/v2/portal_sessions`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${apiKey}:`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: new URLSearchParams({ "customer[id]": customerId }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new AppError("UPSTREAM_FAILED", {
        message: "The billing provider did not answer in time.",
        cause,
      });
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new AppError("UPSTREAM_FAILED", {
        message: "The billing provider refused the request.",
        cause: new Error(`billing answered ${res.status}`),
      });
    }
    try {
      const body = (await res.json()) as {
        portal_session?: { id?: unknown; access_url?: unknown; expires_at?: unknown };
      };
      const p = body.portal_session;
      if (typeof p?.id !== "string" || typeof p.access_url !== "string" || typeof p.expires_at !== "number") {
        throw new Error("unexpected portal_session shape");
      }
      new URL(p.access_url);
      return { id: p.id, accessUrl: p.access_url, expiresAt: new Date(p.expires_at * 1000).toISOString() };
    } catch (cause) {
      throw new AppError("UPSTREAM_FAILED", {
        message: "The billing provider answered with something unexpected.",
        cause,
      });
    }
  }
}

/** Opens a portal session for a user and records it once the provider said yes (a failure leaves nothing behind). */
export class BillingPortal {
  constructor(private readonly o: { client: BillingClient; db: Db; clock: Clock }) {}

  async open(userId: string): Promise<PortalSessionView> {
    const portal = await this.o.client.createPortalSession(userId);
    await recordPortalSession(
      this.o.db,
      { id: portal.id, userId, expiresAt: portal.expiresAt },
      this.o.clock.now(),
    );
    return portal;
  }
}
