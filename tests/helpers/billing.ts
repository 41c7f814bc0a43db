// A stand-in for the billing provider's portal-session API on 127.0.0.1, with switchable failures.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type BillingMode = "ok" | "error" | "slow" | "garbage";

export interface LocalBilling {
  url: string;
  apiKey: string;
  mode: BillingMode;
  requests: Array<{ customerId: string | null; authorized: boolean }>;
  close(): Promise<void>;
}

export async function startLocalBilling(): Promise<LocalBilling> {
  const state: LocalBilling = {
    url: "",
    apiKey: "test_billing_key",
    mode: "ok",
    requests: [],
    close: async () => {},
  };
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (d) => {
      raw += d;
    });
    req.on("end", () => {
      const authorized =
        req.headers.authorization === `Basic ${Buffer.from(`${state.apiKey}:`).toString("base64")}`;
      const customerId = new URLSearchParams(raw).get("customer[id]");
      state.requests.push({ customerId, authorized });
      if (req.url !== "/api/v2/portal_sessions" || req.method !== "POST" || !authorized) {
        res.writeHead(401, { "content-type": "application/json" }).end('{"message":"unauthorized"}');
        return;
      }
      if (state.mode === "error") {
        res.writeHead(503, { "content-type": "application/json" }).end('{"message":"down"}');
        return;
      }
      if (state.mode === "slow") return; // never answers; the client's timeout must fire
      if (state.mode === "garbage") {
        res.writeHead(200, { "content-type": "application/json" }).end('{"unexpected":true}');
        return;
      }
      const id = `portal_${Math.random().toString(36).slice(2, 10)}`;
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          portal_session: {
            id,
            access_url: `https://billing.example.com/portal/v2/access/${id}`,
            expires_at: Math.floor(Date.now() / 1000) + 3600,
            customer_id: customerId,
          },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return state;
}
