// SSO: verify a provider's ID token against its JWKS (fetched at runtime, cached) and map it to an account.
import { createHash } from "node:crypto";
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import type { SsoProviderConfig } from "../config.js";
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";
import { DEFAULT_TENANT } from "./accounts.js";
import type { UserRow } from "./users.js";

export interface SsoServiceOptions {
  db: Db;
  clock: Clock;
  providers: SsoProviderConfig[];
  /** Minimum time between two JWKS fetches for one provider (an unknown kid triggers a refetch). */
  jwksCooldownMs: number;
  /** Called when linking takes over an unverified password account: its sessions must end. */
  onAccountTakenOver(userId: string): Promise<void>;
}

export interface SsoResult {
  user: UserRow;
  created: boolean;
}

// Providers sign with RSA or EC; HMAC is never accepted (it would need a shared secret).
const ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "EdDSA", "PS256"];

const refused = (message: string, cause?: unknown) =>
  new AppError("AUTH_SSO_TOKEN_INVALID", { message, ...(cause ? { cause } : {}) });

export class SsoService {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(private readonly o: SsoServiceOptions) {}

  private keySet(p: SsoProviderConfig) {
    let set = this.keySets.get(p.id);
    if (!set) {
      set = createRemoteJWKSet(new URL(p.jwksUrl), {
        cooldownDuration: this.o.jwksCooldownMs,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5_000,
      });
      this.keySets.set(p.id, set);
    }
    return set;
  }

  async verify(providerId: string, idToken: string, nonce: string | undefined): Promise<JWTPayload> {
    const p = this.o.providers.find((x) => x.id === providerId);
    if (!p) throw new AppError("NOT_FOUND", { message: `Unknown SSO provider "${providerId}".` });
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.keySet(p), {
        issuer: p.issuer,
        audience: p.audience,
        algorithms: ALGORITHMS,
        currentDate: this.o.clock.now(),
        clockTolerance: 60,
        requiredClaims: ["sub", "exp", "iat", "iss", "aud"],
      }));
    } catch (err) {
      if (err instanceof errors.JWKSTimeout || !(err instanceof errors.JOSEError)) {
        throw new AppError("SERVICE_UNAVAILABLE", {
          message: "The identity provider could not be reached.",
          cause: err,
        });
      }
      throw refused("The identity provider's token was not accepted.", err);
    }
    if (p.nonce !== "none" && (payload.nonce !== undefined || nonce !== undefined)) {
      const expected =
        nonce === undefined
          ? undefined
          : p.nonce === "sha256"
            ? createHash("sha256").update(nonce).digest("hex")
            : nonce;
      if (typeof payload.nonce !== "string" || payload.nonce !== expected)
        throw refused("The nonce does not match.");
    }
    return payload;
  }

  async signIn(providerId: string, idToken: string, nonce: string | undefined): Promise<SsoResult> {
    const payload = await this.verify(providerId, idToken, nonce);
    const issuer = String(payload.iss);
    const subject = String(payload.sub);
    const email = typeof payload.email === "string" ? payload.email : undefined;
    // Apple sends "true" as a string.
    const emailVerified = payload.email_verified === true || payload.email_verified === "true";
    const name = typeof payload.name === "string" ? payload.name.slice(0, 200) : null;
    const { db, clock } = this.o;
    const now = clock.now();
    let takenOver: string | undefined;
    const result = await db.transaction().execute(async (tx): Promise<SsoResult> => {
      const known = await tx
        .selectFrom("sso_identities as i")
        .innerJoin("users as u", "u.id", "i.user_id")
        .selectAll("u")
        .where("i.issuer", "=", issuer)
        .where("i.subject", "=", subject)
        .executeTakeFirst();
      if (known) return { user: known, created: false };
      if (!email) throw refused("The identity provider did not share an email address.");
      const existing = await tx
        .selectFrom("users")
        .selectAll()
        .where("tenant_id", "=", DEFAULT_TENANT)
        .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
        .executeTakeFirst();
      let user: UserRow;
      if (existing) {
        // Linking needs the provider's word that this person owns the address.
        if (!emailVerified) throw new AppError("AUTH_EMAIL_EXISTS");
        user = existing;
        if (!existing.email_verified) {
          // Whoever registered this address with a password never proved they own it; the provider's user
          // just did. Drop the unproven password and its sessions (pre-account-takeover defence).
          await tx.deleteFrom("credentials").where("user_id", "=", existing.id).execute();
          user = await tx
            .updateTable("users")
            .set({ email_verified: true, updated_at: now })
            .where("id", "=", existing.id)
            .returningAll()
            .executeTakeFirstOrThrow();
          takenOver = existing.id;
        }
      } else {
        user = await tx
          .insertInto("users")
          .values({
            id: crypto.randomUUID(),
            tenant_id: DEFAULT_TENANT,
            email,
            email_verified: emailVerified,
            name,
            locale: null,
            avatar_url: null,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      }
      await tx
        .insertInto("sso_identities")
        .values({ issuer, subject, provider: providerId, user_id: user.id, email, created_at: now })
        .execute();
      return { user, created: !existing };
    });
    if (takenOver) await this.o.onAccountTakenOver(takenOver);
    return result;
  }
}
