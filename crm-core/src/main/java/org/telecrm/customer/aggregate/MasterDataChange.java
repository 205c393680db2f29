package org.telecrm.customer.aggregate;

import org.telecrm.kernel.Reversible;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a customer's master data, with the value before and after it, when it takes effect
 * ({@code effectiveFrom}, no later than it was recorded: a BOSS reports changes that have happened) and when it was
 * recorded. The customer's history is the list of its changes in the order recorded; its state as of a moment is the
 * registration with every change effective by then applied ({@link Customer#masterDataAsOf}). Each change concerns
 * one {@link #aspect()} (the name, the city, the document, the postal address, one circuit's installation address),
 * and the changes of one aspect take effect in the order recorded. Documents and addresses render masked.
 */
public sealed interface MasterDataChange extends Reversible<MasterData> {

    /** From when the change holds. */
    Instant effectiveFrom();

    /** When the change was recorded: the time of its event. */
    Instant recordedAt();

    /** What the change concerns: {@code name}, {@code city}, {@code document}, {@code postalAddress} or {@code installationAddress <circuit>}. */
    String aspect();

    /** {@code state} with this change's value after it. */
    MasterData applyTo(MasterData state);

    /** This change with nothing of the person left (erasure): names, documents and address lines erased. */
    MasterDataChange anonymised(CustomerId customer);

    /** The customer was renamed (a company's new registered name, a person's corrected name). */
    @ValueObject
    record Renamed(String before, String after, Instant effectiveFrom, Instant recordedAt) implements MasterDataChange {
        public Renamed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            times(effectiveFrom, recordedAt);
        }

        public String aspect() {
            return "name";
        }

        public MasterData applyTo(MasterData state) {
            return state.withName(after);
        }

        public MasterData undo(MasterData state) {
            return state.withName(before);
        }

        public boolean madeState(MasterData state) {
            return state.name().equals(after);
        }

        public MasterDataChange anonymised(CustomerId customer) {
            return new Renamed(Customer.ERASED_NAME, Customer.ERASED_NAME, effectiveFrom, recordedAt);
        }
    }

    /** The customer moved to another city (and so, perhaps, to another province). */
    @ValueObject
    record Moved(CityCode before, CityCode after, Instant effectiveFrom, Instant recordedAt) implements MasterDataChange {
        public Moved {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            times(effectiveFrom, recordedAt);
        }

        /** Whether the move crossed a province boundary. */
        public boolean changedProvince() {
            return before.province() != after.province();
        }

        public String aspect() {
            return "city";
        }

        public MasterData applyTo(MasterData state) {
            return state.withCity(after);
        }

        public MasterData undo(MasterData state) {
            return state.withCity(before);
        }

        public boolean madeState(MasterData state) {
            return state.city().equals(after);
        }

        /** A city is no personal information: a move stays as it was. */
        public MasterDataChange anonymised(CustomerId customer) {
            return this;
        }
    }

    /** The identity document was re-issued or corrected ({@code reason}). */
    @ValueObject
    record DocumentChanged(DocumentChangeReason reason, IdentityDocument before, IdentityDocument after,
                           Instant effectiveFrom, Instant recordedAt) implements MasterDataChange {
        public DocumentChanged {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            times(effectiveFrom, recordedAt);
        }

        public String aspect() {
            return "document";
        }

        public MasterData applyTo(MasterData state) {
            return state.withDocument(after);
        }

        public MasterData undo(MasterData state) {
            return state.withDocument(before);
        }

        public boolean madeState(MasterData state) {
            return state.document().equals(after);
        }

        public MasterDataChange anonymised(CustomerId customer) {
            ErasedDocument erased = new ErasedDocument(customer.value());
            return new DocumentChanged(reason, erased, erased, effectiveFrom, recordedAt);
        }
    }

    /** The postal address was set, changed or removed (none before or after). */
    @ValueObject
    record PostalAddressChanged(Option<Address> before, Option<Address> after, Instant effectiveFrom,
                                Instant recordedAt) implements MasterDataChange {
        public PostalAddressChanged {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            times(effectiveFrom, recordedAt);
        }

        public String aspect() {
            return "postalAddress";
        }

        public MasterData applyTo(MasterData state) {
            return state.withPostalAddress(after);
        }

        public MasterData undo(MasterData state) {
            return state.withPostalAddress(before);
        }

        public boolean madeState(MasterData state) {
            return state.postalAddress().equals(after);
        }

        public MasterDataChange anonymised(CustomerId customer) {
            return new PostalAddressChanged(before.map(Address::erased), after.map(Address::erased), effectiveFrom,
                    recordedAt);
        }
    }

    /** A circuit's installation address was set, changed or removed (none before or after). */
    @ValueObject
    record InstallationAddressChanged(CircuitRef circuit, Option<Address> before, Option<Address> after,
                                      Instant effectiveFrom, Instant recordedAt) implements MasterDataChange {
        public InstallationAddressChanged {
            Objects.requireNonNull(circuit, "circuit");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            times(effectiveFrom, recordedAt);
        }

        public String aspect() {
            return "installationAddress " + circuit.value();
        }

        public MasterData applyTo(MasterData state) {
            return state.withInstallationAddress(circuit, after);
        }

        public MasterData undo(MasterData state) {
            return state.withInstallationAddress(circuit, before);
        }

        public boolean madeState(MasterData state) {
            return state.installationAddresses().get(circuit).equals(after);
        }

        public MasterDataChange anonymised(CustomerId customer) {
            return new InstallationAddressChanged(circuit, before.map(Address::erased), after.map(Address::erased),
                    effectiveFrom, recordedAt);
        }
    }

    private static void times(Instant effectiveFrom, Instant recordedAt) {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
