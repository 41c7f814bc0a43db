// Gatehouse as `npm start` runs it, plus one route that needs only the access token (the bench's token-only
// scenario): the whole middleware stack and the contract's BackendSessionAuth, no database on the way.
import { serve } from "@hono/node-server";
import { backendSessionVerifier } from "../../server/auth/backend-session.js";
import { loadConfig } from "../../server/config.js";
import { securityMiddleware } from "../../server/contract/mount.js";
import { AppError } from "../../server/errors.js";
import { SERVER_OPTIONS } from "../../server/http/node-response.js";
import { startGatehouse } from "../../server/runtime.js";

const config = loadConfig();
const gatehouse = await startGatehouse({ config });
const refuse = async (): Promise<never> => {
  throw new AppError("AUTH_UNAUTHENTICATED");
};
const auth = securityMiddleware([{ BackendSessionAuth: [] }], {
  BackendSessionAuth: backendSessionVerifier(gatehouse.deps),
  BackendBearerAuth: refuse,
  SuperTokensAuth: refuse,
  APIv1Auth: refuse,
  AdminAccessAuth: refuse,
  ServiceAuth: refuse,
  SuperAdminAuth: refuse,
  ApiKeyAuth: refuse,
});
if (!auth) throw new Error("no security middleware");
gatehouse.app.get("/bench/token-only", auth, (c) => c.json({ userId: c.get("auth").userId }, 200));
serve(
  { fetch: gatehouse.app.fetch, hostname: config.host, port: config.port, serverOptions: SERVER_OPTIONS },
  (info) => {
    process.stdout.write(`token-only listening on ${info.port}\n`);
  },
);
