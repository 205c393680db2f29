-- telecrm storage, version 2 (H2): the audit trail of accesses to personal data (see the PostgreSQL script).
CREATE TABLE crm_audit (
    position  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        VARCHAR(40)  NOT NULL,
    who       VARCHAR(255) NOT NULL,
    action    VARCHAR(16)  NOT NULL,
    target    VARCHAR(255) NOT NULL,
    tier      VARCHAR(16)  NOT NULL,
    why       CLOB         NOT NULL,
    refused   CLOB
);
CREATE INDEX crm_audit_by_target ON crm_audit (target, position);
