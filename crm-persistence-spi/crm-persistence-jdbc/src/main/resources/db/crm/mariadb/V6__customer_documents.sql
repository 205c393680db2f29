-- telecrm storage, version 6: the identity documents a customer held before a re-issue (issue 16), one row each, by
-- the keyed lookup hash of the document (as crm_customer.document_hash holds the current one's), so the duplicate
-- lookup still finds the customer by its old number. Rewritten in the save's transaction whenever the customer's
-- document changes or it is erased; a corrected document is not kept (it was never the customer's).
CREATE TABLE crm_customer_document (
    document_hash CHAR(64)     NOT NULL,
    customer_id   VARCHAR(255) NOT NULL,
    PRIMARY KEY (document_hash, customer_id),
    INDEX crm_customer_document_by_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
