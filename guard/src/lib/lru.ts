// A small bounded LRU with per-entry expiry (a Map keeps insertion order): no dependency beyond jose.
export class Lru<V> {
  private readonly map = new Map<string, { value: V; until: number }>();

  constructor(private readonly max: number) {}

  get(key: string, now: number): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    if (hit.until <= now) return undefined;
    this.map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, until: number): void {
    this.map.delete(key);
    this.map.set(key, { value, until });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }

  delete(key: string): void {
    this.map.delete(key);
  }
}
