package org.telecrm.customer.aggregate;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of master data a host asks of a customer ({@link Customer#amend}): the new value and from when it holds.
 * The customer records it as a {@link MasterDataChange} with the value before, raising {@code MasterDataChanged}.
 *
 * <pre>{@code
 * customer.amend(Amendment.move(CityCode.parse("320100").get(), effective), at);          // to Nanjing, Jiangsu
 * customer.amend(Amendment.changeDocument(DocumentChangeReason.REISSUED, newPassport,
 *         customers.byIdentityDocument(newPassport).map(v -> v.aggregate().getId()), effective), at);
 * }</pre>
 */
public sealed interface Amendment {

    /** From when the new value holds: not before the registration, not after the moment it is recorded. */
    Instant effectiveFrom();

    static Amendment rename(String name, Instant effectiveFrom) {
        return new Rename(name, effectiveFrom);
    }

    static Amendment move(CityCode city, Instant effectiveFrom) {
        return new Move(city, effectiveFrom);
    }

    static Amendment changeDocument(DocumentChangeReason reason, IdentityDocument document, Seq<CustomerId> holders,
                                    Instant effectiveFrom) {
        return new ChangeDocument(reason, document, holders, effectiveFrom);
    }

    static Amendment postalAddress(Option<Address> address, Instant effectiveFrom) {
        return new SetPostalAddress(address, effectiveFrom);
    }

    static Amendment installationAddress(CircuitRef circuit, Option<Address> address, Instant effectiveFrom) {
        return new SetInstallationAddress(circuit, address, effectiveFrom);
    }

    /** A new name (not blank). */
    @ValueObject
    record Rename(String name, Instant effectiveFrom) implements Amendment {
        public Rename {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }

    /** A new city; the province follows from it. */
    @ValueObject
    record Move(CityCode city, Instant effectiveFrom) implements Amendment {
        public Move {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }

    /**
     * A re-issued or corrected identity document, which must fit the customer's group, with the customers the host's
     * store holds under that document ({@code Customers.byIdentityDocument}, found by its keyed lookup): the duplicate
     * check. Held by another customer: refused ({@link CustomerRejection.DocumentTaken}).
     */
    @ValueObject
    record ChangeDocument(DocumentChangeReason reason, IdentityDocument document, Seq<CustomerId> holders,
                          Instant effectiveFrom) implements Amendment {
        public ChangeDocument {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(holders, "holders");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }

    /** A postal address, or none to remove it. */
    @ValueObject
    record SetPostalAddress(Option<Address> address, Instant effectiveFrom) implements Amendment {
        public SetPostalAddress {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }

    /** A circuit's installation address, or none when the circuit is no longer installed for the customer. */
    @ValueObject
    record SetInstallationAddress(CircuitRef circuit, Option<Address> address, Instant effectiveFrom)
            implements Amendment {
        public SetInstallationAddress {
            Objects.requireNonNull(circuit, "circuit");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }
}
