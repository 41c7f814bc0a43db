// Outgoing email: nodemailer over SMTP_URL, or the log in development (codes shown only in test mode).
import nodemailer from "nodemailer";
import type { Logger } from "../log.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
  /** Without SMTP: write the message body (with its code) to the log. Never on in production. */
  logBodies: boolean;
}

export function createMailer(options: MailerOptions): Mailer {
  const { smtpUrl, from, logger, logBodies } = options;
  if (!smtpUrl) {
    return {
      async send(mail) {
        logger.info(
          {
            mail: {
              to: mail.to,
              subject: mail.subject,
              text: logBodies ? mail.text : "[hidden: set OTP_TEST_MODE]",
            },
          },
          "email (no SMTP_URL configured)",
        );
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}
