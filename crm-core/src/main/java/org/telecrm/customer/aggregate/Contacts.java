package org.telecrm.customer.aggregate;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreCheck;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's contacts and which of them is the primary contact, with their rules: contacts have distinct
 * identifiers; when there are contacts exactly one of them is primary, when there are none nothing is; the first
 * contact added becomes primary; the primary contact goes only as the last one, and not from an active key account.
 * Immutable: each change gives new contacts with the events that announce it ({@link Changed#nothing} when nothing
 * changes). The {@link Customer} runs its commands through it and adds what only the customer knows (erasure).
 */
final class Contacts {

    static final Contacts NONE = new Contacts(LinkedHashMap.empty(), Option.none());

    /** By identifier, in the order they were added: adding, finding and checking a contact cost O(1), not O(n). */
    private final LinkedHashMap<ContactId, Contact> byId;
    private final Option<ContactId> primary;

    private Contacts(LinkedHashMap<ContactId, Contact> byId, Option<ContactId> primary) {
        this.byId = Objects.requireNonNull(byId, "contacts");
        this.primary = Objects.requireNonNull(primary, "primaryContact");
    }

    /**
     * Contacts as stored, a repeated identifier reported to {@code check} (the first contact with it is kept); whether
     * the primary contact fits is {@link #check}'s question.
     */
    static Contacts restore(Seq<Contact> contacts, Option<ContactId> primary, RestoreCheck check) {
        Objects.requireNonNull(contacts, "contacts");
        LinkedHashMap<ContactId, Contact> byId = LinkedHashMap.empty();
        int i = 0;
        for (Contact contact : contacts) {
            Objects.requireNonNull(contact, "contacts[" + i + "]");
            check.when(byId.containsKey(contact.id()), "contacts[" + i + "].id",
                    () -> "the identifier " + contact.id() + " is already used by an earlier contact");
            byId = byId.containsKey(contact.id()) ? byId : byId.put(contact.id(), contact);
            i++;
        }
        return new Contacts(byId, primary);
    }

    /** Reports a primary contact that is not exactly one of the contacts (or one without contacts). */
    void check(RestoreCheck check) {
        // Distinct identifiers: the map's keys are (restore checks what it is given).
        check.when(primary.isDefined() != byId.nonEmpty() || primary.exists(p -> !byId.containsKey(p)),
                "primaryContact",
                () -> "there must be exactly one primary contact, one of the contacts, when there are contacts");
    }

    Seq<Contact> all() {
        return byId.values();
    }

    Option<Contact> get(ContactId contactId) {
        return byId.get(contactId);
    }

    Option<ContactId> primary() {
        return primary;
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /**
     * Adds a contact; the first becomes primary. The same contact with the same details again: nothing changes; the
     * identifier with other details is {@link CustomerRejection.ContactIdTaken}.
     */
    Either<CustomerRejection, Changed<Contacts, CustomerEvent>> add(CustomerId owner, ContactId contactId,
                                                                    ContactDetails details, Instant registeredAt,
                                                                    Instant at) {
        Option<Contact> existing = get(contactId);
        if (existing.isDefined()) {
            return existing.get().details().equals(details) ? unchanged()
                    : Either.left(new CustomerRejection.ContactIdTaken(owner, contactId));
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder(owner, registeredAt, at);
        }
        CustomerEvent added = new CustomerEvent.ContactAdded(owner, contactId, details, at);
        LinkedHashMap<ContactId, Contact> more = byId.put(contactId, new Contact(contactId, details));
        if (primary.isDefined()) {
            return changed(new Contacts(more, primary), added);
        }
        return changed(new Contacts(more, Option.some(contactId)), added,
                new CustomerEvent.PrimaryContactChanged(owner, Option.none(), Option.some(contactId), at));
    }

    /** Changes a contact's details. The same details: nothing changes. */
    Either<CustomerRejection, Changed<Contacts, CustomerEvent>> change(CustomerId owner, ContactId contactId,
                                                                       ContactDetails details, Instant registeredAt,
                                                                       Instant at) {
        Option<Contact> existing = get(contactId);
        if (existing.isEmpty()) {
            return Either.left(new CustomerRejection.UnknownContact(owner, contactId));
        }
        if (existing.get().details().equals(details)) {
            return unchanged();
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder(owner, registeredAt, at);
        }
        return changed(new Contacts(byId.put(contactId, new Contact(contactId, details)), primary),
                new CustomerEvent.ContactChanged(owner, contactId, existing.get().details(), details, at));
    }

    /**
     * Removes a contact. The primary contact goes only as the last contact, and not while {@code activeKeyAccount}.
     * No such contact: nothing changes.
     */
    Either<CustomerRejection, Changed<Contacts, CustomerEvent>> remove(CustomerId owner, ContactId contactId,
                                                                       boolean activeKeyAccount, Instant registeredAt,
                                                                       Instant at) {
        Option<Contact> existing = get(contactId);
        if (existing.isEmpty()) {
            return unchanged();
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder(owner, registeredAt, at);
        }
        CustomerEvent removed = new CustomerEvent.ContactRemoved(owner, contactId, existing.get().details(), at);
        LinkedHashMap<ContactId, Contact> fewer = byId.remove(contactId);
        if (!primary.contains(contactId)) {
            return changed(new Contacts(fewer, primary), removed);
        }
        if (!fewer.isEmpty()) {
            return Either.left(new CustomerRejection.PrimaryContactInUse(owner, contactId));
        }
        if (activeKeyAccount) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(owner, "remove the last contact",
                    List.of(KeyAccountRequirement.PRIMARY_CONTACT)));
        }
        return changed(new Contacts(fewer, Option.none()), removed,
                new CustomerEvent.PrimaryContactChanged(owner, primary, Option.none(), at));
    }

    /** Makes a contact the primary contact. Primary already: nothing changes. */
    Either<CustomerRejection, Changed<Contacts, CustomerEvent>> makePrimary(CustomerId owner, ContactId contactId,
                                                                            Instant registeredAt, Instant at) {
        if (get(contactId).isEmpty()) {
            return Either.left(new CustomerRejection.UnknownContact(owner, contactId));
        }
        if (primary.contains(contactId)) {
            return unchanged();
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder(owner, registeredAt, at);
        }
        return changed(new Contacts(byId, Option.some(contactId)),
                new CustomerEvent.PrimaryContactChanged(owner, primary, Option.some(contactId), at));
    }

    private Either<CustomerRejection, Changed<Contacts, CustomerEvent>> unchanged() {
        return Either.right(Changed.nothing(this));
    }

    private static Either<CustomerRejection, Changed<Contacts, CustomerEvent>> changed(Contacts next,
                                                                                       CustomerEvent... events) {
        return Either.right(Changed.of(next, List.of(events)));
    }

    private static Either<CustomerRejection, Changed<Contacts, CustomerEvent>> outOfOrder(CustomerId owner,
                                                                                          Instant registeredAt,
                                                                                          Instant at) {
        return Either.left(new CustomerRejection.OutOfOrder(owner, "registration", registeredAt, at));
    }

    /** Equal when the contacts, in their order, and the primary contact are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Contacts that && all().equals(that.all()) && primary.equals(that.primary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(all(), primary);
    }

    /** Phones and e-mail masked, as each contact renders them. */
    @Override
    public String toString() {
        return "contacts " + all().map(Contact::toString).mkString("[", ", ", "]")
                + ", primary " + primary.map(ContactId::value).getOrElse("none");
    }
}
