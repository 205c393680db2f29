/**
 * The transactional outbox: the domain events of every saved change, stored in the same transaction as the
 * aggregate, each with a deterministic {@link org.telecrm.persistence.outbox.EventId}, read in order by a relay
 * and marked delivered (at-least-once delivery; consumers de-duplicate by event id).
 */
package org.telecrm.persistence.outbox;
