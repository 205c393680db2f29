-- telecrm storage, version 1 (H2). Each aggregate is one row: its JSON (the crm-persistence-spi mapping,
-- with its schemaVersion) in "state", the optimistic version, and the columns its port's queries look up.
-- H2 compares text as Java does (String.compareTo), so paging follows the same order as the in-memory store.
-- "written" is a random token of the write that stored the row: a load that finds the token it last read skips
-- re-reading the JSON (JdbcStorage's load cache), so every write must change it, and only the adapter writes rows.
-- "lineage" is a random token of the row's incarnation: set when it is created, and again when a save rewrites rather
-- than appends to its rows in a detail table (an account's ledger), so a load may read only the entries after those
-- it already holds of the same lineage.

CREATE TABLE crm_account (
    id       VARCHAR(255) PRIMARY KEY,
    version  BIGINT                   NOT NULL,
    written  CHAR(36)                 NOT NULL,
    lineage  CHAR(36)                 NOT NULL,
    owner    VARCHAR(255) NOT NULL,
    state    CLOB                     NOT NULL
);
CREATE INDEX crm_account_by_owner ON crm_account (owner, id);

-- An account's ledger, a row per entry numbered from 0 in posting order, each as crm-persistence-spi's ledger JSON writes
-- it. A save inserts the entries it adds (a ledger only grows), so a long ledger is never written again.
-- The account's own row holds the account's JSON with an empty ledger.
CREATE TABLE crm_account_entry (
    account_id  VARCHAR(255) NOT NULL,
    seq         INTEGER      NOT NULL,
    entry       CLOB         NOT NULL,
    PRIMARY KEY (account_id, seq)
);

CREATE TABLE crm_customer (
    id            VARCHAR(255) PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    written       CHAR(36)                 NOT NULL,
    lineage       CHAR(36)                 NOT NULL,
    manager       VARCHAR(255),
    city          VARCHAR(6)   NOT NULL,
    province      CHAR(2)      NOT NULL,
    document_hash CHAR(64)     NOT NULL,
    state         CLOB                     NOT NULL
);
CREATE INDEX crm_customer_by_manager ON crm_customer (manager, id);
CREATE INDEX crm_customer_by_city ON crm_customer (city, id);
CREATE INDEX crm_customer_by_province ON crm_customer (province, id);
CREATE INDEX crm_customer_by_document ON crm_customer (document_hash);

CREATE TABLE crm_sla_contract (
    id           VARCHAR(255) PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    written      CHAR(36)                 NOT NULL,
    lineage      CHAR(36)                 NOT NULL,
    customer     VARCHAR(255) NOT NULL,
    covers_from  DATE,
    covers_to    DATE,
    state        CLOB                     NOT NULL
);
CREATE INDEX crm_sla_contract_by_customer ON crm_sla_contract (customer, id);
CREATE INDEX crm_sla_contract_by_coverage ON crm_sla_contract (covers_from, covers_to);

CREATE TABLE crm_service_order (
    id                    VARCHAR(255) PRIMARY KEY,
    version               BIGINT                   NOT NULL,
    written               CHAR(36)                 NOT NULL,
    lineage               CHAR(36)                 NOT NULL,
    is_open               BOOLEAN                  NOT NULL,
    contract              VARCHAR(255),
    accepted_month        VARCHAR(16)  NOT NULL,
    completed_month       VARCHAR(16) ,
    awaits_return_visit   BOOLEAN                  NOT NULL,
    completed_at          NUMERIC(30, 9),
    state                 CLOB                     NOT NULL
);
CREATE INDEX crm_service_order_open ON crm_service_order (is_open, id);
CREATE INDEX crm_service_order_by_accepted ON crm_service_order (contract, accepted_month);
CREATE INDEX crm_service_order_by_completed ON crm_service_order (contract, completed_month);
CREATE INDEX crm_service_order_return_visit ON crm_service_order (awaits_return_visit, completed_at);

CREATE TABLE crm_outbox (
    position           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aggregate_type     VARCHAR(32)  NOT NULL,
    aggregate_id       VARCHAR(255) NOT NULL,
    aggregate_version  BIGINT                   NOT NULL,
    event_index        INTEGER                  NOT NULL,
    type               VARCHAR(100) NOT NULL,
    occurred_at        VARCHAR(40)  NOT NULL,
    payload            CLOB                     NOT NULL,
    delivered          BOOLEAN                  NOT NULL,
    CONSTRAINT crm_outbox_event_id UNIQUE (aggregate_type, aggregate_id, aggregate_version, event_index)
);
CREATE INDEX crm_outbox_pending ON crm_outbox (delivered, position);
