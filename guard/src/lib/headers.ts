// One header's value from Fetch `Headers` or Node's header object; repeated headers are joined, as Fetch does.
import type { HeadersLike } from "../types.js";

export function headerOf(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
