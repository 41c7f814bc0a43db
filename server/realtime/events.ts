// Reads a `gatehouse_events` NOTIFY payload (the shared contract with services/events.ts) into a typed domain event.
import { z } from "zod";
import type { EventNote } from "../services/events.js";

const uuid = z.string().uuid();

const payload = z.object({
  id: uuid,
  type: z.string().min(1).max(64),
  userId: uuid,
  tenantId: z.string().min(1).max(200).nullable().optional(),
  sessionIds: z.array(uuid).max(200).optional(),
});

/**
 * A NOTIFY as the hub reads it: services/events.ts's {@link EventNote}, except that a type this version does not
 * know still parses (the hub ignores it) and `sessionIds` is always present.
 */
export type NotedEvent = Omit<EventNote, "type" | "sessionIds"> & {
  type: string;
  sessionIds: readonly string[];
};

/** The event, or undefined for a payload that is not one (never thrown: a bad NOTIFY must not stop the listener). */
export function parseDomainEvent(text: string): NotedEvent | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) return undefined;
  const { id, type, userId, tenantId, sessionIds } = parsed.data;
  return { id, type, userId, tenantId: tenantId ?? null, sessionIds: sessionIds ?? [] };
}
