package org.telecrm.persistence.purposes;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;

/**
 * The customers' purpose registers a host stores (PIPL art. 13-17: what it must be able to show of each basis and
 * consent): load by customer, save with the expected version, the change's events appended to the outbox in the same
 * transaction. Loading rebuilds with {@link PurposeRegister#restore}.
 *
 * <pre>{@code
 * Changed<PurposeRegister, PurposeEvent> held = PurposeRegister.empty(customer)
 *         .hold(Purpose.MARKETING, Set.of(PersonalInformation.PHONE_NUMBER), consent, at).get();
 * registers.save(held, Versioned.NEW);          // Right(1), PurposeHeld in the outbox
 * registers.load(customer);                     // Some(Versioned(the register, 1))
 * }</pre>
 */
public interface PurposeRegisters {

    /** The stable type name of purpose registers in conflicts, event ids and JSON. */
    String TYPE = "purpose-register";

    Option<Versioned<PurposeRegister>> load(CustomerId customer);

    /** Stores the register when the store holds it at {@code expectedVersion}, and appends {@code events}. */
    Either<SaveConflict, Long> save(PurposeRegister register, long expectedVersion, Seq<PurposeEvent> events);

    default Either<SaveConflict, Long> save(Changed<PurposeRegister, PurposeEvent> change, long expectedVersion) {
        return save(change.state(), expectedVersion, change.events());
    }
}
