/**
 * The embedded default: {@link org.telecrm.persistence.memory.InMemoryStorage}, a thread-safe in-memory
 * implementation of every storage port, the outbox and the transaction boundary. See its class comment for the
 * isolation semantics.
 */
package org.telecrm.persistence.memory;
