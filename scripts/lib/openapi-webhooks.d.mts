/** The document with every `x-gatehouse-webhook` operation moved from `paths` to `webhooks[<event>]`; throws on a path mixing both kinds. */
export function withWebhooks(source: Record<string, unknown>): Record<string, unknown> & {
  paths: Record<string, unknown>;
  webhooks?: Record<string, unknown>;
};
