// Legacy v1 API: opaque tokens (hash only), Mondia customer links, and the billing portal client.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";
import { newOpaqueToken, sha256 } from "../tokens/opaque.js";
import { findUserById, type UserRow } from "./users.js";

export interface LegacyTokensOptions {
  db: Db;
  clock: Clock;
  /** Absolute lifetime of a v1 token from its issue; use never extends it. */
  ttlMs: number;
}

export class LegacyTokens {
  constructor(private readonly o: LegacyTokensOptions) {}

  /** Issues a v1 token for an existing user (admin/CLI only); the plaintext is shown once. */
  async issue(userId: string, label?: string): Promise<string> {
    const token = newOpaqueToken("v1");
    const now = this.o.clock.now();
    await this.o.db
      .insertInto("legacy_v1_tokens")
      .values({
        token_hash: sha256(token),
        user_id: userId,
        label: label ?? null,
        created_at: now,
        last_used_at: null,
        expires_at: new Date(now.getTime() + this.o.ttlMs),
        revoked_at: null,
        revoked_reason: null,
      })
      .execute();
    return token;
  }

  /** The user a live (unrevoked, unexpired) v1 token belongs to, or undefined. */
  async userFor(token: string): Promise<UserRow | undefined> {
    const now = this.o.clock.now();
    const row = await this.o.db
      .updateTable("legacy_v1_tokens")
      .set({ last_used_at: now })
      .where("token_hash", "=", sha256(token))
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now)
      .returning("user_id")
      .executeTakeFirst();
    return row ? findUserById(this.o.db, row.user_id) : undefined;
  }

  /** Revokes every live v1 token of a user; returns how many. */
  async revokeAll(userId: string, reason: string): Promise<number> {
    const r = await this.o.db
      .updateTable("legacy_v1_tokens")
      .set({ revoked_at: this.o.clock.now(), revoked_reason: reason })
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}

export interface MondiaLinkView {
  userId: string;
  customerId: string;
  linkedAt: string;
}

/** Links a Mondia customer to a user: idempotent for the same user, a conflict for anyone else. */
export async function linkMondiaCustomer(
  db: Db,
  clock: Clock,
  userId: string,
  customerId: string,
): Promise<MondiaLinkView> {
  await db
    .insertInto("mondia_links")
    .values({ customer_id: customerId, user_id: userId, linked_at: clock.now() })
    .onConflict((oc) => oc.column("customer_id").doNothing())
    .execute();
  const link = await db
    .selectFrom("mondia_links")
    .selectAll()
    .where("customer_id", "=", customerId)
    .executeTakeFirstOrThrow();
  if (link.user_id !== userId) {
    throw new AppError("CONFLICT", { message: "This Mondia customer is linked to another account." });
  }
  return { userId, customerId, linkedAt: link.linked_at.toISOString() };
}

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
