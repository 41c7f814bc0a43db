// The two account emails (verification, password reset): issue the code, post the message.
// Shared by the /user and the SuperTokens-compatible /auth routes.
import type { AccountService } from "./accounts.js";
import type { IssuedCode, OneTimeCodes } from "./codes.js";
import { passwordResetEmail, verificationEmail } from "./messages.js";
import type { Outbox } from "./outbox.js";
import type { UserRow } from "./users.js";

export interface AccountMailOptions {
  accounts: AccountService;
  codes: OneTimeCodes;
  outbox: Outbox;
  appUrl: string;
  linkTtlSeconds: number;
  /** The issued code comes back to the caller (OTP_TEST_MODE; refused in production). */
  testMode: boolean;
}

export class AccountMail {
  private readonly linkMinutes: number;

  constructor(private readonly options: AccountMailOptions) {
    this.linkMinutes = Math.round(options.linkTtlSeconds / 60);
  }

  /** Issues a verification code for a signed-in user and posts the email. */
  async sendVerification(requestId: string | undefined, user: UserRow): Promise<IssuedCode> {
    const { codes, outbox, appUrl } = this.options;
    const issued = await codes.issue(user.id, "verify_email");
    outbox.post(requestId, async () =>
      verificationEmail(user.email, appUrl, issued.code, issued.token, this.linkMinutes),
    );
    return issued;
  }

  /**
   * Starts a password reset for whoever owns `email`, if anyone. Outside test mode the lookup, the
   * code and the email all happen after the answer, so the answer cannot tell whether the account
   * exists, neither by its body nor by its timing. In test mode it waits, to hand back the code.
   */
  async requestReset(requestId: string | undefined, email: string): Promise<IssuedCode | undefined> {
    const { accounts, codes, outbox, appUrl, testMode } = this.options;
    const issue = async () => {
      const user = await accounts.findByEmail(email);
      if (!user) return undefined;
      const issued = await codes.issue(user.id, "reset_password");
      return {
        issued,
        mail: passwordResetEmail(user.email, appUrl, issued.code, issued.token, this.linkMinutes),
      };
    };
    if (!testMode) {
      outbox.post(requestId, async () => (await issue())?.mail);
      return undefined;
    }
    const done = await issue();
    if (done) outbox.post(requestId, async () => done.mail);
    return done?.issued;
  }
}
