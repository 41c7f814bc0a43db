-- Domain events (user.created, session.revoked, …) written with the change they describe, in its transaction,
-- and delivered to WEBHOOK_URLS from here: the outbox survives restarts, so nothing is lost between the commit
-- and the delivery.

-- One row per event. `payload` is the exact JSON body every destination receives (Standard Webhooks
-- `{type, timestamp, data}`); `id` is its `webhook-id`, stable across retries so receivers can dedupe.
-- Delivery state per destination: `delivered_to` holds the keys (a hash, never the URL: a URL may carry a
-- token) of the destinations that answered 2xx; a retry goes only to the others. `attempts` counts delivery
-- rounds; a claimed row's `next_attempt_at` is pushed past the claim's lease, so another instance skips it
-- until the lease runs out. `last_error` is a short cause (`http_500`, `timeout`…), never a response body.
CREATE TABLE webhook_outbox (
  id uuid PRIMARY KEY,
  -- Insertion order (events of one transaction share created_at): deliveries and listings go oldest first.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  delivered_to text[] NOT NULL DEFAULT '{}',
  delivered_at timestamptz,
  failed_at timestamptz,
  last_error text
);

-- The worker's claim: due rows still to deliver, oldest first.
CREATE INDEX webhook_outbox_due_idx ON webhook_outbox (next_attempt_at, seq) WHERE delivered_at IS NULL AND failed_at IS NULL;
-- The purge of finished rows.
CREATE INDEX webhook_outbox_created_idx ON webhook_outbox (created_at);
