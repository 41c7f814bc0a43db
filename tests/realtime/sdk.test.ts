// The SDK's realtime helpers against the real server: the target it builds opens the socket in token mode,
// its auth frame re-authenticates, its parser reads the frames, and its close codes are the server's.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import WebSocket from "ws";
import {
  authFrame,
  parseRealtimeFrame,
  REALTIME_CLOSE,
  type RealtimeServerFrame,
  realtimeTarget,
} from "../../sdk/src/index.js";
import { CLOSE } from "../../server/realtime/hub.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { refreshToken, signUpToken } from "../helpers/http.js";
import { type Listening, serveRealtime } from "./helpers.js";

let gh: TestGatehouse;
let srv: Listening;

beforeAll(async () => {
  gh = await startTestGatehouse();
  srv = await serveRealtime(gh);
});
afterAll(async () => {
  await srv.close();
  await gh.close();
});

describe("@gatehouse/sdk realtime helpers", () => {
  it("realtimeTarget: wss for https, ws for http, the bearer offered only in token mode", () => {
    expect(realtimeTarget("https://id.example.com")).toEqual({
      url: "wss://id.example.com/user/realtime",
      protocols: ["gatehouse.v1"],
    });
    expect(realtimeTarget("http://127.0.0.1:3000/", "tok")).toEqual({
      url: "ws://127.0.0.1:3000/user/realtime",
      protocols: ["gatehouse.v1", "gatehouse.bearer.tok"],
    });
  });

  it("opens in token mode, reads typed frames, re-authenticates in-band", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const t = realtimeTarget(srv.url, s.accessToken);
    const ws = new WebSocket(t.url, t.protocols);
    const frames: RealtimeServerFrame[] = [];
    const next = () =>
      new Promise<RealtimeServerFrame>((resolve) => {
        ws.once("message", (data) => {
          const f = parseRealtimeFrame(String(data));
          if (f) frames.push(f);
          resolve(f as RealtimeServerFrame);
        });
      });
    const ready = await next();
    expect(ready.type).toBe("ready");
    if (ready.type === "ready") expectTypeOf(ready.expiresAt).toEqualTypeOf<string>();
    const res = await refreshToken(gh.fetch, BASE_URL, s.refreshToken);
    const fresh = ((await res.json()) as { tokens: { accessToken: string } }).tokens.accessToken;
    ws.send(authFrame(fresh));
    expect((await next()).type).toBe("auth.ok");
    ws.close();
  });

  it("parseRealtimeFrame ignores what is not a server frame", () => {
    for (const data of ["nope", "null", "{}", '{"type":"auth","token":"x"}', '{"type":"later.v2"}', 42])
      expect(parseRealtimeFrame(data)).toBeUndefined();
    expect(parseRealtimeFrame('{"type":"user.updated","id":"a","userId":"b"}')?.type).toBe("user.updated");
  });

  it("REALTIME_CLOSE is the server's table of close codes", () => {
    expect(REALTIME_CLOSE).toEqual(CLOSE);
  });
});
