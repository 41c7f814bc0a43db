// Signing keys: stored in the database, rotated on a schedule, published as a JWKS while any token they signed lives.
import {
  CompactEncrypt,
  type CryptoKey,
  compactDecrypt,
  createLocalJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTHeaderParameters,
} from "jose";
import { type Config, ConfigError } from "../config.js";
import type { Db, Notifier, Queryable } from "../store/db.js";
import {
  insertKeyRetiringOthers,
  latestActivation,
  listAllKeys,
  listKeysLiveAfter,
  listPrivateKeys,
  replacePrivateKey,
  underRotationLock,
} from "../store/signing-keys.js";
import { CLOCK_SKEW_MS, type Clock } from "./clock.js";

/**
 * Algorithms new keys are made for. RS256 (RSA PKCS#1 v1.5) is not among them (ASVS 5.0 appendix C);
 * an RS256 key made by an earlier version still verifies the tokens it signed until it retires.
 */
export type SigningAlg = "ES256" | "PS256" | "EdDSA";

export interface KeyRingOptions {
  db: Db;
  clock: Clock;
  alg: SigningAlg;
  /** A key signs new tokens for this long before a fresh one replaces it. */
  rotationIntervalMs: number;
  /** A retired key stays published this long: the access token lifetime plus clock skew. */
  retentionMs: number;
  /**
   * A successor is published this long before it starts signing, so that verifiers caching the
   * JWKS hold it before the first token it signs arrives. Default 1 h, at most half the interval.
   */
  prepublishMs?: number;
  /** Tells other instances sharing the database that the key set changed. */
  notifier?: Notifier | undefined;
  /** 32 bytes: private keys are stored as JWE (dir, A256GCM) under it. Unset: stored as plain JWK. */
  encryptionKey?: Uint8Array | undefined;
}

export interface KeyDescription {
  kid: string;
  alg: string;
  createdAt: Date;
  activatesAt: Date;
  retiredAt: Date | null;
  state: "next" | "signing" | "retired" | "expired";
}

/** A private key as stored: a plain JWK, or `{ jwe }` when encrypted at rest. */
type StoredPrivateKey = JWK | { jwe: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encrypts a private JWK; the kid goes in the authenticated header so rows cannot be swapped. */
export async function sealPrivateKey(jwk: JWK, kid: string, key: Uint8Array): Promise<{ jwe: string }> {
  const jwe = await new CompactEncrypt(encoder.encode(JSON.stringify(jwk)))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", kid, cty: "jwk+json" })
    .encrypt(key);
  return { jwe };
}

async function openPrivateKey(
  stored: StoredPrivateKey,
  kid: string,
  key: Uint8Array | undefined,
): Promise<JWK> {
  if (!("jwe" in stored) || typeof stored.jwe !== "string") return stored as JWK;
  if (!key)
    throw new ConfigError(`config: KEY_ENCRYPTION_KEY is unset but signing key ${kid} is encrypted with it`);
  try {
    const { plaintext, protectedHeader } = await compactDecrypt(stored.jwe, key);
    if (protectedHeader.kid !== kid) throw new Error("kid mismatch");
    return JSON.parse(decoder.decode(plaintext)) as JWK;
  } catch {
    throw new ConfigError(`config: KEY_ENCRYPTION_KEY does not decrypt signing key ${kid} (wrong key?)`);
  }
}

interface LoadedKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
  activatesAt: Date;
  retiredAt: Date | null;
}

const DEFAULT_PREPUBLISH_MS = 3_600_000;
const KEYS_CHANNEL = "gatehouse_keys";

// Another instance may rotate; an unknown kid triggers a reload, at most this often (forged kids cost one query a second).
const MISS_RELOAD_THROTTLE_MS = 1_000;

export class KeyRing {
  private keys: LoadedKey[] = [];
  private localSet = createLocalJWKSet({ keys: [] });
  private lastMissReload = 0;
  private loadCount = 0;

  constructor(private readonly options: KeyRingOptions) {}

  /** Loads keys and creates the first one (or a due replacement); follows other instances' changes. */
  async start(): Promise<void> {
    await this.options.notifier?.listen(KEYS_CHANNEL, () => {
      this.reload().catch(() => {}); // the next verification miss or rotation check reloads again
    });
    await this.encryptStoredKeys();
    await this.reload();
    await this.rotateIfDue();
  }

  private get prepublishMs(): number {
    const { prepublishMs = DEFAULT_PREPUBLISH_MS, rotationIntervalMs } = this.options;
    return Math.min(prepublishMs, rotationIntervalMs / 2);
  }

