package org.telecrm.customer.aggregate;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link Customer} holds and how it reads: its fields, accessors, equality and masked rendering. The
 * customer's commands and creation live in {@link Customer}, the only subclass; the rules of its parts in
 * {@link Contacts}, {@link ManagerHistory}, {@link GroupLinks}, {@link KeyAccountFile}, {@link LifecycleMoves} and
 * {@link CustomerInvariants}.
 */
abstract sealed class CustomerState permits Customer {

    final CustomerId id;
    final CustomerGroup group;
    final String name;
    final IdentityDocument document;
    final CityCode city;
    final Instant registeredAt;
    final Lifecycle lifecycle;
    final Option<GradeRecord> grade;
    final ManagerHistory managers;
    final Contacts contacts;
    final GroupStructure structure;
    final KeyAccountFile file;
    final Option<RaisedChurnWarning> churnWarning;
    final MasterDataHistory history;

    CustomerState(CustomerId id, CustomerGroup group, String name, IdentityDocument document, CityCode city,
                     Instant registeredAt, Lifecycle lifecycle, Option<GradeRecord> grade, ManagerHistory managers,
                     Contacts contacts, GroupStructure structure, KeyAccountFile file,
                     Option<RaisedChurnWarning> churnWarning, MasterDataHistory history) {
        this.id = Objects.requireNonNull(id, "id");
        this.group = Objects.requireNonNull(group, "group");
        this.name = Objects.requireNonNull(name, "name");
        this.document = Objects.requireNonNull(document, "document");
        this.city = Objects.requireNonNull(city, "city");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.grade = Objects.requireNonNull(grade, "grade");
        this.managers = Objects.requireNonNull(managers, "managerAssignments");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.structure = Objects.requireNonNull(structure, "structure");
        this.file = Objects.requireNonNull(file, "file");
        this.churnWarning = Objects.requireNonNull(churnWarning, "churnWarning");
        this.history = Objects.requireNonNull(history, "history");
    }

    /** The customer's identity, for the domain (equality is of the whole state). */
    public CustomerId getId() {
        return id;
    }

    public CustomerGroup group() {
        return group;
    }

    public boolean isKeyAccount() {
        return group == CustomerGroup.KEY_ACCOUNT;
    }

    public String name() {
        return name;
    }

    /** The identity document; it renders masked, {@link IdentityDocument#unmasked()} gives the whole number. */
    public IdentityDocument document() {
        return document;
    }

    public CityCode city() {
        return city;
    }

