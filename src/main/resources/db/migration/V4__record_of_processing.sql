-- The record of processing activities (record-of-processing.yaml), loaded at every start-up so that reports and
-- other systems can query it with SQL. The YAML is the source: these tables are replaced as a whole, in one
-- transaction, whenever the application starts (RecordOfProcessingStore). One table per concept.
CREATE TABLE rop_activity (
    id          VARCHAR(63)   PRIMARY KEY,
    seq         INTEGER       NOT NULL,
    purpose     VARCHAR(1000) NOT NULL,
    legal_basis VARCHAR(300)  NOT NULL,
    origin      VARCHAR(1000) NOT NULL,
    retention   VARCHAR(1000) NOT NULL,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE rop_data_category (
    activity_id VARCHAR(63)  NOT NULL REFERENCES rop_activity (id),
    seq         INTEGER      NOT NULL,
    category    VARCHAR(300) NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

CREATE TABLE rop_access (
    activity_id VARCHAR(63)  NOT NULL REFERENCES rop_activity (id),
    seq         INTEGER      NOT NULL,
    who         VARCHAR(300) NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

CREATE TABLE rop_protection (
    activity_id VARCHAR(63)  NOT NULL REFERENCES rop_activity (id),
    seq         INTEGER      NOT NULL,
    measure     VARCHAR(500) NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

CREATE TABLE rop_recipient (
    activity_id VARCHAR(63)  NOT NULL REFERENCES rop_activity (id),
    seq         INTEGER      NOT NULL,
    recipient   VARCHAR(300) NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

-- A table of the customer-service database that holds personal data, with its erasure policy.
CREATE TABLE rop_table (
    source             VARCHAR(63)  PRIMARY KEY,
    seq                INTEGER      NOT NULL,
    defined_in         VARCHAR(63)  NOT NULL REFERENCES rop_activity (id),
    category           VARCHAR(300) NOT NULL,
    table_name         VARCHAR(63)  NOT NULL,
    id_column          VARCHAR(63)  NOT NULL,
    subject_column     VARCHAR(63)  NOT NULL,
    parent_source      VARCHAR(63),
    erasure_policy     VARCHAR(10)  NOT NULL,
    legal_ground       VARCHAR(500),
    restriction_column VARCHAR(63),
    provided_by_subject BOOLEAN     NOT NULL
);

CREATE TABLE rop_column (
    source      VARCHAR(63)  NOT NULL REFERENCES rop_table (source),
    seq         INTEGER      NOT NULL,
    column_name VARCHAR(63)  NOT NULL,
    PRIMARY KEY (source, seq)
);

CREATE TABLE rop_anonymisation (
    source           VARCHAR(63)  NOT NULL REFERENCES rop_table (source),
    seq              INTEGER      NOT NULL,
    column_name      VARCHAR(63)  NOT NULL,
    replacement      VARCHAR(20)  NOT NULL,
    replacement_text VARCHAR(300),
    PRIMARY KEY (source, seq)
);

-- Which activity processes which table (a table may serve several activities).
CREATE TABLE rop_storage (
    activity_id VARCHAR(63) NOT NULL REFERENCES rop_activity (id),
    source      VARCHAR(63) NOT NULL REFERENCES rop_table (source),
    seq         INTEGER     NOT NULL,
    PRIMARY KEY (activity_id, source)
);

CREATE TABLE rop_manual_source (
    id           VARCHAR(63)   PRIMARY KEY,
    seq          INTEGER       NOT NULL,
    name         VARCHAR(300)  NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    owner_group  VARCHAR(64)   NOT NULL,
    location     VARCHAR(500)  NOT NULL,
    rights       VARCHAR(200),
    instructions VARCHAR(1000) NOT NULL
);

CREATE TABLE rop_manual_source_activity (
    manual_source_id VARCHAR(63) NOT NULL REFERENCES rop_manual_source (id),
    activity_id      VARCHAR(63) NOT NULL REFERENCES rop_activity (id),
    PRIMARY KEY (manual_source_id, activity_id)
);