  /**
   * Publishes the next key when the current one is within the pre-publication window of its
   * rotation (it starts signing when the interval is up), or at once when there is no key or the
   * configured algorithm changed. Returns whether it created a key.
   */
  async rotateIfDue(): Promise<boolean> {
    if (!this.isDue()) return false;
    const { alg, rotationIntervalMs } = this.options;
    const kid = await this.underLock(async (tx, now) => {
      // Another instance may have published a successor while we waited for the lock.
      const rows = await listKeysLiveAfter(tx, now);
      const active = rows.find((r) => r.activates_at.getTime() <= now.getTime());
      const pending = rows.find((r) => r.activates_at.getTime() > now.getTime());
      const sameAlg = active !== undefined && active.alg === alg;
      if (
        sameAlg &&
        (pending || now.getTime() < active.activates_at.getTime() + rotationIntervalMs - this.prepublishMs)
      ) {
        return undefined;
      }
      // A scheduled successor starts when the interval is up; a missing key or a new algorithm, now.
      const activatesAt = sameAlg
        ? new Date(Math.max(now.getTime(), active.activates_at.getTime() + rotationIntervalMs))
        : now;
      return this.insertKey(tx, now, activatesAt, activatesAt);
    });
    await this.published(kid);
    return kid !== undefined;
  }

  /**
   * Replaces the signing key at once (an operator's action, e.g. after a suspected leak). With
   * `retireOld`, the previous keys leave the JWKS immediately too, so tokens they signed stop
   * verifying everywhere; without it they stay until their tokens expire. Returns the new kid.
   */
  async rotateNow(options: {
    retireOld: boolean;
    /** Written in the rotation's transaction (its audit event). */
    alongside?: (tx: Queryable, kid: string) => Promise<void>;
  }): Promise<string> {
    const kid = await this.underLock(async (tx, now) => {
      // Strictly after every existing activation, so the new key wins even within the same millisecond.
      const latestMs = (await latestActivation(tx))?.getTime() ?? 0;
      const activatesAt = new Date(Math.max(now.getTime(), latestMs + 1));
      const retireAt = options.retireOld
        ? new Date(activatesAt.getTime() - this.options.retentionMs - 1)
        : activatesAt;
      const kid = await this.insertKey(tx, now, activatesAt, retireAt);
      await options.alongside?.(tx, kid);
      return kid;
    });
    await this.published(kid);
    return kid;
  }

  private underLock<T>(work: (tx: Queryable, now: Date) => Promise<T>): Promise<T> {
    return underRotationLock(this.options.db, (tx) => work(tx, this.options.clock.now()));
  }