    /** Derived from the city code. */
    public Province province() {
        return city.province();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** What a duplicate check compares: group, name, document and city as they are now. */
    public Registration registration() {
        return new Registration(group, name, document, city);
    }

    /** Name, city, document and addresses as they are now. */
    public MasterData masterData() {
        return new MasterData(name, city, document, history.postalAddress(), history.installationAddresses());
    }

    /**
     * The master data in effect at {@code at}: the registration with every change effective by then applied
     * (changes recorded later but effective earlier included); none before the registration.
     */
    public Option<MasterData> masterDataAsOf(Instant at) {
        return MasterDataHistory.asOf(masterData(), history.changes(), registeredAt, Objects.requireNonNull(at, "at"));
    }

    /**
     * The master data in effect at {@code at} as this customer's record stood at {@code knownAt}: only the changes
     * recorded by then count (bitemporal: what was true when, as recorded when). A correction recorded later but
     * effective from the registration changes the answer for a past {@code at} from the moment it is recorded:
     * {@code masterDataAsOf(at, before the correction)} is the wrong value the record held then,
     * {@code masterDataAsOf(at, after it)} the corrected one. With {@code knownAt} now, it is {@link #masterDataAsOf}.
     */
    public Option<MasterData> masterDataAsOf(Instant at, Instant knownAt) {
        return MasterDataHistory.asOf(masterData(), history.changes(), registeredAt, Objects.requireNonNull(at, "at"),
                Objects.requireNonNull(knownAt, "knownAt"));
    }

    /** Every change of the master data, in the order recorded. */
    public Seq<MasterDataChange> masterDataHistory() {
        return history.changes();
    }

    /**
     * The identity documents this customer held before a re-issue ({@link DocumentChangeReason#REISSUED}), oldest
     * first, without repeats or the current one: what the duplicate check still finds it by. A corrected document is
     * not among them: it was recorded wrongly and was never this customer's (it may well be another's). An erased
     * customer has none.
     */
    public Seq<IdentityDocument> formerDocuments() {
        return history.changes().filter(c -> c instanceof MasterDataChange.DocumentChanged d
                        && d.reason() == DocumentChangeReason.REISSUED)
                .map(c -> ((MasterDataChange.DocumentChanged) c).before())
                .filter(d -> !(d instanceof org.telecrm.customer.identity.ErasedDocument) && !d.equals(document))
                .distinct();
    }

    /** Whether the customer is known by {@code document}: its current one, or one it held before a re-issue. */
    public boolean isKnownBy(IdentityDocument document) {
        return this.document.equals(document) || formerDocuments().contains(document);
    }

    public Option<Address> postalAddress() {
        return history.postalAddress();
    }

    /** The installation address of each circuit, by circuit. */
    public SortedMap<CircuitRef, Address> installationAddresses() {
        return history.installationAddresses();
    }

    MasterDataHistory history() {
        return history;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public Lifecycle.Stage stage() {
        return lifecycle.stage();
    }

    public boolean isActiveKeyAccount() {
        return isKeyAccount() && lifecycle instanceof Lifecycle.Active;
    }

    /** The grade with its reason; none for a customer that is not a key account or not yet graded. */
    public Option<GradeRecord> grade() {
        return grade;
    }

    /** Every account-manager assignment, oldest first; the last one is open while a manager is assigned. */
    public Seq<ManagerAssignment> managerAssignments() {
        return managers.lines();
    }

    public Option<AccountManagerId> currentManager() {
        return managers.current();
    }

    ManagerHistory managerHistory() {
        return managers;
    }

    public Seq<Contact> contacts() {
        return contacts.all();
    }

    public Option<Contact> contact(ContactId contactId) {
        return contacts.get(contactId);
    }

    /** The primary contact's identifier: defined exactly when there are contacts. */
    public Option<ContactId> primaryContact() {
        return contacts.primary();
    }

    Contacts contactBook() {
        return contacts;
    }

    public GroupStructure structure() {
        return structure;
    }

    /**
     * Whether the customer is served as a headquarters (delivery by the account manager, rules.md section 4): a key
     * account that is not a branch of another, with or without branches of its own.
     */
    public boolean isHeadquarters() {
        return isKeyAccount() && !(structure instanceof GroupStructure.Branch);
    }

    /** The key-account file, oldest entry first. */
    public Seq<FileEntry> file() {
        return file.entries();
    }

    KeyAccountFile keyAccountFile() {
        return file;
    }

    /** The latest churn warning raised, if any. */
    public Option<RaisedChurnWarning> churnWarning() {
        return churnWarning;
    }

    /**
     * Two customers are equal when their whole state is: what a storage round trip must preserve. (Identity, for
     * the domain, is {@link #getId()}.)
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerState that && id.equals(that.id) && group == that.group && name.equals(that.name)
                && document.equals(that.document) && city.equals(that.city) && registeredAt.equals(that.registeredAt)
                && lifecycle.equals(that.lifecycle) && grade.equals(that.grade)
                && managers.equals(that.managers) && contacts.equals(that.contacts) && structure.equals(that.structure)
                && file.equals(that.file) && churnWarning.equals(that.churnWarning) && history.equals(that.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, group, name, document, city, registeredAt, lifecycle, grade, managerAssignments(),
                contacts(), primaryContact(), structure, file, churnWarning, history);
    }

    /** Identity document and phone numbers masked. */
    @Override
    public String toString() {
        return "Customer[" + id + ", " + group + ", " + name + ", " + document + ", city " + city + ", " + lifecycle
                + ", grade " + grade.map(g -> g.grade().label()).getOrElse("none")
                + ", " + managers + ", " + contacts
                + ", " + structure + ", " + file
                + ", churn warning " + churnWarning.map(w -> w.level().name()).getOrElse("none")
                + (history.equals(MasterDataHistory.NONE) ? "" : ", " + history) + "]";
    }
}
