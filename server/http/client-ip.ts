// The client's IP: the socket's address, or — behind N trusted proxies — the Nth address from the right of X-Forwarded-For.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

export function clientIp(c: Context, trustedProxies: number): string | null {
  let socket: string | null = null;
  try {
    socket = getConnInfo(c).remote.address ?? null;
  } catch {
    // Not served by @hono/node-server (in-process app.fetch): no socket to read.
  }
  if (trustedProxies === 0) return socket;
  // Each trusted proxy appends the address it received the request from; anything further left is client-supplied.
  const hops = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? socket;
}
