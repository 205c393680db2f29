-- telecrm storage, version 5: billing groups (a headquarters' account paying for chosen branch accounts, issue 16)
-- as a row like the other aggregates: its JSON in "state" (account identifiers and the allocation rule), the
-- headquarters' account beside it for the groups an account pays for.
CREATE TABLE crm_billing_group (
    id            VARCHAR(255) PRIMARY KEY,
    version       BIGINT       NOT NULL,
    written       CHAR(36)     NOT NULL,
    lineage       CHAR(36)     NOT NULL,
    headquarters  VARCHAR(255) NOT NULL,
    state         CLOB         NOT NULL
);
CREATE INDEX crm_billing_group_by_headquarters ON crm_billing_group (headquarters, id);
