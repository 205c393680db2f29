-- telecrm storage, version 2 (MariaDB): the audit trail of accesses to personal data (see the PostgreSQL script).
CREATE TABLE crm_audit (
    position  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at        VARCHAR(40)  NOT NULL,
    who       VARCHAR(255) NOT NULL,
    action    VARCHAR(16)  NOT NULL,
    target    VARCHAR(255) NOT NULL,
    tier      VARCHAR(16)  NOT NULL,
    why       TEXT         NOT NULL,
    refused   TEXT,
    INDEX crm_audit_by_target (target, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
