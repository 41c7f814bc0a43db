// Runs the example service: GATEHOUSE_URL (Gatehouse's PUBLIC_URL), GATEHOUSE_SERVICE_SECRET (one of its SERVICE_AUTH_SECRETS), PORT.
import { createGuard } from "@gatehouse/guard";
import { serve } from "@hono/node-server";
import { createService } from "./app.js";

const url = process.env.GATEHOUSE_URL ?? "http://127.0.0.1:3000";
const guard = createGuard({
  url,
  audience: process.env.GATEHOUSE_AUDIENCE,
  serviceSecret: process.env.GATEHOUSE_SERVICE_SECRET,
});
// Discovery done and, with a service secret, the revocations still relevant loaded: only then take requests.
await guard.ready();
const port = Number(process.env.PORT ?? 4000);
serve({ fetch: createService(guard).fetch, hostname: "127.0.0.1", port }, (info) => {
  console.log(`guard-service on http://127.0.0.1:${info.port}, trusting ${url}`);
});
