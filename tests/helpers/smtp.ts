// A real SMTP server in-process (smtp-server) that collects messages, parsed by mailparser.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

export interface LocalSmtp {
  url: string;
  messages: ReceivedMail[];
  /** Waits for the next message to `to` (that arrived after `since` messages). */
  next(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
  /** Messages received so far, refused ones included. */
  attempts: number;
  /** Refuse this many next messages with a transient `451` (the sender should retry). */
  failNext: number;
  /** While set, accepted messages wait for it before the server answers. */
  hold: Promise<void> | undefined;
}

export async function startLocalSmtp(): Promise<LocalSmtp> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      local.attempts += 1;
      if (local.failNext > 0) {
        local.failNext -= 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      Promise.resolve(local.hold)
        .then(() => simpleParser(stream))
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text;
          messages.push({ to: to ?? "", subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.server.address() as AddressInfo;
  const taken = new Set<ReceivedMail>();
  const local: LocalSmtp = {
    attempts: 0,
    failNext: 0,
    hold: undefined,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next(to, timeoutMs = 5_000) {
      const started = Date.now();
      for (;;) {
        const found = messages.find((m) => m.to === to && !taken.has(m));
        if (found) {
          taken.add(found);
          return found;
        }
        if (Date.now() - started > timeoutMs) throw new Error(`no email to ${to} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return local;
}

export const codeIn = (mail: ReceivedMail) => /code is (\d{6})/.exec(mail.text)?.[1] ?? "";
export const tokenIn = (mail: ReceivedMail) => /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "";
