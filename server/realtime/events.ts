// Reads a `gatehouse_events` NOTIFY payload (the shared contract with services/events.ts) into a typed domain event.
import { z } from "zod";

const uuid = z.string().uuid();

const payload = z.object({
  id: uuid,
  type: z.string().min(1).max(64),
  userId: uuid,
  tenantId: z.string().min(1).max(200).nullable().optional(),
  sessionIds: z.array(uuid).max(200).optional(),
});

export type DomainEvent = {
  id: string;
  type: string;
  userId: string;
  tenantId: string | null;
  sessionIds: readonly string[];
};

/** The event, or undefined for a payload that is not one (never thrown: a bad NOTIFY must not stop the listener). */
export function parseDomainEvent(text: string): DomainEvent | undefined {
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
