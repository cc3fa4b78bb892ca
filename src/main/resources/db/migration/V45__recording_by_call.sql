-- A recording knows its call: a withdrawal of consent (or, under legitimate interest, an objection) that the
-- telephony system reports for a call reaches that call's recording through the data map (storage call-column).
ALTER TABLE call_recording ADD COLUMN call_id VARCHAR(100);
CREATE INDEX call_recording_by_call ON call_recording (call_id);

-- What the answer caused: how many rows of that call's recordings were erased because the answer no longer allows
-- recording (Art. 7(3), 21). NULL for answers recorded before this column existed.
ALTER TABLE recording_consent ADD COLUMN recordings_erased INTEGER;
