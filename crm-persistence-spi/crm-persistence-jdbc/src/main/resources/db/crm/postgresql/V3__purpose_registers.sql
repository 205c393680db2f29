-- telecrm storage, version 3: each customer's purpose register (lawful bases, consents, withdrawals; PIPL art. 13-17)
-- as a row like the other aggregates: its JSON in "state" (kinds of information and purposes, no personal value).
CREATE TABLE crm_purpose_register (
    id       VARCHAR(255) COLLATE "C" PRIMARY KEY,
    version  BIGINT       NOT NULL,
    written  CHAR(36)     NOT NULL,
    lineage  CHAR(36)     NOT NULL,
    state    TEXT         NOT NULL
);
