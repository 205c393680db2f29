package org.telecrm.customer.aggregate;

import org.telecrm.kernel.Reversible;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.kernel.RestoreCheck;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's addresses and the history of its master data, with their rules: changes are recorded in time order,
 * each takes effect no earlier than the registration and no later than it is recorded, and the changes of one aspect
 * take effect in the order recorded; each change's value before is the value the one before it left (the last one's
 * after is the current value). The state as of a moment is the current one with every change effective after it
 * undone, newest first: the same as replaying the changes effective by then over the registration.
 */
record MasterDataHistory(Option<Address> postalAddress, SortedMap<CircuitRef, Address> installationAddresses,
                         Seq<MasterDataChange> changes) {

    static final MasterDataHistory NONE = new MasterDataHistory(Option.none(), TreeMap.empty(), List.empty());

    MasterDataHistory {
        Objects.requireNonNull(postalAddress, "postalAddress");
        installationAddresses = TreeMap.ofEntries(Objects.requireNonNull(installationAddresses,
                "installationAddresses"));
        changes = List.ofAll(Objects.requireNonNull(changes, "masterDataHistory"));
    }

    /** The change {@code amendment} makes to {@code current}; none when it already holds. */
    static Either<CustomerRejection, Option<MasterDataChange>> change(CustomerId id, CustomerGroup group,
                                                                      MasterData current, Seq<MasterDataChange> past,
                                                                      Instant registeredAt, Amendment amendment,
                                                                      Instant at) {
        Instant from = amendment.effectiveFrom();
        Option<MasterDataChange> change;
        if (amendment instanceof Amendment.Rename r) {
            if (r.name().isBlank()) {
                return Either.left(new CustomerRejection.BlankText(id, "name"));
            }
            change = Option.when(!r.name().equals(current.name()),
                    () -> new MasterDataChange.Renamed(current.name(), r.name(), from, at));
        } else if (amendment instanceof Amendment.Move m) {
            change = Option.when(!m.city().equals(current.city()),
                    () -> new MasterDataChange.Moved(current.city(), m.city(), from, at));
        } else if (amendment instanceof Amendment.ChangeDocument d) {
            if (!Registration.fits(group, d.document()) || d.document() instanceof ErasedDocument) {
                return Either.left(new CustomerRejection.DocumentDoesNotFitGroup(id, group, d.document().kind()));
            }
            Option<CustomerId> holder = d.holders().find(other -> !other.equals(id));
            if (holder.isDefined()) {
                return Either.left(new CustomerRejection.DocumentTaken(id, holder.get(), d.document().kind()));
            }
            change = Option.when(!d.document().equals(current.document()),
                    () -> new MasterDataChange.DocumentChanged(d.reason(), current.document(), d.document(), from, at));
        } else if (amendment instanceof Amendment.SetPostalAddress p) {
            change = Option.when(!p.address().equals(current.postalAddress()),
                    () -> new MasterDataChange.PostalAddressChanged(current.postalAddress(), p.address(), from, at));
        } else {
            Amendment.SetInstallationAddress i = (Amendment.SetInstallationAddress) amendment;
            Option<Address> before = current.installationAddresses().get(i.circuit());
            change = Option.when(!i.address().equals(before),
                    () -> new MasterDataChange.InstallationAddressChanged(i.circuit(), before, i.address(), from, at));
        }
        return change.isEmpty() ? Either.right(change) : inOrder(id, change.get(), past, registeredAt).map(Option::some);
    }

    private static Either<CustomerRejection, MasterDataChange> inOrder(CustomerId id, MasterDataChange change,
                                                                       Seq<MasterDataChange> past,
                                                                       Instant registeredAt) {
        Instant from = change.effectiveFrom();
        if (from.isBefore(registeredAt)) {
            return Either.left(new CustomerRejection.OutOfOrder(id, "registration", registeredAt, from));
        }
        if (from.isAfter(change.recordedAt())) {
            return Either.left(new CustomerRejection.EffectiveAfterRecording(id, change.aspect(), from,
                    change.recordedAt()));
        }
        Option<Instant> lastRecorded = past.lastOption().map(MasterDataChange::recordedAt);
        if (lastRecorded.exists(change.recordedAt()::isBefore)) {
            return Either.left(new CustomerRejection.OutOfOrder(id, "master-data change", lastRecorded.get(),
                    change.recordedAt()));
        }
        Option<Instant> lastEffective = past.filter(c -> c.aspect().equals(change.aspect())).lastOption()
                .map(MasterDataChange::effectiveFrom);
        if (lastEffective.exists(from::isBefore)) {
            return Either.left(new CustomerRejection.OutOfOrder(id, change.aspect() + " change effective",
                    lastEffective.get(), from));
        }
        return Either.right(change);
    }

    /** The history with {@code change} recorded, its addresses as {@code next} holds them. */
    MasterDataHistory with(MasterData next, MasterDataChange change) {
        return new MasterDataHistory(next.postalAddress(), next.installationAddresses(), changes.append(change));
    }

    /** The master data in effect at {@code at}: none before the registration. */
    static Option<MasterData> asOf(MasterData current, Seq<MasterDataChange> changes, Instant registeredAt,
                                   Instant at) {
        if (at.isBefore(registeredAt)) {
            return Option.none();
        }
        return Option.some(Reversible.undone(current, changes, c -> c.effectiveFrom().isAfter(at)));
    }

    /**
     * The master data in effect at {@code at} as it was known at {@code knownAt} (bitemporal): the registration with
     * every change effective by {@code at} and recorded by {@code knownAt} applied; none before the registration, or
     * when it was not yet recorded at {@code knownAt}. The
     * changes of one aspect are recorded and take effect in the same order, so the changes left out are, aspect by
     * aspect, the last ones: undoing them newest first leaves the state they started from.
     */
    static Option<MasterData> asOf(MasterData current, Seq<MasterDataChange> changes, Instant registeredAt,
                                   Instant at, Instant knownAt) {
        if (at.isBefore(registeredAt) || knownAt.isBefore(registeredAt)) {
            return Option.none();
        }
        return Option.some(Reversible.undone(current, changes,
                c -> c.effectiveFrom().isAfter(at) || c.recordedAt().isAfter(knownAt)));
    }

    /** Reports changes out of order, dated wrongly, or not following on from one another to the current state. */
    static void check(RestoreCheck check, MasterData current, Seq<MasterDataChange> changes, Instant registeredAt) {
        check.when(changes.exists(c -> c.effectiveFrom().isAfter(c.recordedAt())), "masterDataHistory",
                () -> "a change must not take effect after it was recorded");
        check.when(changes.exists(c -> c.effectiveFrom().isBefore(registeredAt)), "masterDataHistory",
                () -> "a change must not take effect before the registration at " + registeredAt);
        check.when(changes.sliding(2).exists(p -> p.size() == 2 && p.get(1).recordedAt().isBefore(p.get(0).recordedAt())),
                "masterDataHistory", () -> "changes must be recorded in time order");
        check.when(changes.groupBy(MasterDataChange::aspect).values().exists(same -> same.sliding(2)
                        .exists(p -> p.size() == 2 && p.get(1).effectiveFrom().isBefore(p.get(0).effectiveFrom()))),
                "masterDataHistory", () -> "the changes of one aspect must take effect in the order recorded");
        check.when(!Reversible.endsAt(current, changes), "masterDataHistory",
                () -> "each change must start from the value the one before it left, the last one end at the current value");
    }

    /** The history with nothing of the person left: every address line, name and document in it erased. */
    MasterDataHistory anonymised(CustomerId customer) {
        return new MasterDataHistory(postalAddress.map(Address::erased), installationAddresses.mapValues(Address::erased),
                changes.map(c -> c.anonymised(customer)));
    }

    @Override
    public String toString() {
        return "postal address " + postalAddress.map(Address::toString).getOrElse("none") + ", installation addresses "
                + installationAddresses.toList().map(e -> e._1 + " " + e._2).mkString("[", ", ", "]")
                + ", " + changes.size() + " master-data changes";
    }
}
