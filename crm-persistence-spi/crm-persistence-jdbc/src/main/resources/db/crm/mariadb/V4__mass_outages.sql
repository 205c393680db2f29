-- telecrm storage, version 4: mass outages (issue 15, item 4), a row per outage like the other aggregates: its JSON in
-- "state" (the children by order and circuit identifier, pauses, restoration; no personal value), and whether it is
-- restored, which the query of the outages still open looks up.
CREATE TABLE crm_mass_outage (
    id           VARCHAR(255) NOT NULL,
    version      BIGINT       NOT NULL,
    written      CHAR(36)     NOT NULL,
    lineage      CHAR(36)     NOT NULL,
    is_restored  BOOLEAN      NOT NULL,
    state        LONGTEXT     NOT NULL,
    PRIMARY KEY (id),
    INDEX crm_mass_outage_restored (is_restored, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
