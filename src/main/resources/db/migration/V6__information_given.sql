-- Accountability for the information duty (GDPR Art. 5(2), 13): which first layer the requester was given on the
-- request's channel, in which version, and when. Older requests have none recorded.
ALTER TABLE dsr_request ADD COLUMN information_clause VARCHAR(32);
ALTER TABLE dsr_request ADD COLUMN information_clause_version VARCHAR(64);
ALTER TABLE dsr_request ADD COLUMN information_given_at TIMESTAMP WITH TIME ZONE;
