// sessions list / revoke: the user's signed-in sessions, this one marked.
import { note, printJson, printLine, printTable } from "../output.js";
import { type Context, claimsOf, dataOf, okOrThrow, sessionClient } from "../session.js";

export async function listSessions(ctx: Context): Promise<void> {
  const { client } = await sessionClient(ctx);
  const { sessions } = dataOf(await client.GET("/user/sessions"));
  if (ctx.json) return printJson({ sessions });
  printTable(
    ["", "ID", "CREATED", "LAST USED", "EXPIRES", "IP", "USER AGENT"],
    sessions.map((s) => [
      s.current ? "*" : "",
      s.id,
      s.createdAt,
      s.lastUsedAt,
      s.expiresAt,
      s.ip,
      s.userAgent,
    ]),
  );
}

export async function revokeSession(ctx: Context, sessionId: string): Promise<void> {
  const { client, profile } = await sessionClient(ctx);
  const current = claimsOf(profile.accessToken).sid === sessionId;
  okOrThrow(await client.DELETE("/user/sessions/{sessionId}", { params: { path: { sessionId } } }));
  // Revoking this very session logs this profile out.
  if (current) await ctx.file.setProfile(ctx.origin, undefined);
  if (ctx.json) return printJson({ revoked: sessionId, current });
  printLine(`Revoked session ${sessionId}`);
  if (current) note(`that was this session: logged out of ${ctx.origin}`);
}
