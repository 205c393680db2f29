package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A customer (客户, rules.md section 1): a public customer, a commercial customer or a key account, with its identity
 * document, city, contacts and lifecycle; a key account also with its grade, account manager, group structure and
 * file. The aggregate root; other aggregates (accounts, contracts, orders) refer to it by {@link CustomerId} only.
 *
 * <h2>Lifecycle</h2>
 * {@link #register} creates a customer as a {@link Lifecycle.Prospect prospect} and raises {@code Registered}.
 * {@link #activate} makes it active (also re-activation, from dormant or churned), {@link #markDormant} and
 * {@link #markChurned} take it out of use; see {@link Lifecycle} for the transitions. A commercial customer can be
 * {@link #promoteToKeyAccount promoted} to a key account. A customer is never deleted: churned is its last state
 * until it is won back. {@link #restore} rebuilds a customer from stored state without events, after checking its invariants.
 *
 * <h2>Invariants</h2>
 * Every customer, however it was made (every command checks them, and {@link #restore} refuses stored state that
 * breaks one):
 * <ul>
 *   <li>the identity document fits the group: a person's document for a public customer, a unified social credit
 *       code for a commercial customer or key account; the name is not blank;</li>
 *   <li><b>an active key account has a grade, an account manager and a primary contact</b>: no command makes a key
 *       account active without them, and none takes one away from an active key account;</li>
 *   <li>contacts have distinct identifiers; when there are contacts exactly one of them is the primary contact, when
 *       there are none there is no primary contact;</li>
 *   <li>only a key account has a grade, account managers, a group structure other than independent, or a file;</li>
 *   <li>the account-manager history is in time order, every line but the last is closed, and a line starts no
 *       earlier than the one before it ended; the file is in time order and only ever grows;</li>
 *   <li>nothing is dated before the registration; each master-data change starts from the value the one before it
 *       left, the last one ends at the current value.</li>
 * </ul>
 *
 * <h2>Commands</h2>
 * Every command returns {@code Either<CustomerRejection, Changed<Customer, CustomerEvent>>}: a typed rejection, or
 * the new customer with the events of the change, oldest first. A command never changes the customer it is called
 * on. A command whose result already holds (activating an active customer, assigning the current manager, adding a
 * branch already there, removing a contact that is not there) is accepted and changes nothing: no events. A command
 * dated before what the records already hold is rejected ({@link CustomerRejection.OutOfOrder}). Time and
 * identifiers are arguments: the aggregate reads no clock and makes up no identifier.
 *
 * <p>Identity documents and phone numbers are personal data: {@code toString()} of the customer, its contacts and
 * its events show them masked ({@link org.telecrm.customer.MaskPolicy}). Two customers are equal
 * when their whole state is (what a storage round trip must preserve); the entity's identity is {@link #getId()}.
 *
 * <p>Master data (name, city, document, addresses) changes by {@link #amend}, every change kept with its value before
 * and after, so {@link #masterDataAsOf} reads it at any past moment. Examples: {@code docs/customers.md}.
 */
public final class Customer extends CustomerState implements AggregateRoot<Customer, CustomerId> {

    private Customer(CustomerId id, CustomerGroup group, String name, IdentityDocument document, CityCode city,
                     Instant registeredAt, Lifecycle lifecycle, Option<GradeRecord> grade, ManagerHistory managers,
                     Contacts contacts, GroupStructure structure, KeyAccountFile file,
                     Option<RaisedChurnWarning> churnWarning, MasterDataHistory history) {
        super(id, group, name, document, city, registeredAt, lifecycle, grade, managers, contacts, structure, file,
                churnWarning, history);
    }

    /** This customer, which a command made: one that breaks an invariant is a bug in the command, so it throws. */
    private Customer checked() {
        Seq<FieldProblem> violations = CustomerInvariants.violations(this);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("customer " + id + " would break its invariants: "
                    + violations.map(FieldProblem::message).mkString("; "));
        }
        return this;
    }

    // ---- creation and restoration --------------------------------------------------------------------------------

    /**
     * Registers a customer as a prospect: the name must not be blank and the document must fit the group (a
     * person's document for a public customer, a unified social credit code otherwise). Raises {@code Registered}.
     * Whether the document is already registered is {@link DuplicateCheck}'s question, which the host asks of its
     * stored customers.
     */
    public static Either<CustomerRejection, Changed<Customer, CustomerEvent>> register(CustomerId id,
            Registration registration, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(at, "at");
        if (registration.name().isBlank()) {
            return Either.left(new CustomerRejection.BlankText(id, "name"));
        }
        if (!Registration.fits(registration.group(), registration.document())
                || registration.document() instanceof ErasedDocument) {
            return Either.left(new CustomerRejection.DocumentDoesNotFitGroup(id, registration.group(),
                    registration.document().kind()));
        }
        Customer customer = new Customer(id, registration.group(), registration.name(), registration.document(),
                registration.city(), at, new Lifecycle.Prospect(at), Option.none(), ManagerHistory.NONE, Contacts.NONE,
                GroupStructure.INDEPENDENT, KeyAccountFile.EMPTY, Option.none(), MasterDataHistory.NONE).checked();
        return Either.right(Changed.of(customer, List.of(new CustomerEvent.Registered(id, registration.group(),
                registration.name(), registration.document(), registration.city(), at))));
    }

    /**
     * Rebuilds a customer from stored state, field by field as the accessors give them back, raising no event, after
     * checking it against the customer's invariants (the one restore rule, see {@link RestoreError}): distinct
     * contact identifiers and every invariant listed in the class comment. Anything else is a {@link RestoreError}
     * naming every problem (such state was not written by this class); no personal data is quoted.
     */
    public static Either<RestoreError, Customer> restore(CustomerId id, CustomerGroup group, String name,
            IdentityDocument document, CityCode city, Instant registeredAt, Lifecycle lifecycle, Option<GradeRecord> grade,
            Seq<ManagerAssignment> managerAssignments, Seq<Contact> contacts, Option<ContactId> primaryContact,
            GroupStructure structure, Seq<FileEntry> file, Option<RaisedChurnWarning> churnWarning) {
        return restore(id, group, name, document, city, registeredAt, lifecycle, grade, managerAssignments, contacts,
                primaryContact, structure, file, churnWarning, Option.none(), TreeMap.empty(), List.empty());
    }

    /** As above, with the addresses and the master-data history ({@link #masterDataHistory()}) as stored. */
    public static Either<RestoreError, Customer> restore(CustomerId id, CustomerGroup group, String name,
            IdentityDocument document, CityCode city, Instant registeredAt, Lifecycle lifecycle, Option<GradeRecord> grade,
            Seq<ManagerAssignment> managerAssignments, Seq<Contact> contacts, Option<ContactId> primaryContact,
            GroupStructure structure, Seq<FileEntry> file, Option<RaisedChurnWarning> churnWarning,
            Option<Address> postalAddress, SortedMap<CircuitRef, Address> installationAddresses,
            Seq<MasterDataChange> masterDataHistory) {
        RestoreCheck check = RestoreCheck.of("customer", Objects.requireNonNull(id, "id").value());
        Contacts restored = Contacts.restore(contacts, primaryContact, check);
        Customer customer = new Customer(id, group, name, document, city, registeredAt, lifecycle, grade,
                ManagerHistory.of(managerAssignments), restored, structure, KeyAccountFile.of(file), churnWarning,
                new MasterDataHistory(postalAddress, installationAddresses, masterDataHistory));
        check.all("", CustomerInvariants.violations(customer));
        return check.restore(() -> customer);
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    /**
     * Makes the customer active: a prospect's first activation, or re-activation of a dormant or churned customer.
     * A key account must have a grade, an account manager and a primary contact. Active already: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> activate(Instant at) {
        Objects.requireNonNull(at, "at");
        Option<Lifecycle> next = LifecycleMoves.active(lifecycle, at);
        Seq<KeyAccountRequirement> missing = next.isDefined() && isKeyAccount()
                ? CustomerInvariants.missingForActivity(this) : List.empty();
        if (!missing.isEmpty()) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(id, "activate", missing));
        }
        return transition(next, at);
    }

    /** Marks an active customer dormant. Dormant already: nothing changes. A prospect or churned customer cannot. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> markDormant(Instant at) {
        Objects.requireNonNull(at, "at");
        return LifecycleMoves.dormant(id, lifecycle, at).flatMap(next -> transition(next, at));
    }

    /**
     * Marks an active or dormant customer churned, with the reason (for example the cancellation order). Churned
     * already: nothing changes, the first reason stands. A prospect cannot churn.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> markChurned(String reason, Instant at) {
        Objects.requireNonNull(at, "at");
        return LifecycleMoves.churned(id, lifecycle, reason, at).flatMap(next -> transition(next, at));
    }

    /** To {@code next}; none: the customer is in that stage already, nothing changes. */
    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> transition(Option<Lifecycle> next, Instant at) {
        if (next.isEmpty()) {
            return unchanged();
        }
        if (at.isBefore(lifecycle.since())) {
            return outOfOrder("lifecycle change", lifecycle.since(), at);
        }
        Option<String> reason = next.get() instanceof Lifecycle.Churned c ? Option.some(c.reason()) : Option.none();
        return changed(copy(group, next.get(), grade, managers, contacts, structure, file, churnWarning),
                new CustomerEvent.LifecycleChanged(id, stage(), next.get().stage(), reason, at));
    }

    // ---- key account: group, grade, account manager ------------------------------------------------------------

    /**
     * Makes a commercial customer a key account, graded from its value assessment and with its account manager, in
     * one step, so that an active customer stays serviceable; an active one must already have a primary contact.
     * Raises {@code GroupChanged}, {@code GradeChanged} and {@code ManagerAssigned}. A public customer cannot be
     * promoted (a key account is an organisation); a key account already is one.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> promoteToKeyAccount(ValueAssessment assessment,
            AccountManagerId manager, StaffId by, Instant at) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (isKeyAccount()) {
            return Either.left(new CustomerRejection.AlreadyAKeyAccount(id));
        }
        if (!Registration.fits(CustomerGroup.KEY_ACCOUNT, document)) {
            return Either.left(new CustomerRejection.DocumentDoesNotFitGroup(id, CustomerGroup.KEY_ACCOUNT, document.kind()));
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        if (lifecycle instanceof Lifecycle.Active && primaryContact().isEmpty()) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(id, "promote to key account",
                    List.of(KeyAccountRequirement.PRIMARY_CONTACT)));
        }
        GradeRecord graded = GradeRecord.of(assessment, at);
        return changed(copy(CustomerGroup.KEY_ACCOUNT, lifecycle, Option.some(graded),
                        ManagerHistory.starting(manager, by, at), contacts, structure, file, churnWarning),
                new CustomerEvent.GroupChanged(id, group, CustomerGroup.KEY_ACCOUNT, at),
                graded.changedFrom(id, Option.none()),
                new CustomerEvent.ManagerAssigned(id, Option.none(), manager, by, at));
    }

    /**
     * Sets a key account's grade from the value engine's assessment, recording its score and lines as the reason.
     * The same grade again: nothing changes, the reason on record stays the one the grade was given for.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> regrade(ValueAssessment assessment, Instant at) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(at, "at");
        if (!isKeyAccount()) {
            return notAKeyAccount("be graded");
        }
        return apply(GradeRecord.regrade(id, grade, assessment, registeredAt, at),
                g -> copy(group, lifecycle, g, managers, contacts, structure, file, churnWarning));
    }

    /**
     * Assigns a key account's account manager, ending the current assignment at the same moment. The current
     * manager again: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> assignManager(AccountManagerId manager,
                                                                                      StaffId by, Instant at) {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return isKeyAccount() ? withManagers(managers.assign(id, manager, by, registeredAt, at))
                : notAKeyAccount("have an account manager");
    }

    /**
     * Ends the current account manager's assignment with no one taking over. Not while the key account is active
     * (it must have a manager). No current manager: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> unassignManager(StaffId by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return isKeyAccount() ? withManagers(managers.unassign(id, by, lifecycle instanceof Lifecycle.Active, at))
                : notAKeyAccount("have an account manager");
    }

    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> withManagers(
            Either<CustomerRejection, Changed<ManagerHistory, CustomerEvent>> result) {
        return apply(result, m -> copy(group, lifecycle, grade, m, contacts, structure, file, churnWarning));
    }

    // ---- contacts ------------------------------------------------------------------------------------------------

    /**
     * Adds a contact; the first contact becomes the primary contact. The same contact with the same details again:
     * nothing changes; the identifier with other details is refused ({@link #changeContact} changes them).
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> addContact(ContactId contactId,
                                                                                   ContactDetails details, Instant at) {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(at, "at");
        if (isErased()) {
            return Either.left(new CustomerRejection.Erased(id, "add a contact"));
        }
        return withContacts(contacts.add(id, contactId, details, registeredAt, at));
    }

    /** Changes a contact's details. The same details: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> changeContact(ContactId contactId,
                                                                                      ContactDetails details, Instant at) {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(at, "at");
        return withContacts(contacts.change(id, contactId, details, registeredAt, at));
    }

    /**
     * Removes a contact. The primary contact goes only as the last contact, and not from an active key account.
     * No such contact: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> removeContact(ContactId contactId, Instant at) {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        return withContacts(contacts.remove(id, contactId, isActiveKeyAccount(), registeredAt, at));
    }

    /** Makes a contact the primary contact. Primary already: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> makePrimary(ContactId contactId, Instant at) {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        return withContacts(contacts.makePrimary(id, contactId, registeredAt, at));
    }

    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> withContacts(
            Either<CustomerRejection, Changed<Contacts, CustomerEvent>> result) {
        return apply(result, c -> copy(group, lifecycle, grade, managers, c, structure, file, churnWarning));
    }

    // ---- master data ---------------------------------------------------------------------------------------------

    /**
     * Changes the master data ({@link Amendment}: name, city, document, addresses) from the amendment's effective
     * moment, raising {@code MasterDataChanged} with the value before and after; the rules in {@link Amendment} and
     * {@link MasterDataChange}. The value already holds: nothing changes. An erased customer: refused.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> amend(Amendment amendment, Instant at) {
        Objects.requireNonNull(amendment, "amendment");
        Objects.requireNonNull(at, "at");
        if (isErased()) {
            return Either.left(new CustomerRejection.Erased(id, "change its master data"));
        }
        return MasterDataHistory.change(id, group, masterData(), history.changes(), registeredAt, amendment, at)
                .map(change -> change.fold(() -> Changed.nothing(this), c -> {
                    MasterData next = c.applyTo(masterData());
                    return Changed.of(new Customer(id, group, next.name(), next.document(), next.city(), registeredAt,
                                    lifecycle, grade, managers, contacts, structure, file, churnWarning,
                                    history.with(next, c)).checked(),
                            List.of(new CustomerEvent.MasterDataChanged(id, c)));
                }));
    }

    // ---- erasure (PIPL art. 47) ---------------------------------------------------------------------------------

    /** The name an erased customer keeps: the name is personal information, and a customer's name is never blank. */
    public static final String ERASED_NAME = "(erased)";

    /**
     * Erases a person's information at their request: the name becomes {@link #ERASED_NAME}, the identity document an
     * {@link ErasedDocument}, and every contact goes; raises {@code Erased}, on which the stores also remove the
     * customer's earlier events (they held that information). Everything else stays, so that what must be retained
     * (its accounts and ledgers, contracts, claims) keeps the customer's id as a pseudonymous reference, and the
     * reports keep their figures. A public customer only ({@link CustomerRejection.NotAPerson} otherwise: an
     * organisation's contacts are erased one by one, {@link #eraseContact}). Erased already: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> erase(Instant at) {
        Objects.requireNonNull(at, "at");
        if (isErased()) {
            return unchanged();
        }
        if (group != CustomerGroup.PUBLIC) {
            return Either.left(new CustomerRejection.NotAPerson(id, group));
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        Customer erased = new Customer(id, group, ERASED_NAME, new ErasedDocument(id.value()), city, registeredAt,
                lifecycle, grade, managers, Contacts.NONE, structure, file, churnWarning, history.anonymised(id));
        return changed(erased, new CustomerEvent.Erased(id, at));
    }

    /**
     * Erases a contact's information at their request: as {@link #removeContact} (the primary contact goes only as
     * the last contact, and not from an active key account: name another primary first), raising
     * {@code ContactErased}, which carries no details, rather than {@code ContactRemoved}; on it the stores remove the
     * earlier events that held the contact's details. No such contact: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> eraseContact(ContactId contactId, Instant at) {
        return removeContact(contactId, at).map(change -> Changed.of(change.state(), change.events()
                .map(e -> e instanceof CustomerEvent.ContactRemoved removed
                        ? new CustomerEvent.ContactErased(id, removed.contactId(), removed.occurredAt()) : e)));
    }

    /** Whether the person's information was erased ({@link #erase}). */
    public boolean isErased() {
        return document instanceof ErasedDocument;
    }

    // ---- group structure -----------------------------------------------------------------------------------------

    /** Records a branch of this key account, which becomes (or stays) a headquarters. Already a branch: nothing. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> addBranch(CustomerId branch, Instant at) {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(at, "at");
        return isKeyAccount() ? GroupLinks.addBranch(id, structure, branch).flatMap(next -> restructure(next, at))
                : notAKeyAccount("have branches");
    }

    /** Removes a branch; a headquarters left without branches becomes independent. Not a branch: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> removeBranch(CustomerId branch, Instant at) {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(at, "at");
        return restructure(GroupLinks.removeBranch(structure, branch), at);
    }

    /** Makes this key account a branch of {@code headquarters} (moving it, if it was another's). Same: nothing. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> joinHeadquarters(CustomerId headquarters,
                                                                                         Instant at) {
        Objects.requireNonNull(headquarters, "headquarters");
        Objects.requireNonNull(at, "at");
        return isKeyAccount() ? GroupLinks.joinHeadquarters(id, structure, headquarters)
                .flatMap(next -> restructure(next, at)) : notAKeyAccount("join a headquarters");
    }

    /** Makes a branch independent. Not a branch: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> leaveHeadquarters(Instant at) {
        Objects.requireNonNull(at, "at");
        return restructure(GroupLinks.leaveHeadquarters(structure), at);
    }

    /** To {@code next}; none: the change already holds, nothing changes. */
    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> restructure(Option<GroupStructure> next,
                                                                                    Instant at) {
        if (next.isEmpty()) {
            return unchanged();
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        return changed(copy(group, lifecycle, grade, managers, contacts, next.get(), file, churnWarning),
                new CustomerEvent.GroupStructureChanged(id, structure, next.get(), at));
    }

    // ---- key-account file, churn warnings ---------------------------------------------------------------------

    /**
     * Appends an entry to the key-account file (rules.md section 1: industry, organisation, major events,
     * competition). The file only grows, in time order; the same entry as the last one again (a retried command):
     * nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> recordInFile(FileTopic topic, String text,
            StaffId author, Instant at) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        return isKeyAccount() ? apply(file.record(id, topic, text, author, registeredAt, at),
                f -> copy(group, lifecycle, grade, managers, contacts, structure, f, churnWarning))
                : notAKeyAccount("keep a key-account file");
    }

    /**
     * Raises the churn early warning's result on the customer, replacing the previous one. A NONE level raises
     * nothing; the same level and reasons as the warning on record: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> raiseChurnWarning(ChurnWarning warning,
                                                                                          Instant at) {
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(at, "at");
        return apply(RaisedChurnWarning.raise(id, churnWarning, warning, registeredAt, at),
                w -> copy(group, lifecycle, grade, managers, contacts, structure, file, w));
    }

    // ---- results -------------------------------------------------------------------------------------------------

    /** The customer with a part as {@code result} changed it ({@code with}), or this one when nothing changed. */
    private <P> Either<CustomerRejection, Changed<Customer, CustomerEvent>> apply(
            Either<CustomerRejection, Changed<P, CustomerEvent>> result, Function<P, Customer> with) {
        return result.map(c -> c.changedNothing() ? Changed.nothing(this) : Changed.of(with.apply(c.state()), c.events()));
    }

    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> unchanged() {
        return Either.right(Changed.nothing(this));
    }

    private static Either<CustomerRejection, Changed<Customer, CustomerEvent>> changed(Customer next,
                                                                                       CustomerEvent... events) {
        return Either.right(Changed.of(next, List.of(events)));
    }

    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> notAKeyAccount(String action) {
        return Either.left(new CustomerRejection.NotAKeyAccount(id, group, action));
    }

    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> outOfOrder(String what, Instant latest,
                                                                                   Instant at) {
        return Either.left(new CustomerRejection.OutOfOrder(id, what, latest, at));
    }

    private Customer copy(CustomerGroup group, Lifecycle lifecycle, Option<GradeRecord> grade, ManagerHistory managers,
                          Contacts contacts, GroupStructure structure, KeyAccountFile file,
                          Option<RaisedChurnWarning> churnWarning) {
        return new Customer(id, group, name, document, city, registeredAt, lifecycle, grade, managers, contacts,
                structure, file, churnWarning, history).checked();
    }
}
