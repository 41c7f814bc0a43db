// Time as a dependency, so expiry and rotation are tested by moving a clock instead of sleeping.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** How far apart two machines' clocks may be: retired keys and revocations outlive their tokens by this. */
export const CLOCK_SKEW_MS = 30_000;

/** A clock tests move by hand. */
export function manualClock(start = new Date("2026-11-24T09:00:00Z")) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(d: Date) {
      t = d.getTime();
    },
  };
}
