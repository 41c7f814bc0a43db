/** `{ breaking, notes }`: what in `next` would break a client of `base`, and what only adds. */
export function compareContracts(
  base: Record<string, unknown>,
  next: Record<string, unknown>,
): { breaking: string[]; notes: string[] };
