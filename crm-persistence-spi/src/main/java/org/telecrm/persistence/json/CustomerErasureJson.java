package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import org.telecrm.customer.aggregate.CustomerEvent;


/** Which stored events an erasure concerns (see {@link CustomerJson#isErasure}). */
final class CustomerErasureJson {

    private CustomerErasureJson() {
    }

    // ---- erasure ------------------------------------------------------------------------------------------------

    /** Whether this event erases personal information ({@code Erased}, {@code ContactErased}). */
    static boolean isErasure(CustomerEvent event) {
        return event instanceof CustomerEvent.Erased || event instanceof CustomerEvent.ContactErased;
    }

    /**
     * Whether a stored customer event (its JSON, as the outbox holds it) holds information that {@code erasure}
     * erases, so that a store removes it: for {@code Erased}, every earlier event of that customer; for
     * {@code ContactErased}, the events that carried that contact's details (added, changed, removed). Read without
     * the keys: only the event's type and identifiers are looked at.
     */
    static boolean erasedBy(String storedEvent, CustomerEvent erasure) {
        Either<JsonError, ObjectNode> tree = Json.tree(storedEvent);
        if (tree.isLeft()) {
            return false;
        }
        ObjectNode event = tree.get();
        if (!erasure.customerId().value().equals(event.path("customerId").asText(null))) {
            return false;
        }
        if (erasure instanceof CustomerEvent.Erased) {
            return true;
        }
        if (erasure instanceof CustomerEvent.ContactErased contact) {
            String type = event.path("type").asText("");
            return (type.equals("ContactAdded") || type.equals("ContactChanged") || type.equals("ContactRemoved"))
                    && contact.contactId().value().equals(event.path("contactId").asText(null));
        }
        return false;
    }
}
