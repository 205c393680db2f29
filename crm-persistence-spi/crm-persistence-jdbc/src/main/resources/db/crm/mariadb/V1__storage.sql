-- telecrm storage, version 1 (MariaDB / MySQL, InnoDB). Each aggregate is one row: its JSON (the
-- crm-persistence-spi mapping, with its schemaVersion) in `state`, the optimistic version, and the columns its port's
-- queries look up. utf8mb4_bin makes identifiers compare by code point, so paging follows Java's String order.
-- `written` is a random token of the write that stored the row: a load that finds the token it last read skips
-- re-reading the JSON (JdbcStorage's load cache), so every write must change it, and only the adapter writes rows.
-- `lineage` is a random token of the row's incarnation: set when it is created, and again when a save rewrites rather
-- than appends to its rows in a detail table (an account's ledger), so a load may read only the entries after those
-- it already holds of the same lineage.

CREATE TABLE crm_account (
    id       VARCHAR(255) NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL,
    written  CHAR(36)     NOT NULL,
    lineage  CHAR(36)     NOT NULL,
    owner    VARCHAR(255) NOT NULL,
    state    LONGTEXT     NOT NULL,
    INDEX crm_account_by_owner (owner, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- An account's ledger, a row per entry numbered from 0 in posting order, each as crm-persistence-spi's ledger JSON writes
-- it. A save inserts the entries it adds (a ledger only grows), so a long ledger is never written again.
-- The account's own row holds the account's JSON with an empty ledger.
CREATE TABLE crm_account_entry (
    account_id  VARCHAR(255) NOT NULL,
    seq         INTEGER      NOT NULL,
    entry       LONGTEXT     NOT NULL,
    PRIMARY KEY (account_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE crm_customer (
    id            VARCHAR(255) NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    written       CHAR(36)     NOT NULL,
    lineage       CHAR(36)     NOT NULL,
    manager       VARCHAR(255),
    city          VARCHAR(6)   NOT NULL,
    province      CHAR(2)      NOT NULL,
    document_hash CHAR(64)     NOT NULL,
    state         LONGTEXT     NOT NULL,
    INDEX crm_customer_by_manager (manager, id),
    INDEX crm_customer_by_city (city, id),
    INDEX crm_customer_by_province (province, id),
    INDEX crm_customer_by_document (document_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE crm_sla_contract (
    id           VARCHAR(255) NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    written      CHAR(36)     NOT NULL,
    lineage      CHAR(36)     NOT NULL,
    customer     VARCHAR(255) NOT NULL,
    covers_from  DATE,
    covers_to    DATE,
    state        LONGTEXT     NOT NULL,
    INDEX crm_sla_contract_by_customer (customer, id),
    INDEX crm_sla_contract_by_coverage (covers_from, covers_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE crm_service_order (
    id                    VARCHAR(255)   NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    written               CHAR(36)       NOT NULL,
    lineage               CHAR(36)       NOT NULL,
    is_open               BOOLEAN        NOT NULL,
    contract              VARCHAR(255),
    accepted_month        VARCHAR(16)    NOT NULL,
    completed_month       VARCHAR(16),
    awaits_return_visit   BOOLEAN        NOT NULL,
    completed_at          DECIMAL(30, 9),
    state                 LONGTEXT       NOT NULL,
    INDEX crm_service_order_open (is_open, id),
    INDEX crm_service_order_by_accepted (contract, accepted_month),
    INDEX crm_service_order_by_completed (contract, completed_month),
    INDEX crm_service_order_return_visit (awaits_return_visit, completed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE crm_outbox (
    position           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    aggregate_type     VARCHAR(32)  NOT NULL,
    aggregate_id       VARCHAR(255) NOT NULL,
    aggregate_version  BIGINT       NOT NULL,
    event_index        INTEGER      NOT NULL,
    type               VARCHAR(100) NOT NULL,
    occurred_at        VARCHAR(40)  NOT NULL,
    payload            LONGTEXT     NOT NULL,
    delivered          BOOLEAN      NOT NULL,
    CONSTRAINT crm_outbox_event_id UNIQUE (aggregate_type, aggregate_id, aggregate_version, event_index),
    INDEX crm_outbox_pending (delivered, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
