-- When the desk asked the requester for identity information: the deadline stands still from then until the reply
-- (Art. 12(6)). Kept in the case record, where the suspended days are computed, not in a process variable.
ALTER TABLE dsr_request ADD COLUMN suspended_since TIMESTAMP WITH TIME ZONE;
