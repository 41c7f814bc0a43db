// Public entry point of @gatehouse/sdk.
export { memoryStorage, type TokenSet, type TokenStorage } from "./auth.js";
export {
  type CreateApiKeyRequest,
  createGatehouseClient,
  type GatehouseClient,
  type GatehouseClientOptions,
  type GatehouseErrorBody,
  type GatehouseErrorCode,
  isErrorCode,
  type SignInRequest,
  type SignUpRequest,
  type SsoSignInRequest,
} from "./client.js";
export {
  authFrame,
  parseRealtimeFrame,
  REALTIME_CLOSE,
  REALTIME_PROTOCOL,
  type RealtimeFrame,
  type RealtimeServerFrame,
  realtimeTarget,
} from "./realtime.js";
export type { components, operations, paths } from "./schema.js";
