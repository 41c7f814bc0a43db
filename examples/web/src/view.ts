// Rendering: the profile, the sessions table, notices and the request log, always as text (never HTML).
import type { components, GatehouseErrorBody } from "@gatehouse/sdk";

export type User = components["schemas"]["Users.User"];
export type SessionSummary = components["schemas"]["Users.SessionSummary"];

export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new TypeError(`#${id} is missing from index.html`);
  return found as T;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Shows the signed-in or the signed-out half of the page. */
export function showSignedIn(user: User | null): void {
  $("signed-in").hidden = user === null;
  $("signed-out").hidden = user !== null;
  $("sign-out").hidden = user === null;
  $("who").textContent = user ? `Signed in as ${user.email}` : "";
  if (!user) return;
  $("profile-email").textContent = user.email;
  $("profile-verified").textContent = user.emailVerified ? "yes" : "not yet";
  $("profile-created").textContent = when(user.createdAt);
  const form = $<HTMLFormElement>("profile-form");
  (form.elements.namedItem("name") as HTMLInputElement).value = user.name ?? "";
  (form.elements.namedItem("locale") as HTMLInputElement).value = user.locale ?? "";
}

export function notify(text: string, kind: "info" | "error" = "info"): void {
  const notice = $("notice");
  notice.textContent = text;
  notice.className = kind;
  notice.hidden = text === "";
}

/** One line for an error answer: the contract's code and message, and which fields failed. */
export function describeError(body: GatehouseErrorBody): string {
  const { code, message, fields } = body.error;
  const detail = fields?.map((f) => `${f.path.replace(/^body\./, "")}: ${f.message}`).join("; ");
  return `${message} (${code})${detail ? ` — ${detail}` : ""}`;
}

/** "Chrome on Linux" from a User-Agent header; enough to tell one's devices apart. */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const ua = userAgent;
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrome\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : "Browser";
  const os = /iPhone|iPad/.test(ua)
    ? "iOS"
    : /Android/.test(ua)
      ? "Android"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return os ? `${browser} on ${os}` : browser;
}

/** The sessions table; `onSignOut` is called with the row's session when its button is pressed. */
export function renderSessions(sessions: SessionSummary[], onSignOut: (s: SessionSummary) => void): void {
  const rows = sessions.map((s) => {
    const row = document.createElement("tr");
    row.dataset.sessionId = s.id;
    const device = document.createElement("td");
    device.textContent = deviceName(s.userAgent);
    device.title = s.userAgent ?? "";
    if (s.current) {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = "this browser";
      device.append(badge);
    }
    const created = document.createElement("td");
    created.textContent = when(s.createdAt);
    const used = document.createElement("td");
    used.textContent = when(s.lastUsedAt);
    const action = document.createElement("td");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = "Sign out this device";
    button.addEventListener("click", () => onSignOut(s));
    action.append(button);
    row.append(device, created, used, action);
    return row;
  });
  $("session-rows").replaceChildren(...rows);
}

/** Appends one request to the log (newest first, at most 12). */
export function logRequest(method: string, path: string, status: number | "failed"): void {
  const item = document.createElement("li");
  item.textContent = `${method} ${path} → ${status}`;
  item.dataset.path = path;
  if (status === 401) item.className = "expired";
  if (path === "/user/session/refresh") item.className = "refresh";
  if (status === "failed" || status >= 500) item.className = "failed";
  const log = $("activity");
  log.prepend(item);
  while (log.children.length > 12) log.lastElementChild?.remove();
}
