// A TCP proxy on 127.0.0.1 in front of PostgreSQL, so tests can cut an instance off its database
// (as a restart or a network fault would) and bring it back on the same address.
import { connect, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** Destroys every open connection; new ones are still accepted. */
  dropConnections(): void;
  /** Stops accepting and drops every connection: the database looks down. */
  stop(): Promise<void>;
  /** Accepts again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const sock of [client, upstream]) {
          sockets.add(sock);
          sock.on("close", () => sockets.delete(sock));
          sock.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });
  const drop = () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const stop = async () => {
    const s = server;
    server = undefined;
    drop();
    if (s) await new Promise<void>((r) => s.close(() => r()));
  };
  await listen();
  return {
    get port() {
      return port;
    },
    dropConnections: drop,
    stop,
    start: listen,
    close: stop,
  };
}
