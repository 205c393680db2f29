package org.telecrm.persistence.outages;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.kernel.Changed;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.outage.MassOutageEvent;
import org.telecrm.order.outage.MassOutageId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;

/**
 * The mass outages a host stores (issue 15, item 4): load by identifier, save with the expected version, and the
 * outages not yet restored, whose children the host brings in line ({@code Inheritance.inherit}) on its schedule.
 * Saving appends the change's events to the outbox in the same transaction. Loading rebuilds with
 * {@link MassOutage#restore}: no rule runs, no event is raised. The children are referred to by identifier only; the
 * host saves each child order through {@code ServiceOrders}, in the same transaction if it wants both or neither.
 *
 * <pre>{@code
 * outages.save(MassOutage.declare(MassOutageId.of("MO-7"), "fibre cut", noc, at), Versioned.NEW);   // Right(1)
 * outages.unrestored(PageRequest.first(100)).items();                            // [the outage, version 1]
 * }</pre>
 */
public interface MassOutages {

    /** The stable type name of mass outages in conflicts, event ids and JSON. */
    String TYPE = "mass-outage";

    Option<Versioned<MassOutage>> load(MassOutageId id);

    /**
     * Stores {@code outage} when the store holds it at {@code expectedVersion} ({@link Versioned#NEW} when it must
     * not exist yet) and appends {@code events} to the outbox, in one transaction; the new version, or a
     * {@link SaveConflict} with nothing written.
     */
    Either<SaveConflict, Long> save(MassOutage outage, long expectedVersion, Seq<MassOutageEvent> events);

    default Either<SaveConflict, Long> save(Changed<MassOutage, MassOutageEvent> change, long expectedVersion) {
        return save(change.state(), expectedVersion, change.events());
    }

    /** The outages not yet restored, ordered by outage id. */
    Page<Versioned<MassOutage>> unrestored(PageRequest page);
}
