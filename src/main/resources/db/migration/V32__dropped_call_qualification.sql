-- Seed 003: only a call an agent had answered, which then dropped for a technical reason, leaves a conversation of
-- the customer's to complete. The webhook now says both; rows from before stay NULL (decided under the old rule).
-- New decisions: NOT_ANSWERED, NOT_TECHNICAL_DROP.
ALTER TABLE dropped_call ADD COLUMN answered_by_agent BOOLEAN;
ALTER TABLE dropped_call ADD COLUMN drop_reason VARCHAR(24);
