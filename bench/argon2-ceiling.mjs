// The argon2id ceiling of this machine for `npm run bench`: verifications per second with Gatehouse's
// parameters (server/services/passwords.ts: m=19 MiB, t=2, p=1), `concurrency` at a time, for `seconds` — what no sign-in can beat.
// `node bench/argon2-ceiling.mjs <seconds> <concurrency>` prints one JSON line.
import { hash, verify } from "@node-rs/argon2";

const [seconds = 5, concurrency = 4] = process.argv.slice(2).map(Number);
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const stored = await hash("correct horse battery staple", OPTIONS);

async function worker(until) {
  let n = 0;
  while (performance.now() < until) {
    await verify(stored, "correct horse battery staple");
    n++;
  }
  return n;
}

await Promise.all(Array.from({ length: concurrency }, () => worker(performance.now() + 1000)));
const started = performance.now();
const counts = await Promise.all(Array.from({ length: concurrency }, () => worker(started + seconds * 1000)));
const elapsed = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ rps: counts.reduce((a, b) => a + b, 0) / elapsed })}\n`);
