// A real webhook receiver on 127.0.0.1 for tests: records every request (raw body and headers), verifies it
// with the Standard Webhooks reference verifier, and answers with a scripted status.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface ReceivedHook {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The verifier's verdict on the request as received. */
  verified: boolean;
  /** What this receiver answered. */
  status: number;
}

export interface Receiver {
  url: string;
  port: number;
  received: ReceivedHook[];
  /** Requests answered 2xx, by webhook-id. */
  accepted(): Map<string, ReceivedHook[]>;
  /** Answer the next `n` requests with `status` (then 204 again). */
  failNext(n: number, status?: number): void;
  /** Every request gets `status` (e.g. 500 forever, 302 with a Location). */
  always(status: number | undefined): void;
  /** Hold requests this long before answering (timeouts). */
  delay(ms: number): void;
  close(): Promise<void>;
}

/** A whsec_ secret (24 random bytes). */
export const newWebhookSecret = () =>
  `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("base64")}`;

export async function startReceiver(secret: string, port = 0): Promise<Receiver> {
  const verifier = new Webhook(secret);
  const received: ReceivedHook[] = [];
  let failures: { n: number; status: number } = { n: 0, status: 500 };
  let fixed: number | undefined;
  let holdMs = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let verified = false;
      try {
        verifier.verify(body, req.headers as Record<string, string>);
        verified = true;
      } catch {}
      let status = 204;
      if (fixed !== undefined) status = fixed;
      else if (failures.n > 0) {
        failures.n--;
        status = failures.status;
      }
      received.push({ id: String(req.headers["webhook-id"]), headers: req.headers, body, verified, status });
      setTimeout(() => {
        if (status >= 300 && status < 400) res.setHeader("location", "/elsewhere");
        res.statusCode = status;
        // A body the sender must never log.
        res.end(status >= 400 ? "receiver-said-something-private" : undefined);
      }, holdMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hooks`,
    port: actual,
    received,
    accepted() {
      const m = new Map<string, ReceivedHook[]>();
      for (const r of received.filter((r) => r.status >= 200 && r.status < 300))
        m.set(r.id, [...(m.get(r.id) ?? []), r]);
      return m;
    },
    failNext(n, status = 500) {
      failures = { n, status };
    },
    always(status) {
      fixed = status;
    },
    delay(ms) {
      holdMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
