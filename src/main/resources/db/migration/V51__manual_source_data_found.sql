-- The requester's data as the searcher found them in a place no query reaches (a spreadsheet's row, a paper slip's
-- lines), typed in "Search manual source": the access copy shows them under the source's name (Art. 15(3), issue 18).
-- Kept with the case and purged with it, never in the engine's history.
ALTER TABLE manual_source_search ADD COLUMN data_found VARCHAR(4000);
