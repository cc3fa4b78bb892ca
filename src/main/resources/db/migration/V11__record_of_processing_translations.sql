-- The texts of the record of processing that customers read (purposes, legal bases, data categories, sources,
-- recipients, retention, table categories, retain grounds, manual-source names) in every language the desk writes
-- in. The English text stays in the rop_* columns of V4 as well, for reports that need no language.
-- owner_kind: ACTIVITY (owner_id = activity id), TABLE (data-map source), MANUAL_SOURCE (manual source id).
-- field: purpose, legal_basis, data_category, origin, recipient, retention, category, legal_ground, name;
-- seq orders the items of list fields (0 for single texts).
CREATE TABLE rop_text (
    owner_kind VARCHAR(20)   NOT NULL,
    owner_id   VARCHAR(63)   NOT NULL,
    field      VARCHAR(30)   NOT NULL,
    seq        INTEGER       NOT NULL,
    language   VARCHAR(2)    NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, field, seq, language)
);
