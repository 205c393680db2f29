package org.telecrm.customer.aggregate;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;

import java.time.Instant;
import java.util.Objects;

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
 *   <li>nothing is dated before the registration.</li>
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
 * <pre>{@code
 * // assessment: a ValueAssessment from KeyAccountValuation; zhangSan: ContactDetails
 * Instant t = Instant.parse("2026-03-01T02:00:00Z");
 * Customer c = Customer.register(CustomerId.of("C-1"), new Registration(CustomerGroup.KEY_ACCOUNT,
 *                 "Shenzhen Harbour Logistics Co., Ltd.", UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0C").get(),
 *                 CityCode.parse("440300").get()), t)
 *         .get().state();
 * c.activate(t.plusSeconds(60));   // Left(KeyAccountIncomplete): missing a grade, an account manager, a primary contact
 * c = c.regrade(assessment, t.plusSeconds(60))
 *         .flatMap(ch -> ch.state().assignManager(AccountManagerId.of("AM-0755-017"), StaffId.of("S-0755-002"), t.plusSeconds(120)))
 *         .flatMap(ch -> ch.state().addContact(ContactId.of("K-1"), zhangSan, t.plusSeconds(180)))
 *         .flatMap(ch -> ch.state().activate(t.plusSeconds(240)))
 *         .get().state();
 * c.stage();            // ACTIVE
 * c.isHeadquarters();   // true: a key account that is nobody's branch
 * }</pre>
 */
public final class Customer implements AggregateRoot<Customer, CustomerId> {

    private final CustomerId id;
    private final CustomerGroup group;
    private final String name;
    private final IdentityDocument document;
    private final CityCode city;
    private final Instant registeredAt;
    private final Lifecycle lifecycle;
    private final Option<GradeRecord> grade;
    private final Seq<ManagerAssignment> managerAssignments;
    /** By identifier, in the order they were added: adding, finding and checking a contact cost O(1), not O(n). */
    private final LinkedHashMap<ContactId, Contact> contacts;
    private final Option<ContactId> primaryContact;
    private final GroupStructure structure;
    private final Seq<FileEntry> file;
    private final Option<RaisedChurnWarning> churnWarning;

    private Customer(CustomerId id, CustomerGroup group, String name, IdentityDocument document, CityCode city,
                     Instant registeredAt, Lifecycle lifecycle, Option<GradeRecord> grade,
                     Seq<ManagerAssignment> managerAssignments, LinkedHashMap<ContactId, Contact> contacts,
                     Option<ContactId> primaryContact, GroupStructure structure, Seq<FileEntry> file, Option<RaisedChurnWarning> churnWarning) {
        this.id = Objects.requireNonNull(id, "id");
        this.group = Objects.requireNonNull(group, "group");
        this.name = Objects.requireNonNull(name, "name");
        this.document = Objects.requireNonNull(document, "document");
        this.city = Objects.requireNonNull(city, "city");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.grade = Objects.requireNonNull(grade, "grade");
        this.managerAssignments = List.ofAll(Objects.requireNonNull(managerAssignments, "managerAssignments"));
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.primaryContact = Objects.requireNonNull(primaryContact, "primaryContact");
        this.structure = Objects.requireNonNull(structure, "structure");
        this.file = List.ofAll(Objects.requireNonNull(file, "file"));
        this.churnWarning = Objects.requireNonNull(churnWarning, "churnWarning");
    }

