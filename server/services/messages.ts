// The emails Gatehouse sends; plain text, one function per message.
import type { Mail } from "./mailer.js";

/** What every code-and-link message says, around the code, the link and its lifetime. */
interface CodeMessage {
  subject: string;
  codeIs: string;
  path: string;
  ignore: string;
}

function codeAndLinkMail(
  m: CodeMessage,
  to: string,
  appUrl: string,
  code: string,
  token: string,
  linkMinutes: number,
): Mail {
  return {
    to,
    subject: m.subject,
    text: [
      `${m.codeIs} ${code}. It expires in 10 minutes.`,
      "",
      `Or open this link (valid for ${linkMinutes} minutes):`,
      `${appUrl}${m.path}?token=${token}`,
      "",
      m.ignore,
    ].join("\n"),
  };
}

const VERIFY: CodeMessage = {
  subject: "Verify your email address",
  codeIs: "Your verification code is",
  path: "/verify-email",
  ignore: "If you did not create an account, ignore this message.",
};

const RESET: CodeMessage = {
  subject: "Reset your password",
  codeIs: "Your password reset code is",
  path: "/reset-password",
  ignore: "If you did not ask to reset your password, ignore this message; your password is unchanged.",
};

export const verificationEmail = (
  to: string,
  appUrl: string,
  code: string,
  token: string,
  linkMinutes: number,
) => codeAndLinkMail(VERIFY, to, appUrl, code, token, linkMinutes);

export const passwordResetEmail = (
  to: string,
  appUrl: string,
  code: string,
  token: string,
  linkMinutes: number,
) => codeAndLinkMail(RESET, to, appUrl, code, token, linkMinutes);

/** The invitation to a tenant: its name, the link with the single-use token, and how long it lasts. */
export const invitationEmail = (
  to: string,
  appUrl: string,
  tenantName: string,
  token: string,
  expiresAt: Date,
): Mail => ({
  to,
  subject: `You are invited to join ${tenantName}`,
  text: [
    `You have been invited to join ${tenantName}.`,
    "",
    `Open this link to accept (valid until ${expiresAt.toISOString()}):`,
    `${appUrl}/accept-invitation?token=${token}`,
    "",
    "If you did not expect this invitation, ignore this message.",
  ].join("\n"),
});
