// login, logout, whoami, token: starting, showing, ending and handing out the profile's session.
import { memoryStorage } from "@gatehouse/sdk";
import input from "@inquirer/input";
import password from "@inquirer/password";
import { CliError, EXIT } from "../errors.js";
import { clean, good, label, note, printJson, printLine, warn } from "../output.js";
import {
  type Context,
  claimsOf,
  clientFor,
  dataOf,
  failure,
  freshProfile,
  sessionClient,
} from "../session.js";

const MAX_STDIN = 64 * 1024;

/** The password from stdin: everything up to EOF, less one trailing newline. */
async function readPasswordStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_STDIN) throw new CliError(EXIT.USAGE, "USAGE", "the password on stdin is too long");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** https, or http to this machine only (a local dev server). */
function isLoopbackOrTls(origin: string): boolean {
  const { protocol, hostname } = new URL(origin);
  return protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
}

export interface LoginOptions {
  email?: string;
  passwordStdin?: boolean;
  tenant?: string;
}

export async function login(ctx: Context, options: LoginOptions): Promise<void> {
  let email = options.email;
  let secret: string;
  if (options.passwordStdin) {
    if (!email) throw new CliError(EXIT.USAGE, "USAGE", "--password-stdin needs --email");
    secret = await readPasswordStdin();
  } else {
    if (!process.stdin.isTTY)
      throw new CliError(
        EXIT.USAGE,
        "USAGE",
        "no terminal to prompt for the password: use --email and --password-stdin",
      );
    // Prompts write to stderr: stdout stays for results (--json).
    const io = { output: process.stderr };
    email ??= await input({ message: "Email", required: true }, io);
    // No ctrl+t reveal: the password never reaches the screen.
    secret = await password({ message: "Password", toggleMask: false }, io);
  }
  if (!secret) throw new CliError(EXIT.USAGE, "USAGE", "the password is empty");
  if (!isLoopbackOrTls(ctx.origin))
    warn(`${ctx.origin} is plain HTTP: the password and tokens cross the network unencrypted; use https://`);

  // The session held so far goes along, so the server ends it as the new one starts.
  const previous = await ctx.file.profile(ctx.origin);
  const storage = memoryStorage(
    previous ? { accessToken: previous.accessToken, refreshToken: previous.refreshToken } : null,
  );
  const res = await clientFor(ctx, storage).signIn({
    email: email.trim(),
    password: secret,
    ...(options.tenant ? { tenantSlug: options.tenant } : {}),
  });
  if (res.error || !res.data) throw failure(res);
  const tokens = await storage.get();
  if (!tokens || tokens.accessToken === previous?.accessToken)
    throw new CliError(EXIT.GENERIC, "NO_TOKENS", "the server answered without session tokens");
  const { user, session } = res.data;
  await ctx.file.setProfile(ctx.origin, {
    email: user.email,
    userId: user.id,
    ...tokens,
    updatedAt: new Date().toISOString(),
  });
  if (ctx.json)
    printJson({
      url: ctx.origin,
      user: { id: user.id, email: user.email },
      tenantId: user.tenantId,
      session,
    });
  else
    printLine(
      `${good("Logged in")} to ${ctx.origin} as ${clean(user.email)} (tenant ${clean(user.tenantId)})`,
    );
}

export async function logout(ctx: Context): Promise<void> {
  const profile = await ctx.file.profile(ctx.origin);
  if (!profile) {
    if (ctx.json) printJson({ url: ctx.origin, loggedOut: false, revoked: false });
    else note(`not logged in to ${ctx.origin}`);
    return;
  }
  let revoked = false;
  try {
    // The SDK signs out (refreshing an expired access token first) and clears the storage whatever happens.
    const res = await clientFor(ctx, ctx.file.storage(ctx.origin)).signOut();
    revoked = res.response.ok;
    if (res.response.status === 401) note("the session had already ended on the server");
    else if (!revoked)
      warn(`the server refused to sign out (${failure(res).code}); removed the local session anyway`);
  } catch (e) {
    if (!(e instanceof CliError) || e.exitCode !== EXIT.NETWORK) throw e;
    warn(`${e.message}: the session was removed here but NOT revoked on the server`);
  }
  // Whatever the SDK did, this profile is gone.
  await ctx.file.setProfile(ctx.origin, undefined);
  if (ctx.json) printJson({ url: ctx.origin, loggedOut: true, revoked });
  else printLine(`Logged out of ${ctx.origin}${revoked ? "" : " (locally only)"}`);
}

export async function whoami(ctx: Context): Promise<void> {
  const { client } = await sessionClient(ctx);
  const user = dataOf(await client.GET("/user/me"));
  if (ctx.json) return printJson({ url: ctx.origin, user });
  printLine(`Logged in to ${ctx.origin}`);
  printLine(`  ${label("email")}    ${clean(user.email)}${user.emailVerified ? "" : " (not verified)"}`);
  printLine(`  ${label("name")}     ${clean(user.name)}`);
  printLine(`  ${label("user id")}  ${clean(user.id)}`);
  printLine(`  ${label("tenant")}   ${clean(user.tenantId)}`);
  printLine(`  ${label("roles")}    ${clean(user.roles.join(", ") || "-")}`);
}

/** Prints a fresh access token (and nothing else) on stdout, refreshing the session if needed. */
export async function token(ctx: Context): Promise<void> {
  const profile = await freshProfile(ctx);
  if (ctx.json) {
    const { exp } = claimsOf(profile.accessToken);
    printJson({
      accessToken: profile.accessToken,
      expiresAt: typeof exp === "number" ? new Date(exp * 1000).toISOString() : null,
    });
  } else printLine(profile.accessToken);
}
