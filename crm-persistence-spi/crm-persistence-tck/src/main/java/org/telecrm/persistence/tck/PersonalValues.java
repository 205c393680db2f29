package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.LandlineNumber;
import org.telecrm.customer.identity.Passport;

/**
 * The personal values in clear that a customer's history carried (its document's number, every phone number and
 * e-mail address of every contact it ever had): what must never be found in what a store holds. Values shorter than
 * {@value #SHORTEST} characters (a landline's extension, mostly) are left out: they would turn up by chance in any
 * long Base64 text, so their absence proves nothing.
 */
public final class PersonalValues {

    /** The shortest value looked for. */
    public static final int SHORTEST = 5;

    private PersonalValues() {
    }

    /** The clear values of these events. */
    public static Seq<String> of(Seq<CustomerEvent> events) {
        return events.flatMap(PersonalValues::of).distinct().filter(v -> v.length() >= SHORTEST);
    }

    private static Seq<String> of(CustomerEvent event) {
        if (event instanceof CustomerEvent.Registered e) {
            return List.of(e.document() instanceof Passport p ? p.unmaskedNumber() : e.document().unmasked());
        } else if (event instanceof CustomerEvent.ContactAdded e) {
            return of(e.details());
        } else if (event instanceof CustomerEvent.ContactChanged e) {
            return of(e.before()).appendAll(of(e.after()));
        } else if (event instanceof CustomerEvent.ContactRemoved e) {
            return of(e.details());
        }
        return List.empty();
    }

    private static Seq<String> of(ContactDetails details) {
        return details.phones().flatMap(phone -> phone instanceof LandlineNumber landline
                        ? List.of(landline.unmaskedNumber()).appendAll(landline.unmaskedExtension())
                        : List.of(phone.unmasked()))
                .appendAll(details.email().map(e -> e.unmasked()));
    }
}
