/**
 * Storage ports a host implements to plug in its own storage, one per aggregate and named as the domain would
 * ({@link org.telecrm.persistence.accounts.Accounts}, {@link org.telecrm.persistence.customers.Customers},
 * {@link org.telecrm.persistence.contracts.SlaContracts}, {@link org.telecrm.persistence.orders.ServiceOrders}), the
 * shared SPI types ({@link org.telecrm.persistence.Versioned},
 * {@link org.telecrm.persistence.SaveConflict}, {@link org.telecrm.persistence.Transactions},
 * {@link org.telecrm.persistence.Page}), the outbox ({@code .outbox}), the embedded in-memory default
 * ({@code .memory}) and the JSON mapping ({@code .json}). The contract test kit ships in this module's test-jar
 * (package {@code org.telecrm.persistence.tck}).
 *
 * <p>Dependency direction: this module depends on {@code crm-core}, never the other way round; {@code crm-core}
 * knows nothing of storage or JSON.
 */
package org.telecrm.persistence;
