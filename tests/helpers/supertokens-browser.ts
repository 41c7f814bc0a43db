// A simulated browser for supertokens-web-js in Node: an in-memory cookie jar and storage, and a fixed page origin.
import type SuperTokens from "supertokens-web-js";

type InitConfig = Parameters<typeof SuperTokens.init>[0];

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    key: async (i: number) => [...m.keys()][i] ?? null,
    getItem: async (k: string) => m.get(k) ?? null,
    clear: async () => m.clear(),
    removeItem: async (k: string) => void m.delete(k),
    setItem: async (k: string, v: string) => void m.set(k, v),
    keySync: (i: number) => [...m.keys()][i] ?? null,
    getItemSync: (k: string) => m.get(k) ?? null,
    clearSync: () => m.clear(),
    removeItemSync: (k: string) => void m.delete(k),
    setItemSync: (k: string, v: string) => void m.set(k, v),
  };
}

/**
 * The page SuperTokens runs in, at http://127.0.0.1:5173/: its cookies (`jar`; SuperTokens keeps header-mode
 * tokens in frontend cookies) and the window and cookie handlers to pass to `SuperTokens.init`.
 */
export function simulatedBrowser(): {
  jar: Map<string, string>;
  windowHandler: NonNullable<InitConfig["windowHandler"]>;
  cookieHandler: NonNullable<InitConfig["cookieHandler"]>;
} {
  const jar = new Map<string, string>();
  const setCookie = (cookie: string): void => {
    const [pair = "", ...attrs] = cookie.split(";").map((s) => s.trim());
    const name = pair.slice(0, pair.indexOf("="));
    const value = pair.slice(pair.indexOf("=") + 1);
    const expires = attrs.find((a) => a.toLowerCase().startsWith("expires="));
    if (!value || (expires && new Date(expires.slice(8)).getTime() < Date.now())) jar.delete(name);
    else jar.set(name, value);
  };
  const origin = "http://127.0.0.1:5173";
  return {
    jar,
    windowHandler: (original) => ({
      ...original,
      location: {
        ...original.location,
        getHref: () => `${origin}/`,
        getSearch: () => "",
        getHash: () => "",
        getPathName: () => "/",
        getOrigin: () => origin,
        getHostName: () => "127.0.0.1",
        getHost: () => "127.0.0.1:5173",
      },
      localStorage: memoryStorage(),
      sessionStorage: memoryStorage(),
      getWindowUnsafe: () => undefined as unknown as Window & typeof globalThis,
    }),
    cookieHandler: (original) => ({
      ...original,
      getCookie: async () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      setCookie: async (c: string) => setCookie(c),
    }),
  };
}
