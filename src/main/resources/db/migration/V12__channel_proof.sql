-- What the channel itself authenticated about the requester, set only by paths the desk trusts: the sender address
-- of an e-mail whose DMARC check passed on the desk's own mail server, or the address or number a member of staff
-- vouched for. Only this, never what a requester typed, lets an identity match skip the agent's verification.
ALTER TABLE dsr_request ADD COLUMN proven_contact VARCHAR(320);
ALTER TABLE dsr_request ADD COLUMN proven_by VARCHAR(16);
ALTER TABLE dsr_request ADD COLUMN proven_vouched_by VARCHAR(64);
