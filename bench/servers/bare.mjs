// The baseline of `npm run bench`: a bare @hono/node-server route returning a constant JSON body.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.json({ status: "ok" }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.env.PORT) }, (info) => {
  process.stdout.write(`bare listening on ${info.port}\n`);
});
