package org.telecrm.persistence.access;

import org.telecrm.customer.contact.ContactId;

/** Which full number an audited {@code reveal} shows. */
public sealed interface Revealed {

    /** What the audit record names. */
    String describe();

    /** The identity document's number. */
    record DocumentNumber() implements Revealed {
        public String describe() {
            return "document number";
        }
    }

    /** A contact's phone numbers and e-mail address. */
    record ContactDetails(ContactId contact) implements Revealed {
        public String describe() {
            return "contact " + contact.value() + " phones and e-mail";
        }
    }

    /** The address lines: the postal address's, then each circuit's installation address's, by circuit. */
    record AddressLines() implements Revealed {
        public String describe() {
            return "address lines";
        }
    }
}
