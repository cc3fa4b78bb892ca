-- E-mail intake: a message polled again after a crash (before it was flagged as handled) must not be recorded
-- twice on its case. New requests use dsr_request.idempotency_key; replies on a case carry the same key here.
ALTER TABLE correspondence ADD COLUMN source_key VARCHAR(200);
CREATE UNIQUE INDEX correspondence_by_source_key ON correspondence (source_key);
