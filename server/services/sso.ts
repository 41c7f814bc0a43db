// SSO: verify a provider's ID token against its JWKS (fetched at runtime, cached) and map it to an account.
import { createHash } from "node:crypto";
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import type { SsoProviderConfig } from "../config.js";
import { AppError } from "../errors.js";
import { deletePassword } from "../store/credentials.js";
import type { Db } from "../store/db.js";
import { addMembership } from "../store/memberships.js";
import { findSessionIdentity, revokeSessionsOfIdentities } from "../store/sessions.js";
import {
  findUserByIdentity,
  linkIdentity,
  lockUnvouchedIdentities,
  markIdentityVouched,
  unlinkIdentities,
  unlinkUnvouchedIdentities,
} from "../store/sso-identities.js";
import { purgeExpiredSsoTokens, spendSsoToken } from "../store/sso-used-tokens.js";
import { createUser, findUserByEmail, type UserRow, updateUser } from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import {
  type AuditContext,
  type AuditEntry,
  entryBy,
  type RequestMeta,
  SYSTEM_CONTEXT,
  withAudit,
} from "./audit.js";
import { readClaims, refused, replayKey } from "./sso-claims.js";
import { DEFAULT_TENANT } from "./tenant-access.js";

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

/** Why sessions of an identity unlinked once the mailbox was proved ended (stored, audited, the event's cause). */
const REVOKED_REASON = "sso_identity_unlinked";

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
      throw refused("The identity provider's token was not accepted.", { cause: err });
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

  /** `meta`: where the request came from, for the user.signup event of an account this sign-in creates. */
  async signIn(
    providerId: string,
    idToken: string,
    nonce: string | undefined,
    meta: RequestMeta = SYSTEM_CONTEXT.meta,
  ): Promise<SsoResult> {
    const payload = await this.verify(providerId, idToken, nonce);
    const { subject, email, emailVerified, name } = readClaims(payload);
    const identity = { issuer: String(payload.iss), subject };
    const { db, clock } = this.o;
    const now = clock.now();
    let takenOver: string | undefined;
    // A first sign-in that creates the account is a sign-up (user.created), written with the account.
    const signedUp = (r: SsoResult): AuditEntry | undefined =>
      r.created
        ? entryBy(
            { actor: { type: "user", id: r.user.id }, meta },
            "user.signup",
            { type: "user", id: r.user.id },
            DEFAULT_TENANT,
          )
        : undefined;
    const result = await withAudit(db, clock, signedUp, async (tx): Promise<SsoResult> => {
      // Single use: the first sign-in with a token spends it (on PostgreSQL, concurrent ones wait on the
      // key and then find it spent); a refused sign-in rolls back and spends nothing.
      const spent = await spendSsoToken(
        tx,
        replayKey(payload, idToken),
        new Date(((payload.exp ?? 0) + CLOCK_TOLERANCE_S) * 1000),
      );
      if (!spent) throw refused("This ID token was already used.");
      const known = await findUserByIdentity(tx, identity.issuer, subject);
      if (known) return { user: known, created: false, identity };
      if (!email) {
        throw refused("The identity provider did not share an email address.", {
          reason: "sso_email_unusable",
        });
      }
      const existing = await findUserByEmail(tx, email);
      let user: UserRow;
      if (existing) {
        // Linking needs the provider's word that this person owns the address.
        if (!emailVerified) throw new AppError("AUTH_EMAIL_EXISTS");
        user = existing;
        if (!existing.email_verified) {
          // Whoever registered this address (with a password, or through a provider that did not vouch for
          // it) never proved they own it; the provider's user just did. Drop the unproven password, the
          // unvouched identities and their sessions (pre-account-takeover defence).
          await deletePassword(tx, existing.id);
          await unlinkUnvouchedIdentities(tx, existing.id);
          const verified = await updateUser(tx, existing.id, { email_verified: true }, now);
          if (!verified) throw new Error("the account was deleted while it was being linked");
          user = verified;
          takenOver = existing.id;
        }
      } else {
        // An address the provider did not vouch for stays unverified until the mailbox proves it.
        user = await createUser(tx, { email, emailVerified, name, locale: null }, now);
        await addMembership(tx, { userId: user.id, tenantId: DEFAULT_TENANT, roles: ["member"] }, now);
      }
      await linkIdentity(
        tx,
        { ...identity, provider: providerId, userId: user.id, email, emailVerified },
        now,
      );
      return { user, created: !existing, identity };
    });
    if (takenOver) await this.o.onAccountTakenOver(takenOver);
    return result;
  }

  /** The user a provider identity (issuer, subject) is linked to. */
  findLinkedUser(issuer: string, subject: string): Promise<UserRow | undefined> {
    return findUserByIdentity(this.o.db, issuer, subject);
  }

  /**
   * The account's address was just proved through its mailbox (password reset, email verification).
   * Identities linked without the provider vouching for that address are unlinked and the sessions they
   * started revoked — they may belong to whoever squatted the address — except the identity whose own
   * session made the proof (`provingSessionId`): it has just shown it reads the mailbox, so it is vouched.
   * The sessions' end is recorded (user.sessions_revoked by `by`, so a session.revoked event) with it.
   */
  async mailboxProved(
    userId: string,
    options: { provingSessionId?: string | undefined; by?: AuditContext | undefined } = {},
  ): Promise<void> {
    const { provingSessionId, by = SYSTEM_CONTEXT } = options;
    const { db, clock } = this.o;
    const now = clock.now();
    const entry = (ended: string[]): AuditEntry | undefined =>
      ended.length > 0
        ? {
            ...entryBy(by, "user.sessions_revoked", { type: "user", id: userId }),
            reason: REVOKED_REASON,
            sessionIds: ended,
          }
        : undefined;
    const revoked = await withAudit(db, clock, entry, async (tx): Promise<string[]> => {
      // Locked first: a session start through one of these identities (whose foreign key check shares the
      // lock) either commits before and is revoked below, or waits and then fails on the deleted row.
      const unvouched = await lockUnvouchedIdentities(tx, userId);
      if (unvouched.length === 0) return [];
      const prover = provingSessionId ? await findSessionIdentity(tx, provingSessionId, userId) : undefined;
      const isProver = (i: SsoIdentity) =>
        i.issuer === prover?.sso_issuer && i.subject === prover.sso_subject;
      const kept = unvouched.find(isProver);
      if (kept) await markIdentityVouched(tx, kept);
      const doomed = unvouched.filter((i) => !isProver(i));
      if (doomed.length === 0) return [];
      const ended = await revokeSessionsOfIdentities(tx, doomed, REVOKED_REASON, now);
      await unlinkIdentities(tx, doomed);
      return ended;
    });
    await this.o.revocations.publish(revoked);
  }

  /** Forgets spent ID tokens that have expired (they are refused on their `exp` anyway); run periodically. */
  async purgeUsedTokens(): Promise<void> {
    await purgeExpiredSsoTokens(this.o.db, this.o.clock.now());
  }
}
