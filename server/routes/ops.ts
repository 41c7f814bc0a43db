// Handlers of the Ops operations: liveness, readiness, JWKS, discovery, the published contract and its page.
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { DOCS_CSP, DOCS_HTML, publishedDocument } from "../http/docs.js";
import type { Store } from "../store/db.js";

type OpsHandlers = Pick<
  Handlers,
  | "OpsOperations_getHealth"
  | "OpsOperations_getReady"
  | "OpsOperations_getJwks"
  | "OpsOperations_getDiscovery"
  | "OpsOperations_getOpenApiDocument"
  | "OpsOperations_getDocs"
>;

const READY_TIMEOUT_MS = 2_000;

/** Readiness needs a database round trip, nothing more of the store. */
type OpsDeps = Pick<AppDeps, "keys" | "config"> & { store: Pick<Store, "ping"> };

export function opsHandlers(deps: OpsDeps): OpsHandlers {
  return {
    OpsOperations_getHealth: (c) => c.json({ status: "ok" as const }, 200),
    OpsOperations_getReady: async (c) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          deps.store.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error("database readiness timed out")), READY_TIMEOUT_MS);
          }),
        ]);
      } catch (cause) {
        throw new AppError("SERVICE_UNAVAILABLE", { message: "The database is not available.", cause });
      } finally {
        clearTimeout(timer);
      }
      return c.json({ status: "ok" as const, checks: { database: "ok" as const } }, 200);
    },
    OpsOperations_getJwks: (c) => {
      // Short cache: verifiers elsewhere refetch on an unknown kid anyway.
      c.header("Cache-Control", "public, max-age=60");
      return c.json(
        deps.keys.jwks() as { keys: Array<{ kty: string; kid: string; alg: string; use: "sig" }> },
        200,
      );
    },
    OpsOperations_getDiscovery: (c) => {
      const { publicUrl, issuer } = deps.config;
      c.header("Cache-Control", "public, max-age=300");
      return c.json(
        {
          issuer,
          jwks_uri: `${publicUrl}/.well-known/jwks.json`,
          id_token_signing_alg_values_supported: deps.keys.algorithms(),
          subject_types_supported: ["public" as const],
          service_documentation: `${publicUrl}/docs`,
        },
        200,
      );
    },
    OpsOperations_getOpenApiDocument: (c) => {
      c.header("Cache-Control", "public, max-age=300");
      return c.json(publishedDocument(), 200);
    },
    OpsOperations_getDocs: (c) => {
      c.header("Content-Security-Policy", DOCS_CSP);
      c.header("Cache-Control", "public, max-age=300");
      return c.html(DOCS_HTML, 200);
    },
  };
}
