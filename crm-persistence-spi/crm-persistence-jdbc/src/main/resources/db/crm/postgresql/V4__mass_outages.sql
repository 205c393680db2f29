-- telecrm storage, version 4: mass outages (issue 15, item 4), a row per outage like the other aggregates: its JSON in
-- "state" (the children by order and circuit identifier, pauses, restoration; no personal value), and whether it is
-- restored, which the query of the outages still open looks up.
CREATE TABLE crm_mass_outage (
    id           VARCHAR(255) COLLATE "C" PRIMARY KEY,
    version      BIGINT       NOT NULL,
    written      CHAR(36)     NOT NULL,
    lineage      CHAR(36)     NOT NULL,
    is_restored  BOOLEAN      NOT NULL,
    state        TEXT         NOT NULL
);
CREATE INDEX crm_mass_outage_restored ON crm_mass_outage (is_restored, id);