    /** This customer, which a command made: one that breaks an invariant is a bug in the command, so it throws. */
    private Customer checked() {
        Seq<FieldProblem> violations = invariantViolations();
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
                                                                                       Registration registration,
                                                                                       Instant at) {
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
                registration.city(), at, new Lifecycle.Prospect(at), Option.none(), List.empty(), LinkedHashMap.empty(),
                Option.none(), GroupStructure.INDEPENDENT, List.empty(), Option.none()).checked();
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
                                                         IdentityDocument document, CityCode city, Instant registeredAt,
                                                         Lifecycle lifecycle, Option<GradeRecord> grade,
                                                         Seq<ManagerAssignment> managerAssignments,
                                                         Seq<Contact> contacts, Option<ContactId> primaryContact,
                                                         GroupStructure structure, Seq<FileEntry> file,
                                                         Option<RaisedChurnWarning> churnWarning) {
        Objects.requireNonNull(contacts, "contacts");
        LinkedHashMap<ContactId, Contact> byId = LinkedHashMap.empty();
        RestoreCheck check = RestoreCheck.of("customer", Objects.requireNonNull(id, "id").value());
        int i = 0;
        for (Contact contact : contacts) {
            Objects.requireNonNull(contact, "contacts[" + i + "]");
            check.when(byId.containsKey(contact.id()), "contacts[" + i + "].id",
                    () -> "the identifier " + contact.id() + " is already used by an earlier contact");
            byId = byId.containsKey(contact.id()) ? byId : byId.put(contact.id(), contact);
            i++;
        }
        Customer customer = new Customer(id, group, name, document, city, registeredAt, lifecycle, grade,
                managerAssignments, byId, primaryContact, structure, file, churnWarning);
        check.all("", customer.invariantViolations());
        return check.restore(() -> customer);
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    /**
     * Makes the customer active: a prospect's first activation, or re-activation of a dormant or churned customer.
     * A key account must have a grade, an account manager and a primary contact. Active already: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> activate(Instant at) {
        Objects.requireNonNull(at, "at");
        if (lifecycle instanceof Lifecycle.Active) {
            return unchanged();
        }
        Lifecycle.Active next = lifecycle instanceof Lifecycle.Prospect p ? p.activate(at)
                : lifecycle instanceof Lifecycle.Dormant d ? d.reactivate(at)
                : ((Lifecycle.Churned) lifecycle).reactivate(at);
        Seq<KeyAccountRequirement> missing = isKeyAccount() ? missingForActivity(grade, currentManager(), primaryContact)
                : List.empty();
        if (!missing.isEmpty()) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(id, "activate", missing));
        }
        return transition(next, at);
    }

    /** Marks an active customer dormant. Dormant already: nothing changes. A prospect or churned customer cannot. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> markDormant(Instant at) {
        Objects.requireNonNull(at, "at");
        if (lifecycle instanceof Lifecycle.Dormant) {
            return unchanged();
        }
        if (lifecycle instanceof Lifecycle.Active a) {
            return transition(a.fallDormant(at), at);
        }
        return Either.left(new CustomerRejection.IllegalTransition(id, stage(), Lifecycle.Stage.DORMANT));
    }

    /**
     * Marks an active or dormant customer churned, with the reason (for example the cancellation order). Churned
     * already: nothing changes, the first reason stands. A prospect cannot churn.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> markChurned(String reason, Instant at) {
        Objects.requireNonNull(at, "at");
        if (lifecycle instanceof Lifecycle.Churned) {
            return unchanged();
        }
        if (reason == null || reason.isBlank()) {
            return Either.left(new CustomerRejection.BlankText(id, "reason"));
        }
        if (lifecycle instanceof Lifecycle.Active a) {
            return transition(a.churn(reason, at), at);
        }
        if (lifecycle instanceof Lifecycle.Dormant d) {
            return transition(d.churn(reason, at), at);
        }
        return Either.left(new CustomerRejection.IllegalTransition(id, stage(), Lifecycle.Stage.CHURNED));
    }

    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> transition(Lifecycle next, Instant at) {
        if (at.isBefore(lifecycle.since())) {
            return outOfOrder("lifecycle change", lifecycle.since(), at);
        }
        Option<String> reason = next instanceof Lifecycle.Churned c ? Option.some(c.reason()) : Option.none();
        return changed(copy(group, next, grade, managerAssignments, contacts, primaryContact, structure, file, churnWarning),
                new CustomerEvent.LifecycleChanged(id, stage(), next.stage(), reason, at));
    }

    // ---- key account: group, grade, account manager ------------------------------------------------------------

    /**
     * Makes a commercial customer a key account, graded from its value assessment and with its account manager, in
     * one step, so that an active customer stays serviceable; an active one must already have a primary contact.
     * Raises {@code GroupChanged}, {@code GradeChanged} and {@code ManagerAssigned}. A public customer cannot be
     * promoted (a key account is an organisation); a key account already is one.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> promoteToKeyAccount(ValueAssessment assessment,
                                                                                            AccountManagerId manager,
                                                                                            StaffId by, Instant at) {
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
        if (lifecycle instanceof Lifecycle.Active && primaryContact.isEmpty()) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(id, "promote to key account",
                    List.of(KeyAccountRequirement.PRIMARY_CONTACT)));
        }
        GradeRecord graded = GradeRecord.of(assessment, at);
        return changed(copy(CustomerGroup.KEY_ACCOUNT, lifecycle, Option.some(graded),
                        List.of(ManagerAssignment.starting(manager, at, by)), contacts, primaryContact, structure, file,
                        churnWarning),
                new CustomerEvent.GroupChanged(id, group, CustomerGroup.KEY_ACCOUNT, at),
                gradeChanged(Option.none(), graded),
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
        if (grade.exists(g -> g.grade() == assessment.grade())) {
            return unchanged();
        }
        Instant latest = grade.map(GradeRecord::assessedAt).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return outOfOrder("grade assessment", latest, at);
        }
        GradeRecord graded = GradeRecord.of(assessment, at);
        return changed(copy(group, lifecycle, Option.some(graded), managerAssignments, contacts, primaryContact,
                structure, file, churnWarning), gradeChanged(grade.map(GradeRecord::grade), graded));
    }

    private CustomerEvent gradeChanged(Option<KeyAccountGrade> from, GradeRecord graded) {
        return new CustomerEvent.GradeChanged(id, from, graded.grade(), graded.score(), graded.reasons(),
                graded.assessedAt());
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
        if (!isKeyAccount()) {
            return notAKeyAccount("have an account manager");
        }
        Option<AccountManagerId> previous = currentManager();
        if (previous.contains(manager)) {
            return unchanged();
        }
        Instant latest = managerAssignments.lastOption().map(ManagerAssignment::latest).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return outOfOrder("account-manager assignment", latest, at);
        }
        Seq<ManagerAssignment> history = endCurrentAssignment(by, at).append(ManagerAssignment.starting(manager, at, by));
        return changed(copy(group, lifecycle, grade, history, contacts, primaryContact, structure, file, churnWarning),
                new CustomerEvent.ManagerAssigned(id, previous, manager, by, at));
    }

    /**
     * Ends the current account manager's assignment with no one taking over. Not while the key account is active
     * (it must have a manager). No current manager: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> unassignManager(StaffId by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (!isKeyAccount()) {
            return notAKeyAccount("have an account manager");
        }
        Option<AccountManagerId> current = currentManager();
        if (current.isEmpty()) {
            return unchanged();
        }
        Instant since = managerAssignments.last().from();
        if (at.isBefore(since)) {
            return outOfOrder("account-manager assignment", since, at);
        }
        if (lifecycle instanceof Lifecycle.Active) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(id, "unassign the account manager",
                    List.of(KeyAccountRequirement.ACCOUNT_MANAGER)));
        }
        return changed(copy(group, lifecycle, grade, endCurrentAssignment(by, at), contacts, primaryContact, structure,
                file, churnWarning), new CustomerEvent.ManagerUnassigned(id, current.get(), by, at));
    }

    private Seq<ManagerAssignment> endCurrentAssignment(StaffId by, Instant at) {
        return managerAssignments.map(a -> a.isCurrent() ? a.endedAt(at, by) : a);
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
        Option<Contact> existing = contact(contactId);
        if (existing.isDefined()) {
            return existing.get().details().equals(details) ? unchanged()
                    : Either.left(new CustomerRejection.ContactIdTaken(id, contactId));
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        CustomerEvent added = new CustomerEvent.ContactAdded(id, contactId, details, at);
        LinkedHashMap<ContactId, Contact> more = contacts.put(contactId, new Contact(contactId, details));
        if (primaryContact.isDefined()) {
            return changed(withContacts(more, primaryContact), added);
        }
        return changed(withContacts(more, Option.some(contactId)), added,
                new CustomerEvent.PrimaryContactChanged(id, Option.none(), Option.some(contactId), at));
    }

    /** Changes a contact's details. The same details: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> changeContact(ContactId contactId,
                                                                                      ContactDetails details, Instant at) {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(at, "at");
        Option<Contact> existing = contact(contactId);
        if (existing.isEmpty()) {
            return Either.left(new CustomerRejection.UnknownContact(id, contactId));
        }
        if (existing.get().details().equals(details)) {
            return unchanged();
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        LinkedHashMap<ContactId, Contact> changed = contacts.put(contactId, new Contact(contactId, details));
        return changed(withContacts(changed, primaryContact),
                new CustomerEvent.ContactChanged(id, contactId, existing.get().details(), details, at));
    }

    /**
     * Removes a contact. The primary contact goes only as the last contact, and not from an active key account.
     * No such contact: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> removeContact(ContactId contactId, Instant at) {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Option<Contact> existing = contact(contactId);
        if (existing.isEmpty()) {
            return unchanged();
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        CustomerEvent removed = new CustomerEvent.ContactRemoved(id, contactId, existing.get().details(), at);
        LinkedHashMap<ContactId, Contact> fewer = contacts.remove(contactId);
        if (!primaryContact.contains(contactId)) {
            return changed(withContacts(fewer, primaryContact), removed);
        }
        if (!fewer.isEmpty()) {
            return Either.left(new CustomerRejection.PrimaryContactInUse(id, contactId));
        }
        if (isActiveKeyAccount()) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(id, "remove the last contact",
                    List.of(KeyAccountRequirement.PRIMARY_CONTACT)));
        }
        return changed(withContacts(fewer, Option.none()), removed,
                new CustomerEvent.PrimaryContactChanged(id, primaryContact, Option.none(), at));
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
                lifecycle, grade, managerAssignments, LinkedHashMap.empty(), Option.none(), structure, file,
                churnWarning);
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

    /** Makes a contact the primary contact. Primary already: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> makePrimary(ContactId contactId, Instant at) {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        if (contact(contactId).isEmpty()) {
            return Either.left(new CustomerRejection.UnknownContact(id, contactId));
        }
        if (primaryContact.contains(contactId)) {
            return unchanged();
        }
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        return changed(withContacts(contacts, Option.some(contactId)),
                new CustomerEvent.PrimaryContactChanged(id, primaryContact, Option.some(contactId), at));
    }

    private Customer withContacts(LinkedHashMap<ContactId, Contact> newContacts, Option<ContactId> newPrimary) {
        return copy(group, lifecycle, grade, managerAssignments, newContacts, newPrimary, structure, file, churnWarning);
    }

    // ---- group structure -----------------------------------------------------------------------------------------

    /** Records a branch of this key account, which becomes (or stays) a headquarters. Already a branch: nothing. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> addBranch(CustomerId branch, Instant at) {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(at, "at");
        if (!isKeyAccount()) {
            return notAKeyAccount("have branches");
        }
        if (branch.equals(id)) {
            return Either.left(new CustomerRejection.SelfReference(id));
        }
        if (structure instanceof GroupStructure.Branch) {
            return Either.left(new CustomerRejection.TwoLevelsOnly(id, structure));
        }
        if (structure instanceof GroupStructure.Headquarters hq && hq.branches().contains(branch)) {
            return unchanged();
        }
        return restructure(new GroupStructure.Headquarters(branches().add(branch)), at);
    }

    /** Removes a branch; a headquarters left without branches becomes independent. Not a branch: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> removeBranch(CustomerId branch, Instant at) {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(at, "at");
        if (!branches().contains(branch)) {
            return unchanged();
        }
        SortedSet<CustomerId> rest = branches().remove(branch);
        return restructure(rest.isEmpty() ? GroupStructure.INDEPENDENT : new GroupStructure.Headquarters(rest), at);
    }

    /** Makes this key account a branch of {@code headquarters} (moving it, if it was another's). Same: nothing. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> joinHeadquarters(CustomerId headquarters,
                                                                                         Instant at) {
        Objects.requireNonNull(headquarters, "headquarters");
        Objects.requireNonNull(at, "at");
        if (!isKeyAccount()) {
            return notAKeyAccount("join a headquarters");
        }
        if (headquarters.equals(id)) {
            return Either.left(new CustomerRejection.SelfReference(id));
        }
        if (structure instanceof GroupStructure.Headquarters) {
            return Either.left(new CustomerRejection.TwoLevelsOnly(id, structure));
        }
        if (structure instanceof GroupStructure.Branch b && b.headquarters().equals(headquarters)) {
            return unchanged();
        }
        return restructure(new GroupStructure.Branch(headquarters), at);
    }

    /** Makes a branch independent. Not a branch: nothing changes. */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> leaveHeadquarters(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!(structure instanceof GroupStructure.Branch)) {
            return unchanged();
        }
        return restructure(GroupStructure.INDEPENDENT, at);
    }

    private SortedSet<CustomerId> branches() {
        return structure instanceof GroupStructure.Headquarters hq ? hq.branches() : TreeSet.empty();
    }

    private Either<CustomerRejection, Changed<Customer, CustomerEvent>> restructure(GroupStructure next, Instant at) {
        if (at.isBefore(registeredAt)) {
            return outOfOrder("registration", registeredAt, at);
        }
        return changed(copy(group, lifecycle, grade, managerAssignments, contacts, primaryContact, next, file, churnWarning),
                new CustomerEvent.GroupStructureChanged(id, structure, next, at));
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
        if (!isKeyAccount()) {
            return notAKeyAccount("keep a key-account file");
        }
        if (text == null || text.isBlank()) {
            return Either.left(new CustomerRejection.BlankText(id, "text"));
        }
        FileEntry entry = new FileEntry(topic, text, author, at);
        if (file.lastOption().contains(entry)) {
            return unchanged();
        }
        Instant latest = file.lastOption().map(FileEntry::recordedAt).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return outOfOrder("file entry", latest, at);
        }
        return changed(copy(group, lifecycle, grade, managerAssignments, contacts, primaryContact, structure,
                file.append(entry), churnWarning), new CustomerEvent.FileEntryAdded(id, entry, at));
    }

    /**
     * Raises the churn early warning's result on the customer, replacing the previous one. A NONE level raises
     * nothing; the same level and reasons as the warning on record: nothing changes.
     */
    public Either<CustomerRejection, Changed<Customer, CustomerEvent>> raiseChurnWarning(ChurnWarning warning,
                                                                                          Instant at) {
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(at, "at");
        if (warning.level() == WarningLevel.NONE
                || churnWarning.exists(w -> w.level() == warning.level() && w.reasons().equals(warning.reasons()))) {
            return unchanged();
        }
        Instant latest = churnWarning.map(RaisedChurnWarning::raisedAt).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return outOfOrder("churn warning", latest, at);
        }
        RaisedChurnWarning raised = RaisedChurnWarning.of(warning, at);
        return changed(copy(group, lifecycle, grade, managerAssignments, contacts, primaryContact, structure, file,
                Option.some(raised)), new CustomerEvent.ChurnWarningRaised(id, raised.level(), raised.reasons(), at));
    }

    // ---- results -------------------------------------------------------------------------------------------------

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

    private Customer copy(CustomerGroup group, Lifecycle lifecycle, Option<GradeRecord> grade,
                          Seq<ManagerAssignment> managerAssignments, LinkedHashMap<ContactId, Contact> contacts,
                          Option<ContactId> primaryContact, GroupStructure structure, Seq<FileEntry> file,
                          Option<RaisedChurnWarning> churnWarning) {
        return new Customer(id, group, name, document, city, registeredAt, lifecycle, grade, managerAssignments,
                contacts, primaryContact, structure, file, churnWarning).checked();
    }

    // ---- invariants ----------------------------------------------------------------------------------------------

    private static Seq<KeyAccountRequirement> missingForActivity(Option<GradeRecord> grade,
                                                                 Option<AccountManagerId> manager,
                                                                 Option<ContactId> primary) {
        return List.of(KeyAccountRequirement.values()).filter(r -> switch (r) {
            case GRADE -> grade.isEmpty();
            case ACCOUNT_MANAGER -> manager.isEmpty();
            case PRIMARY_CONTACT -> primary.isEmpty();
        });
    }

    private Seq<FieldProblem> invariantViolations() {
        RestoreCheck v = RestoreCheck.of("customer", id.value());
        v.when(name.isBlank(), "name", () -> "must not be blank");
        v.when(!Registration.fits(group, document), "document",
                () -> "a " + group + " customer cannot be identified by a " + document.kind());
        if (isActiveKeyAccount()) {
            Seq<KeyAccountRequirement> missing = missingForActivity(grade, currentManager(), primaryContact);
            v.when(!missing.isEmpty(), "lifecycle", () -> "an active key account lacks "
                    + missing.map(KeyAccountRequirement::description).mkString(", "));
        }
        // Distinct identifiers: the map's keys are (restore checks what it is given).
        v.when(primaryContact.isDefined() != contacts.nonEmpty() || primaryContact.exists(p -> !contacts.containsKey(p)),
                "primaryContact",
                () -> "there must be exactly one primary contact, one of the contacts, when there are contacts");
        v.when(!isKeyAccount() && (grade.isDefined() || managerAssignments.nonEmpty() || file.nonEmpty()
                        || !(structure instanceof GroupStructure.Independent)), "group",
                () -> "only a key account has a grade, account managers, a group structure or a file");
        v.when(structure instanceof GroupStructure.Branch b && b.headquarters().equals(id) || branches().contains(id),
                "structure", () -> "a customer cannot be its own headquarters or branch");
        v.when(managerAssignments.nonEmpty() && managerAssignments.init().exists(ManagerAssignment::isCurrent),
                "managerAssignments", () -> "only the last account-manager assignment may be open");
        v.when(managerAssignments.sliding(2).exists(p -> p.size() == 2 && p.get(1).from().isBefore(p.get(0).latest())),
                "managerAssignments", () -> "account-manager assignments must follow one another in time");
        v.when(file.sliding(2).exists(p -> p.size() == 2 && p.get(1).recordedAt().isBefore(p.get(0).recordedAt())),
                "file", () -> "file entries must be in time order");
        Seq<Instant> recorded = List.of(lifecycle.since())
                .appendAll(grade.map(GradeRecord::assessedAt))
                .appendAll(managerAssignments.map(ManagerAssignment::from))
                .appendAll(file.map(FileEntry::recordedAt))
                .appendAll(churnWarning.map(RaisedChurnWarning::raisedAt));
        v.when(recorded.exists(t -> t.isBefore(registeredAt)), "registeredAt",
                () -> "nothing may be dated before the registration at " + registeredAt);
        return v.problems();
    }

    // ---- accessors -----------------------------------------------------------------------------------------------

    @Override
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
        return managerAssignments;
    }

    public Option<AccountManagerId> currentManager() {
        return managerAssignments.lastOption().filter(ManagerAssignment::isCurrent).map(ManagerAssignment::manager);
    }

    public Seq<Contact> contacts() {
        return contacts.values();
    }

    public Option<Contact> contact(ContactId contactId) {
        return contacts.get(contactId);
    }

    /** The primary contact's identifier: defined exactly when there are contacts. */
    public Option<ContactId> primaryContact() {
        return primaryContact;
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
        return other instanceof Customer that && id.equals(that.id) && group == that.group && name.equals(that.name)
                && document.equals(that.document) && city.equals(that.city) && registeredAt.equals(that.registeredAt)
                && lifecycle.equals(that.lifecycle) && grade.equals(that.grade)
                && managerAssignments.equals(that.managerAssignments) && contacts().equals(that.contacts())
                && primaryContact.equals(that.primaryContact) && structure.equals(that.structure)
                && file.equals(that.file) && churnWarning.equals(that.churnWarning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, group, name, document, city, registeredAt, lifecycle, grade, managerAssignments,
                contacts(), primaryContact, structure, file, churnWarning);
    }

    /** Identity document and phone numbers masked. */
    @Override
    public String toString() {
        return "Customer[" + id + ", " + group + ", " + name + ", " + document + ", city " + city + ", " + lifecycle
                + ", grade " + grade.map(g -> g.grade().label()).getOrElse("none")
                + ", manager " + currentManager().map(AccountManagerId::value).getOrElse("none")
                + ", contacts " + contacts.values().map(Contact::toString).mkString("[", ", ", "]")
                + ", primary " + primaryContact.map(ContactId::value).getOrElse("none")
                + ", " + structure + ", file " + file.size() + " entries"
                + ", churn warning " + churnWarning.map(w -> w.level().name()).getOrElse("none") + "]";
    }
}
