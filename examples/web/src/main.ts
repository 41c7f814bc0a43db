// The example page: @gatehouse/sdk in cookie mode behind forms for sign-up, sign-in, the profile and sessions.
import { createGatehouseClient, type GatehouseErrorBody, type GatehouseErrorCode } from "@gatehouse/sdk";
import {
  $,
  describeError,
  logRequest,
  notify,
  renderSessions,
  type SessionSummary,
  showSignedIn,
} from "./view.js";

// The API is on the page's own origin (dev.mjs forwards /user/* to Gatehouse; in production, a reverse
// proxy or Gatehouse's own host). Same origin keeps the cookies first-party and passes the CSRF check.
const gatehouse = createGatehouseClient({
  baseUrl: window.location.origin,
  mode: "cookie",
  // Every request the SDK makes goes through here, the automatic refresh included: log it for the demo.
  fetch: async (request) => {
    const path = new URL(request.url).pathname;
    try {
      const response = await fetch(request);
      logRequest(request.method, path, response.status);
      return response;
    } catch (err) {
      logRequest(request.method, path, "failed");
      throw err;
    }
  },
});

// Why a signed-in call can fail: the session ended here or elsewhere. AUTH_SESSION_EXPIRED only reaches the
// page when the refresh failed too (the session's absolute lifetime is over).
const SIGNED_OUT: Partial<Record<GatehouseErrorCode, string>> = {
  AUTH_SESSION_REVOKED: "This device was signed out. Sign in again.",
  AUTH_SESSION_EXPIRED: "Your session has ended. Sign in again.",
};
const SIGNED_OUT_OTHERWISE = "You are signed out. Sign in again.";

/** Shows a failed call: a 401 means the session is gone (back to the forms), anything else is a notice. */
function failed(error: GatehouseErrorBody | undefined, response: Response): void {
  if (response.status === 401) {
    showSignedIn(null);
    notify((error && SIGNED_OUT[error.error.code]) ?? SIGNED_OUT_OTHERWISE, "error");
    return;
  }
  notify(error ? describeError(error) : `The server answered ${response.status}.`, "error");
}

async function loadSessions(): Promise<void> {
  const { data, error, response } = await gatehouse.GET("/user/sessions");
  if (!data) return failed(error, response);
  renderSessions(data.sessions, (session) => void attempt(() => signOutSession(session)));
}

async function signOutSession(session: SessionSummary): Promise<void> {
  if (session.current) return signOut();
  const { error, response } = await gatehouse.DELETE("/user/sessions/{sessionId}", {
    params: { path: { sessionId: session.id } },
  });
  if (!response.ok) return failed(error, response);
  notify("That device is signed out.");
  await loadSessions();
}

async function signOut(): Promise<void> {
  const { error, response } = await gatehouse.signOut();
  // 401: the session had already ended; signed out either way.
  if (!response.ok && response.status !== 401) return failed(error, response);
  showSignedIn(null);
  notify("Signed out.");
}

/** Reads the account; on first load, no credential just means nobody is signed in (the cookies are HttpOnly). */
async function load(options: { quiet: boolean }): Promise<void> {
  const { data, error, response } = await gatehouse.GET("/user/me");
  if (!data) {
    if (options.quiet && error?.error.code === "AUTH_UNAUTHENTICATED") return showSignedIn(null);
    return failed(error, response);
  }
  if (!options.quiet) notify("");
  showSignedIn(data);
  await loadSessions();
}

/** Reads a form's text fields; empty ones are left out. */
function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const entries = [...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === "string");
  return Object.fromEntries(entries.filter(([, v]) => v.trim() !== ""));
}

/** Runs an action; when Gatehouse cannot be reached at all (fetch rejects), says so. */
async function attempt(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch {
    notify("Gatehouse could not be reached. Is it running?", "error");
  }
}

/** Runs a form's handler with its button disabled, so a double click does not send twice. */
function onSubmit(id: string, handler: (form: HTMLFormElement) => Promise<void>): void {
  const form = $<HTMLFormElement>(id);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button");
    if (button) button.disabled = true;
    await attempt(() => handler(form));
    if (button) button.disabled = false;
  });
}

onSubmit("sign-up-form", async (form) => {
  const { email = "", password = "", name } = fieldsOf(form);
  const { data, error, response } = await gatehouse.signUp({ email, password, ...(name ? { name } : {}) });
  if (!data) return failed(error, response);
  form.reset();
  notify(`Welcome, ${data.user.name ?? data.user.email}.`);
  showSignedIn(data.user);
  await loadSessions();
});

onSubmit("sign-in-form", async (form) => {
  const { email = "", password = "" } = fieldsOf(form);
  const { data, error, response } = await gatehouse.signIn({ email, password });
  if (!data) {
    // Wrong credentials are a 401 too, but not a lost session: say so on the form.
    if (error) return notify(describeError(error), "error");
    return failed(error, response);
  }
  form.reset();
  notify("");
  showSignedIn(data.user);
  await loadSessions();
});

onSubmit("profile-form", async (form) => {
  const { name, locale } = fieldsOf(form);
  // An emptied field clears the value (null), as the contract allows.
  const { data, error, response } = await gatehouse.PATCH("/user/me", {
    body: { name: name ?? null, locale: locale ?? null },
  });
  if (!data) return failed(error, response);
  showSignedIn(data);
  notify("Profile saved.");
});

$("sign-out").addEventListener("click", () => void attempt(signOut));
$("reload").addEventListener("click", () => void attempt(() => load({ quiet: false })));

void attempt(() => load({ quiet: true }));
