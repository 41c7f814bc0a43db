// The process: read config, start Gatehouse, listen, shut down cleanly on SIGINT/SIGTERM.
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { ConfigError, loadConfig } from "./config.js";
import { SERVER_OPTIONS } from "./http/node-response.js";
import { startGatehouse } from "./runtime.js";
import { listenErrorLine, startupErrorLine } from "./startup-errors.js";

/** Start-up failures end the process with one line on stderr: no stack, no secret. */
function fail(line: string): never {
  process.stderr.write(`gatehouse failed to start: ${line}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const gatehouse = await startGatehouse({ config });
  const { logger } = gatehouse.deps;
  const server = serve(
    {
      fetch: gatehouse.app.fetch,
      hostname: config.host,
      port: config.port,
      serverOptions: SERVER_OPTIONS,
    },
    (info) => {
      const where =
        gatehouse.deps.store.kind === "postgres" ? "PostgreSQL" : `embedded PGlite in ${config.dataDir}`;
      logger.info({ port: info.port, host: config.host, database: gatehouse.deps.store.kind }, "listening");
      process.stdout.write(
        `Gatehouse listening on http://${config.host}:${info.port} (${where}); API reference: ${config.publicUrl}/docs\n`,
      );
    },
  );
  // serve() with no createServer of its own makes a node:http server.
  gatehouse.attach(server as Server);
  // listen() reports a taken port as an 'error' event, an uncaught exception (a stack) if unheard.
  server.once("error", (err) => {
    const line = listenErrorLine(err, config);
    // Close (releasing the data directory) but never hang on it: the exit also releases the lock.
    const giveUp = new Promise((resolve) => setTimeout(resolve, 5_000));
    Promise.race([gatehouse.close(), giveUp]).finally(() => fail(line));
  });
  const stop = (signal: string) => {
    logger.info({ signal }, "shutting down");
    // Open WebSockets hold the server open: each is told (1001) and closes before close() can finish.
    gatehouse.deps.realtime.close();
    server.close(() => {
      gatehouse.close().finally(() => process.exit(0));
    });
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  fail(startupErrorLine(err, "server"));
});
