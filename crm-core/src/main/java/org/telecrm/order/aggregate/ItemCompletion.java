package org.telecrm.order.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.StaffId;

import java.time.Instant;
import java.util.Objects;

/**
 * An item of an order completed on its own, before the order (partial completion): when, who recorded it, their note.
 *
 * <pre>{@code
 * new ItemCompletion(at, StaffId.of("S-101"), "DDN-2 restored on the spare pair");
 * }</pre>
 */
@ValueObject
public record ItemCompletion(Instant at, StaffId by, String note) {

    public ItemCompletion {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(note, "note");
    }
}
