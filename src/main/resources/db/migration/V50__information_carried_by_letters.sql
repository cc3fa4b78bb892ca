-- Which information clause a letter to the requester carries (the acknowledgement's first layer on the request's
-- data, an e-mail's footer) and in which version: it counts as given when the letter is sent, not when a request
-- arrives by e-mail or post (issue 18). The text itself is in the letter's body.
ALTER TABLE correspondence ADD COLUMN information_clause VARCHAR(32);
ALTER TABLE correspondence ADD COLUMN information_clause_version VARCHAR(64);