  /** Stores a new key that is published now and signs from `activatesAt`; every other live key retires at `retireAt`. */
  private async insertKey(tx: Queryable, now: Date, activatesAt: Date, retireAt: Date): Promise<string> {
    const { alg, encryptionKey } = this.options;
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const kid = `k_${activatesAt.toISOString().slice(0, 10)}_${crypto.randomUUID().slice(0, 8)}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg };
    const stored = encryptionKey ? await sealPrivateKey(privateJwk, kid, encryptionKey) : privateJwk;
    await insertKeyRetiringOthers(
      tx,
      { kid, alg, privateJwk: stored, publicJwk, activatesAt },
      retireAt,
      now,
    );
    return kid;
  }

  /** Every stored key with its state now: `next` (published, not signing yet), `signing`, `retired` (verifies only), `expired`. */
  async describe(): Promise<KeyDescription[]> {
    await this.reload();
    const now = this.options.clock.now().getTime();
    const signing = this.activeKey(this.options.clock.now())?.kid;
    const published = new Set(this.jwks().keys.map((k) => k.kid));
    const rows = await listAllKeys(this.options.db);
    return rows.map((r) => ({
      kid: r.kid,
      alg: r.alg,
      createdAt: r.created_at,
      activatesAt: r.activates_at,
      retiredAt: r.retired_at,
      state:
        r.activates_at.getTime() > now
          ? "next"
          : r.kid === signing
            ? "signing"
            : published.has(r.kid)
              ? "retired"
              : "expired",
    }));
  }

  /** Reloads, and tells the other instances (LISTEN/NOTIFY) when a key was added. */
  private async published(kid: string | undefined): Promise<void> {
    await this.reload();
    if (kid) await this.options.notifier?.notify(KEYS_CHANNEL, kid);
  }

  /**
   * With an encryption key configured, encrypts every key still stored in the clear, so a deployment
   * that adds KEY_ENCRYPTION_KEY later has no plaintext private key left after its next start.
   */
  private async encryptStoredKeys(): Promise<void> {
    const { encryptionKey, db } = this.options;
    if (!encryptionKey) return;
    const rows = await listPrivateKeys(db);
    for (const row of rows) {
      const stored = row.private_jwk as StoredPrivateKey;
      if ("jwe" in stored) continue;
      const sealed = await sealPrivateKey(stored as JWK, row.kid, encryptionKey);
      await replacePrivateKey(db, row.kid, sealed);
    }
  }

  /**
   * The key signing at `now`: the latest one whose activation has come. When none has (this
   * machine's clock is behind the one that made an emergency key and retired the rest), the next
   * to activate signs, rather than nothing.
   */
  private activeKey(now: Date): LoadedKey | undefined {
    let best: LoadedKey | undefined;
    let next: LoadedKey | undefined;
    for (const k of this.keys) {
      if (k.activatesAt.getTime() > now.getTime()) {
        if (!next || k.activatesAt.getTime() < next.activatesAt.getTime()) next = k;
        continue;
      }
      if (!best || k.activatesAt.getTime() > best.activatesAt.getTime()) best = k;
    }
    return best ?? next;
  }

  private isDue(): boolean {
    const now = this.options.clock.now();
    const current = this.activeKey(now);
    if (!current || current.alg !== this.options.alg) return true;
    if (this.keys.some((k) => k.activatesAt.getTime() > now.getTime())) return false;
    return (
      now.getTime() >= current.activatesAt.getTime() + this.options.rotationIntervalMs - this.prepublishMs
    );
  }

  /** Changes whenever the key set is reloaded: a verification made under another generation is stale. */
  get generation(): number {
    return this.loadCount;
  }

  async reload(): Promise<void> {
    const now = this.options.clock.now();
    const cutoff = new Date(now.getTime() - this.options.retentionMs);
    const rows = await listKeysLiveAfter(this.options.db, cutoff);
    this.keys = await Promise.all(
      rows.map(async (r) => ({
        kid: r.kid,
        alg: r.alg,
        privateKey: (await importJWK(
          await openPrivateKey(r.private_jwk as StoredPrivateKey, r.kid, this.options.encryptionKey),
          r.alg,
        )) as CryptoKey,
        publicJwk: r.public_jwk as JWK,
        activatesAt: r.activates_at,
        retiredAt: r.retired_at,
      })),
    );
    this.localSet = createLocalJWKSet({ keys: this.keys.map((k) => k.publicJwk) });
    this.loadCount += 1;
  }

  /** The key new tokens are signed with. */
  signingKey(): { kid: string; alg: string; key: CryptoKey } {
    const current = this.activeKey(this.options.clock.now());
    if (!current) throw new Error("no signing key loaded: call start() first");
    return { kid: current.kid, alg: current.alg, key: current.privateKey };
  }

  /** Public keys still needed to verify live tokens. */
  jwks(): JSONWebKeySet {
    const cutoff = this.options.clock.now().getTime() - this.options.retentionMs;
    return {
      keys: this.keys
        .filter((k) => k.retiredAt === null || k.retiredAt.getTime() > cutoff)
        .map((k) => k.publicJwk),
    };
  }

  /** Every algorithm of a published key, for the verifier's allow-list. */
  algorithms(): string[] {
    return [...new Set([this.options.alg, ...this.keys.map((k) => k.alg)])];
  }

  /** jose key resolver: our published keys, reloading once when a token names a kid we have not seen. */
  readonly resolveKey = async (header: JWTHeaderParameters): Promise<CryptoKey> => {
    try {
      return (await this.localSet(header)) as CryptoKey;
    } catch (err) {
      if (
        !(err instanceof errors.JWKSNoMatchingKey) ||
        Date.now() - this.lastMissReload < MISS_RELOAD_THROTTLE_MS
      ) {
        throw err;
      }
      this.lastMissReload = Date.now();
      await this.reload();
      return (await this.localSet(header)) as CryptoKey;
    }
  };
}

/** The key ring a deployment's configuration describes (the server and the admin CLI build it alike). */
export function keyRingFromConfig(
  config: Config,
  deps: { db: Db; clock: Clock; notifier?: Notifier | undefined },
): KeyRing {
  return new KeyRing({
    ...deps,
    alg: config.signingAlg,
    rotationIntervalMs: config.keyRotationMs,
    // A retired key stays published while any token it signed can still be presented.
    retentionMs: config.accessTokenTtlSeconds * 1000 + CLOCK_SKEW_MS,
    encryptionKey: config.keyEncryptionKey,
  });
}
