// Token storage for token mode (Node, CLI, mobile): where the SDK keeps the access and refresh tokens.

export interface TokenSet {
  accessToken: string;
  refreshToken: string;
}

/** Pluggable persistence: memory by default; a CLI might write a file, a mobile app the keychain. */
export interface TokenStorage {
  get(): TokenSet | null | Promise<TokenSet | null>;
  set(tokens: TokenSet | null): void | Promise<void>;
}

export function memoryStorage(initial: TokenSet | null = null): TokenStorage {
  let tokens = initial;
  return {
    get: () => tokens,
    set: (next) => {
      tokens = next;
    },
  };
}
