-- The access (Art. 15) and portability (Art. 20) packages of a case, per answer round: stored with the case so
-- that what was sent can be proven. A retried job replaces a package in the same transaction, never half.
CREATE TABLE subject_package (
    case_number  VARCHAR(20)  NOT NULL REFERENCES dsr_request (case_number),
    answer_round INTEGER      NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content      BYTEA        NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_number, answer_round, kind)
);

-- What a person found in a place no query reaches (spreadsheets, address books, paper, suppliers without API),
-- one row per case and manual source: the result of the "Search manual source" task.
CREATE TABLE manual_source_search (
    case_number      VARCHAR(20)  NOT NULL REFERENCES dsr_request (case_number),
    manual_source_id VARCHAR(63)  NOT NULL,
    outcome          VARCHAR(20)  NOT NULL,
    note             VARCHAR(2000),
    action_confirmed BOOLEAN      NOT NULL,
    searched_by      VARCHAR(64),
    searched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_number, manual_source_id)
);
