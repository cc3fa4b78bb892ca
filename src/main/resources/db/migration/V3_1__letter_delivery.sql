-- The correspondence table is the outbox: a letter out is written there in the transaction that decides it,
-- and delivered by a job. The recipient is fixed when the letter is written; a letter without an e-mail
-- address waits for staff to print and post it.
ALTER TABLE correspondence ADD COLUMN recipient VARCHAR(320);
ALTER TABLE correspondence ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
