package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.MasterDataChange;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.LandlineNumber;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.customer.identity.Passport;

/**
 * The personal values in clear that a customer's history carried (its documents' numbers, every phone number and
 * e-mail address of every contact it ever had, every address line): what must never be found in what a store
 * holds. Values shorter than {@value #SHORTEST} characters (a landline's extension, mostly) are left out: they would turn up by chance in any
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
        } else if (event instanceof CustomerEvent.MasterDataChanged e) {
            return of(e.change());
        }
        return List.empty();
    }

    /** The documents' numbers and the address lines a master-data change carried (erased ones hold none). */
    private static Seq<String> of(MasterDataChange change) {
        if (change instanceof MasterDataChange.DocumentChanged d) {
            return List.of(d.before(), d.after()).filter(doc -> !(doc instanceof ErasedDocument))
                    .map(doc -> doc instanceof Passport p ? p.unmaskedNumber() : doc.unmasked());
        } else if (change instanceof MasterDataChange.PostalAddressChanged p) {
            return lines(p.before().toList().appendAll(p.after()));
        } else if (change instanceof MasterDataChange.InstallationAddressChanged i) {
            return lines(i.before().toList().appendAll(i.after()));
        }
        return List.empty();
    }

    private static Seq<String> lines(Seq<Address> addresses) {
        return addresses.filter(a -> !a.isErased()).map(Address::unmaskedLine);
    }

    private static Seq<String> of(ContactDetails details) {
        return details.phones().flatMap(phone -> phone instanceof LandlineNumber landline
                        ? List.of(landline.unmaskedNumber()).appendAll(landline.unmaskedExtension())
                        : List.of(phone.unmasked()))
                .appendAll(details.email().map(e -> e.unmasked()));
    }
}
