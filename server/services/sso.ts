// SSO: verify a provider's ID token against its JWKS (fetched at runtime, cached) and map it to an account.
import { createHash } from "node:crypto";
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import type { SsoProviderConfig } from "../config.js";
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import { DEFAULT_TENANT } from "./accounts.js";
import { readClaims, replayKey } from "./sso-claims.js";
import type { UserRow } from "./users.js";

export interface SsoServiceOptions {
  db: Db;
  clock: Clock;
  providers: SsoProviderConfig[];
  /** Minimum time between two JWKS fetches for one provider (an unknown kid triggers a refetch). */
  jwksCooldownMs: number;
  /** Called when linking takes over an unverified password account: its sessions must end. */
  onAccountTakenOver(userId: string): Promise<void>;
  /** Tells every instance that these sessions ended (sessions of an identity that was unlinked). */
  revocations: Pick<RevocationList, "publish">;
}

/** The provider identity a sign-in came through: sessions started with it are recorded against it. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
}

export interface SsoResult {
  user: UserRow;
  created: boolean;
  identity: SsoIdentity;
}

// Providers sign with RSA or EC; HMAC is never accepted (it would need a shared secret).
const ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "EdDSA", "PS256"];
// The clock skew allowed on `exp`/`iat`; a spent token is remembered this long past its `exp` too.
const CLOCK_TOLERANCE_S = 60;

const refused = (message: string, cause?: unknown) =>
  new AppError("AUTH_SSO_TOKEN_INVALID", { message, ...(cause ? { cause } : {}) });

const sha256hex = (s: string) => createHash("sha256").update(s).digest("hex");

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
        clockTolerance: CLOCK_TOLERANCE_S,
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
    // A provider configured with a nonce binds every token to the client's sign-in attempt: a token without
    // one, or a request without one, is not that provider's flow (and would make a stolen token replayable).
    if (p.nonce !== "none") {
      if (nonce === undefined || typeof payload.nonce !== "string") throw refused("The nonce is missing.");
      const expected = p.nonce === "sha256" ? sha256hex(nonce) : nonce;
      if (payload.nonce !== expected) throw refused("The nonce does not match.");
    }
    return payload;
  }

  async signIn(providerId: string, idToken: string, nonce: string | undefined): Promise<SsoResult> {
    const payload = await this.verify(providerId, idToken, nonce);
    const { subject, email, emailVerified, name } = readClaims(payload);
    const identity = { issuer: String(payload.iss), subject };
    const { db, clock } = this.o;
    const now = clock.now();
    let takenOver: string | undefined;
    const result = await db.transaction().execute(async (tx): Promise<SsoResult> => {
      // Single use: the first sign-in with a token spends it (on PostgreSQL, concurrent ones wait on the
      // key and then find it spent); a refused sign-in rolls back and spends nothing.
      const spent = await tx
        .insertInto("sso_used_tokens")
        .values({
          token_hash: replayKey(payload, idToken),
          expires_at: new Date(((payload.exp ?? 0) + CLOCK_TOLERANCE_S) * 1000),
        })
        .onConflict((oc) => oc.column("token_hash").doNothing())
        .returning("token_hash")
        .executeTakeFirst();
      if (!spent) throw refused("This ID token was already used.");
      const known = await tx
        .selectFrom("sso_identities as i")
        .innerJoin("users as u", "u.id", "i.user_id")
        .selectAll("u")
        .where("i.issuer", "=", identity.issuer)
        .where("i.subject", "=", subject)
        .executeTakeFirst();
      if (known) return { user: known, created: false, identity };
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
          // Whoever registered this address (with a password, or through a provider that did not vouch for
          // it) never proved they own it; the provider's user just did. Drop the unproven password, the
          // unvouched identities and their sessions (pre-account-takeover defence).
          await tx.deleteFrom("credentials").where("user_id", "=", existing.id).execute();
          await tx
            .deleteFrom("sso_identities")
            .where("user_id", "=", existing.id)
            .where("email_verified", "=", false)
            .execute();
          user = await tx
            .updateTable("users")
            .set({ email_verified: true, updated_at: now })
            .where("id", "=", existing.id)
            .returningAll()
            .executeTakeFirstOrThrow();
          takenOver = existing.id;
        }
      } else {
        // An address the provider did not vouch for stays unverified until the mailbox proves it.
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
        .values({
          ...identity,
          provider: providerId,
          user_id: user.id,
          email,
          email_verified: emailVerified,
          created_at: now,
        })
        .execute();
      return { user, created: !existing, identity };
    });
    if (takenOver) await this.o.onAccountTakenOver(takenOver);
    return result;
  }

  /**
   * The account's address was just proved through its mailbox (password reset, email verification).
   * Identities linked without the provider vouching for that address are unlinked and the sessions they
   * started revoked — they may belong to whoever squatted the address — except the identity whose own
   * session made the proof (`provingSessionId`): it has just shown it reads the mailbox, so it is vouched.
   */
  async mailboxProved(userId: string, provingSessionId?: string): Promise<void> {
    const now = this.o.clock.now();
    const revoked = await this.o.db.transaction().execute(async (tx) => {
      // Locked first: a session start through one of these identities (whose foreign key check shares the
      // lock) either commits before and is revoked below, or waits and then fails on the deleted row.
      const unvouched = await tx
        .selectFrom("sso_identities")
        .select(["issuer", "subject"])
        .where("user_id", "=", userId)
        .where("email_verified", "=", false)
        .forUpdate()
        .execute();
      if (unvouched.length === 0) return [];
      const prover = provingSessionId
        ? await tx
            .selectFrom("sessions")
            .select(["sso_issuer", "sso_subject"])
            .where("id", "=", provingSessionId)
            .where("user_id", "=", userId)
            .where("revoked_at", "is", null)
            .executeTakeFirst()
        : undefined;
      const isProver = (i: SsoIdentity) =>
        i.issuer === prover?.sso_issuer && i.subject === prover.sso_subject;
      const kept = unvouched.find(isProver);
      if (kept) {
        await tx
          .updateTable("sso_identities")
          .set({ email_verified: true })
          .where("issuer", "=", kept.issuer)
          .where("subject", "=", kept.subject)
          .execute();
      }
      const doomed = unvouched.filter((i) => !isProver(i));
      if (doomed.length === 0) return [];
      const ended = await tx
        .updateTable("sessions")
        .set({ revoked_at: now, revoked_reason: "sso_identity_unlinked" })
        .where("revoked_at", "is", null)
        .where((eb) =>
          eb.or(
            doomed.map((i) => eb.and([eb("sso_issuer", "=", i.issuer), eb("sso_subject", "=", i.subject)])),
          ),
        )
        .returning("id")
        .execute();
      await tx
        .deleteFrom("sso_identities")
        .where((eb) =>
          eb.or(doomed.map((i) => eb.and([eb("issuer", "=", i.issuer), eb("subject", "=", i.subject)]))),
        )
        .execute();
      return ended.map((s) => s.id);
    });
    await this.o.revocations.publish(revoked);
  }

  /** Forgets spent ID tokens that have expired (they are refused on their `exp` anyway); run periodically. */
  async purgeUsedTokens(): Promise<void> {
    await this.o.db.deleteFrom("sso_used_tokens").where("expires_at", "<", this.o.clock.now()).execute();
  }
}
