// Constant-time comparison of a presented secret with the accepted ones, over SHA-256 digests (WebCrypto only).
const encoder = new TextEncoder();

async function digest(s: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(s)));
}

/** A matcher over `secrets`: every secret is compared in full, so the time taken says nothing of which matched. */
export function secretMatcher(secrets: readonly string[]): (presented: string) => Promise<boolean> {
  const expected = Promise.all(secrets.map(digest));
  return async (presented) => {
    const got = await digest(presented);
    let match = false;
    for (const want of await expected) {
      let diff = 0;
      for (let i = 0; i < want.length; i++) diff |= (want[i] as number) ^ (got[i] as number);
      match = diff === 0 || match;
    }
    return match;
  };
}

/** A hex SHA-256 of `s`: the cache key of an API key, so the raw key is never a map key or in a log. */
export async function sha256Hex(s: string): Promise<string> {
  return Array.from(await digest(s), (b) => b.toString(16).padStart(2, "0")).join("");
}
