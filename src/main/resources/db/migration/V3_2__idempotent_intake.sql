-- A client that retries POST /api/requests with the same Idempotency-Key gets the case it already has. The
-- fingerprint of the first body detects a key reused for a different request.
ALTER TABLE dsr_request ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE dsr_request ADD COLUMN idempotency_fingerprint VARCHAR(64);
CREATE UNIQUE INDEX dsr_request_by_idempotency_key ON dsr_request (idempotency_key);
