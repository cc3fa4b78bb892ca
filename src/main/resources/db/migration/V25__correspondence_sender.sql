-- Who sent an incoming message (an e-mail's From address): the case file shows every sender, so a person can see
-- a message that quoted the case number from an address that is not the requester's. Purged with the case.
ALTER TABLE correspondence ADD COLUMN sender VARCHAR(320);
