-- telecrm storage, version 2 (PostgreSQL): the audit trail of accesses to personal data (who, when, what, why,
-- refused or not), appended by org.telecrm.persistence.access.ScopedCustomers through JdbcAuditTrail. It names
-- records and scopes, never a personal value.
CREATE TABLE crm_audit (
    position  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        VARCHAR(40)  COLLATE "C" NOT NULL,
    who       VARCHAR(255) COLLATE "C" NOT NULL,
    action    VARCHAR(16)  COLLATE "C" NOT NULL,
    target    VARCHAR(255) COLLATE "C" NOT NULL,
    tier      VARCHAR(16)  COLLATE "C" NOT NULL,
    why       TEXT                     NOT NULL,
    refused   TEXT
);
CREATE INDEX crm_audit_by_target ON crm_audit (target, position);
