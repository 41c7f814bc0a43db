// The load generator of `npm run bench`, in its own process: `node bench/load.mjs '<json spec>'` runs
// autocannon (a 1 s warm-up, then the measurement) and prints one JSON line with the result.
// spec: { url, method?, headers?, body?, connections, seconds, pool? }
// `pool` names a JSON file of single-use refresh tokens: each request takes one, a 200 gives back
// its successor, and the file is rewritten with what is left at the end (the next round goes on).
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";

const spec = JSON.parse(process.argv[2] ?? "{}");
const { url, method = "GET", headers = {}, body, connections, seconds, pool } = spec;

const tokens = pool ? JSON.parse(readFileSync(pool, "utf8")) : undefined;
const requests = tokens
  ? [
      {
        method,
        headers,
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ refreshToken: tokens.pop() }) }),
        onResponse: (status, text) => {
          if (status === 200) tokens.push(JSON.parse(text).tokens.refreshToken);
        },
      },
    ]
  : undefined;

const run = (duration) =>
  autocannon({ url, method, headers, body, connections, duration, ...(requests ? { requests } : {}) });

const warm = await run(1);
const r = await run(seconds);
if (tokens) writeFileSync(pool, JSON.stringify(tokens));
process.stdout.write(
  `${JSON.stringify({
    rps: r.requests.average,
    total: r.requests.total,
    // Everything the server answered while this process ran, for its CPU time per request.
    served: warm.requests.total + r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    statuses: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
  })}\n`,
);
