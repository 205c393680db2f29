package org.telecrm.persistence.contracts;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;

import java.time.LocalDate;

/**
 * The SLA contracts a host stores: load by identifier, save with the expected version, and the queries a host
 * needs (by customer; in force on a date). Saving appends the change's events to the outbox in the same
 * transaction. Loading rebuilds with {@link SlaContract#restore}: no rule runs, no event is raised.
 *
 * <pre>{@code
 * contracts.save(SlaContract.draft(id, customer, account, validity, terms, at).get(), Versioned.NEW);  // Right(1)
 * contracts.byCustomer(customer, PageRequest.first(100)).items();                   // [the draft, version 1]
 * contracts.inForceOn(LocalDate.of(2026, 3, 1), PageRequest.first(100)).items();   // signed, covering that day
 * }</pre>
 */
public interface SlaContracts {

    /** The stable type name of SLA contracts in conflicts, event ids and JSON. */
    String TYPE = "sla-contract";

    Option<Versioned<SlaContract>> load(SlaContractId id);

    /**
     * Stores {@code contract} when the store holds it at {@code expectedVersion} ({@link Versioned#NEW} when it must
     * not exist yet) and appends {@code events} to the outbox, in one transaction; the new version, or a
     * {@link SaveConflict} with nothing written.
     */
    Either<SaveConflict, Long> save(SlaContract contract, long expectedVersion, Seq<SlaContractEvent> events);

    default Either<SaveConflict, Long> save(Changed<SlaContract, SlaContractEvent> change, long expectedVersion) {
        return save(change.state(), expectedVersion, change.events());
    }

    /** The contracts of a customer, whatever their status, ordered by contract id. */
    Page<Versioned<SlaContract>> byCustomer(CustomerId customer, PageRequest page);

    /**
     * The contracts in force on {@code day}, ordered by contract id: those that {@link SlaContract#covers(LocalDate)
     * cover} it (signed, and the day within the validity period, up to the termination day once terminated; a
     * suspension does not end coverage).
     */
    Page<Versioned<SlaContract>> inForceOn(LocalDate day, PageRequest page);
}
