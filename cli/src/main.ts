#!/usr/bin/env node
// The `gatehouse` command: parses arguments (commander), runs one command, maps every failure to an exit code.
import { Command, CommanderError, Option } from "commander";
import pc from "picocolors";
import { createApiKey, listApiKeys, revokeApiKey } from "./commands/api-keys.js";
import { login, logout, token, whoami } from "./commands/auth.js";
import { listSessions, revokeSession } from "./commands/sessions.js";
import { listTenants, switchTenant } from "./commands/tenants.js";
import { CliError, EXIT, EXIT_CODES_HELP } from "./errors.js";
import { clean } from "./output.js";
import { type Context, contextOf, DEFAULT_URL, VERSION } from "./session.js";

const program = new Command("gatehouse")
  .description("Command line for the Gatehouse identity API")
  .version(VERSION)
  .addOption(new Option("--url <url>", `the server's origin (default: $GATEHOUSE_URL, else ${DEFAULT_URL})`))
  .option("--json", "print JSON for scripts (stable shapes; errors as JSON on stderr)")
  .option("--no-color", "no colours (also when NO_COLOR is set)")
  .showHelpAfterError("(run `gatehouse --help` for usage)")
  .addHelpText(
    "after",
    `\nCredentials: $XDG_CONFIG_HOME/gatehouse/credentials.json (else ~/.config/gatehouse/…), mode 0600, one profile per server.\n\n${EXIT_CODES_HELP}`,
  )
  .exitOverride();

/** Wraps a command's action: builds the context from the global options and runs it. */
function run<A extends unknown[]>(action: (ctx: Context, ...args: A) => Promise<void>) {
  return async (...args: A) => {
    await action(contextOf(program.opts()), ...args);
  };
}

program
  .command("login")
  .description("log in (prompts for email and hidden password, or --email with --password-stdin)")
  .option("--email <email>", "the account's email")
  .option("--password-stdin", "read the password from standard input (for scripts)")
  .option("--tenant <slug>", "land in this tenant")
  .action(
    run((ctx, options: { email?: string; passwordStdin?: boolean; tenant?: string }) => login(ctx, options)),
  );

program
  .command("logout")
  .description("sign out: revoke the session on the server and forget it here")
  .action(run((ctx) => logout(ctx)));

program
  .command("whoami")
  .description("show the signed-in user and active tenant")
  .action(run((ctx) => whoami(ctx)));

program
  .command("token")
  .description("print a fresh access token on stdout (refreshing the session if needed), for scripts")
  .action(run((ctx) => token(ctx)));

const sessions = program.command("sessions").description("your signed-in sessions");
sessions
  .command("list", { isDefault: true })
  .description("list your sessions (* marks this one)")
  .action(run((ctx) => listSessions(ctx)));
sessions
  .command("revoke")
  .argument("<sessionId>")
  .description("revoke a session (revoking this one logs you out here)")
  .action(run((ctx, id: string) => revokeSession(ctx, id)));

const tenants = program.command("tenants").description("the tenants you belong to");
tenants
  .command("list", { isDefault: true })
  .description("list your tenants (* marks the active one)")
  .action(run((ctx) => listTenants(ctx)));
tenants
  .command("switch")
  .argument("<tenant>", "tenant id or slug")
  .description("make another tenant the session's active one")
  .action(run((ctx, id: string) => switchTenant(ctx, id)));

const apiKeys = program.command("api-keys").description("API keys for programs acting for you");
apiKeys
  .command("create")
  .description("create a key in the active tenant; the secret is printed once")
  .requiredOption("--name <name>", "what the key is for")
  .option(
    "--scope <permission...>",
    "permissions the key may use (repeatable; none: it can only read /user/me)",
  )
  .option("--expires-at <date>", "expiry (ISO 8601), at most 365 days ahead")
  .action(
    run((ctx, options: { name: string; scope?: string[]; expiresAt?: string }) => createApiKey(ctx, options)),
  );
apiKeys
  .command("list", { isDefault: true })
  .description("list your keys (never their secrets)")
  .action(run((ctx) => listApiKeys(ctx)));
apiKeys
  .command("revoke")
  .argument("<keyId>")
  .description("revoke a key")
  .action(run((ctx, id: string) => revokeApiKey(ctx, id)));

function report(code: string, message: string): void {
  if (program.opts().json) process.stderr.write(`${JSON.stringify({ error: { code, message } })}\n`);
  else process.stderr.write(`${pc.red("error:")} ${clean(message)} ${pc.dim(`(${clean(code)})`)}\n`);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Help and version exit 0; commander has already printed the usage error.
    process.exitCode = e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  } else if (e instanceof CliError) {
    report(e.code, e.message);
    process.exitCode = e.exitCode;
  } else if ((e as Error)?.name === "ExitPromptError") {
    report("CANCELLED", "cancelled");
    process.exitCode = 130;
  } else {
    // Never a stack trace: the message only (tokens are never in one).
    report("UNEXPECTED", (e as Error)?.message ?? String(e));
    process.exitCode = EXIT.GENERIC;
  }
}
