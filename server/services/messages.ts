// The emails Gatehouse sends; plain text, one function per message.
import type { Mail } from "./mailer.js";

export function verificationEmail(
  to: string,
  appUrl: string,
  code: string,
  token: string,
  linkMinutes: number,
): Mail {
  return {
    to,
    subject: "Verify your email address",
    text: [
      `Your verification code is ${code}. It expires in 10 minutes.`,
      "",
      `Or open this link (valid for ${linkMinutes} minutes):`,
      `${appUrl}/verify-email?token=${token}`,
      "",
      "If you did not create an account, ignore this message.",
    ].join("\n"),
  };
}

export function passwordResetEmail(
  to: string,
  appUrl: string,
  code: string,
  token: string,
  linkMinutes: number,
): Mail {
  return {
    to,
    subject: "Reset your password",
    text: [
      `Your password reset code is ${code}. It expires in 10 minutes.`,
      "",
      `Or open this link (valid for ${linkMinutes} minutes):`,
      `${appUrl}/reset-password?token=${token}`,
      "",
      "If you did not ask to reset your password, ignore this message; your password is unchanged.",
    ].join("\n"),
  };
}
