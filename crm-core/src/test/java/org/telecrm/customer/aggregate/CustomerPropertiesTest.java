package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.CustomerTestData;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.contact.PhoneNumber;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.kernel.Changed;

import java.time.Instant;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random command sequences on a customer: after every step the invariants hold, above all that no active key account
 * lacks a grade, an account manager or a primary contact; the events of each accepted command describe exactly its
 * change; the file and closed manager assignments never change; nothing renders an identity or phone number whole.
 */
class CustomerPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final CustomerId SELF = CustomerId.of("C-1");

    /** A command with the moment it is given, shown by name when jqwik reports a failing sequence. */
    record Command(String name, int minutesLater, BiFunction<Customer, Instant, Either<CustomerRejection, Changed<Customer, CustomerEvent>>> run) {
        @Override
        public String toString() {
            return name + " (+" + minutesLater + " min)";
        }
    }

    record Start(CustomerGroup group, IdentityDocument document) {
    }

    @Property
    void noSequenceReachesAnActiveKeyAccountLackingGradeManagerOrPrimaryContact(@ForAll("starts") Start start,
                                                                                @ForAll("sequences") Seq<Command> commands) {
        Customer customer = register(start);
        Instant clock = T0;
        boolean reached = false;
        boolean refused = false;
        for (Command command : commands) {
            clock = clock.plusSeconds(60L * command.minutesLater());
            Either<CustomerRejection, Changed<Customer, CustomerEvent>> result = command.run().apply(customer, clock);
            if (result.isRight()) {
                customer = result.get().state();
            }
            refused |= result.isLeft() && result.getLeft() instanceof CustomerRejection.KeyAccountIncomplete;
            reached |= customer.isActiveKeyAccount();
            if (customer.isActiveKeyAccount()) {
                assertTrue(customer.grade().isDefined(), () -> "active key account without a grade after " + command);
                assertTrue(customer.currentManager().isDefined(), () -> "active key account without a manager after " + command);
                assertTrue(customer.primaryContact().isDefined(), () -> "active key account without a primary contact after " + command);
            }
            assertEquals(customer.contacts().nonEmpty(), customer.primaryContact().isDefined());
            Customer now = customer;
            assertTrue(customer.primaryContact().forAll(p -> now.contact(p).isDefined()));
        }
        // the generator must reach both sides of the rule often enough for the property to mean something
        Statistics.label("reached an active key account").collect(reached);
        Statistics.label("refused an incomplete key account").collect(refused);
        Statistics.label("reached an active key account").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("refused an incomplete key account").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property
    void eachAcceptedCommandsEventsDescribeExactlyItsChange(@ForAll("starts") Start start,
                                                            @ForAll("sequences") Seq<Command> commands) {
        Changed<Customer, CustomerEvent> registered = Accepted.accepted(
                Customer.register(SELF, registration(start), T0));
        assertEquals(CustomerSnapshot.of(registered.state()),
                CustomerSnapshot.registered((CustomerEvent.Registered) registered.events().single()));
        Customer customer = registered.state();
        Instant clock = T0;
        for (Command command : commands) {
            clock = clock.plusSeconds(60L * command.minutesLater());
            Either<CustomerRejection, Changed<Customer, CustomerEvent>> result = command.run().apply(customer, clock);
            if (result.isLeft()) {
                assertTrue(result.getLeft().message().startsWith("customer " + SELF), result.getLeft()::message);
                continue;
            }
            Changed<Customer, CustomerEvent> changed = result.get();
            CustomerSnapshot before = CustomerSnapshot.of(customer);
            CustomerSnapshot after = CustomerSnapshot.of(changed.state());
            assertEquals(after, changed.events().foldLeft(before, CustomerSnapshot::apply),
                    () -> command + " changed more or less than its events " + changed.events() + " say");
            assertEquals(changed.changedNothing(), before.equals(after), () -> command + ": a change without events, or events without a change");
            Instant at = clock;
            assertTrue(changed.events().forAll(e -> e.customerId().equals(SELF) && e.occurredAt().equals(at)));
            assertEquals(after, CustomerSnapshot.of(after.restore()), "restoring the state gives it back");
            customer = changed.state();
        }
    }

    @Property(tries = 300)
    void erasureLeavesNothingOfThePersonKeepsTheRestAndIsIdempotent(@ForAll("starts") Start start,
                                                                     @ForAll("sequences") Seq<Command> commands) {
        Customer customer = register(start);
        Instant clock = T0;
        for (Command command : commands) {
            clock = clock.plusSeconds(60L * command.minutesLater());
            customer = command.run().apply(customer, clock).map(Changed::state).getOrElse(customer);
        }
        Instant at = (clock.isBefore(T0) ? T0 : clock).plusSeconds(60);   // the sequences also go back in time
        Either<CustomerRejection, Changed<Customer, CustomerEvent>> result = customer.erase(at);
        Statistics.label("erased").collect(result.isRight() && !customer.isErased());
        if (start.group() != CustomerGroup.PUBLIC) {
            assertEquals(new CustomerRejection.NotAPerson(SELF, customer.group()), result.getLeft());
            return;
        }
        assertTrue(result.isRight(), () -> result.getLeft().message());
        Customer erased = result.get().state();
        assertEquals(Customer.ERASED_NAME, erased.name());
        assertEquals(new org.telecrm.customer.identity.ErasedDocument(SELF.value()), erased.document());
        assertFalse(erased.document().unmasked().contains(start.document().unmasked()));
        assertTrue(erased.contacts().isEmpty() && erased.primaryContact().isEmpty());
        assertEquals(List.of(customer.getId(), customer.city(), customer.registeredAt(), customer.lifecycle()),
                List.of(erased.getId(), erased.city(), erased.registeredAt(), erased.lifecycle()));
        assertEquals(customer.isErased() ? List.empty() : List.of(new CustomerEvent.Erased(SELF, at)),
                result.get().events());
        assertTrue(erased.erase(at.plusSeconds(60)).get().changedNothing(), "a second erasure changes nothing");
        assertTrue(erased.addContact(ContactId.of("K-9"), CustomerTestData.ZHANG_SAN, at).isLeft());
    }

    @Property
    void theFileAndClosedAssignmentsNeverChange(@ForAll("starts") Start start, @ForAll("sequences") Seq<Command> commands) {
        Customer customer = register(start);
        Instant clock = T0;
        for (Command command : commands) {
            clock = clock.plusSeconds(60L * command.minutesLater());
            Customer before = customer;
            customer = command.run().apply(customer, clock).map(Changed::state).getOrElse(customer);
            assertEquals(before.file(), customer.file().take(before.file().size()), () -> "file rewritten by " + command);
            Seq<ManagerAssignment> closed = before.managerAssignments().filter(a -> !a.isCurrent());
            assertEquals(closed, customer.managerAssignments().take(closed.size()), () -> "history rewritten by " + command);
        }
    }

    @Property(tries = 200)
    void noRenderingShowsAWholeIdentityOrPhoneNumber(@ForAll("starts") Start start, @ForAll("sequences") Seq<Command> commands,
                                                     @ForAll("details") ContactDetails details) {
        Customer customer = accepted(register(start).addContact(ContactId.of("K-9"), details, T0));
        Seq<String> secrets = details.phones().map(PhoneNumber::unmasked)
                .appendAll(details.email().map(e -> e.unmasked()))
                .append(start.document().unmasked());
        Seq<String> renderings = List.of(customer.toString());
        Instant clock = T0;
        for (Command command : commands) {
            clock = clock.plusSeconds(60L * command.minutesLater());
            Either<CustomerRejection, Changed<Customer, CustomerEvent>> result = command.run().apply(customer, clock);
            renderings = renderings.append(result.fold(CustomerRejection::message, changed -> changed.toString()));
            customer = result.map(Changed::state).getOrElse(customer);
        }
        for (String text : renderings) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), () -> "shows " + secret + ": " + text);
            }
        }
    }

    private static Customer accepted(Either<CustomerRejection, Changed<Customer, CustomerEvent>> result) {
        return Accepted.accepted(result).state();
    }

    private static Registration registration(Start start) {
        return new Registration(start.group(), "Customer One", start.document(), CityCode.parse("440300").get());
    }

    private static Customer register(Start start) {
        return accepted(Customer.register(SELF, registration(start), T0));
    }

    // ---- generators --------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<Start> person = Arbitraries.<IdentityDocument>oneOf(CustomerTestData.residentIdentityNumbers(),
                CustomerTestData.passports()).map(d -> new Start(CustomerGroup.PUBLIC, d));
        Arbitrary<Start> organisation = Combinators.combine(
                        Arbitraries.of(CustomerGroup.COMMERCIAL, CustomerGroup.KEY_ACCOUNT, CustomerGroup.KEY_ACCOUNT),
                        CustomerTestData.usccs())
                .as(Start::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, person), net.jqwik.api.Tuple.of(4, organisation));
    }

    @Provide
    Arbitrary<ContactDetails> details() {
        return CustomerTestData.contactDetails();
    }

    @Provide
    Arbitrary<Seq<Command>> sequences() {
        return command().list().ofMinSize(5).ofMaxSize(60).map(List::ofAll);
    }

    private static final Seq<ContactId> CONTACTS = List.of("K-1", "K-2", "K-3").map(ContactId::of);
    private static final Seq<AccountManagerId> MANAGERS = List.of("AM-1", "AM-2").map(AccountManagerId::of);
    private static final Seq<StaffId> STAFF = List.of("S-1", "S-2").map(StaffId::of);
    private static final Seq<CustomerId> OTHERS = List.of("C-1", "C-2", "C-3").map(CustomerId::of);

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Command>> weighted(int weight, Arbitrary<Command> command) {
        return net.jqwik.api.Tuple.of(weight, command);
    }

    private Arbitrary<Command> command() {
        Arbitrary<Integer> later = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(19, Arbitraries.integers().between(0, 600)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-600, -1)));
        Arbitrary<ContactId> contact = Arbitraries.of(CONTACTS.toJavaList());
        Arbitrary<AccountManagerId> manager = Arbitraries.of(MANAGERS.toJavaList());
        Arbitrary<StaffId> staff = Arbitraries.of(STAFF.toJavaList());
        Arbitrary<CustomerId> other = Arbitraries.of(OTHERS.toJavaList());
        Arbitrary<KeyAccountGrade> grade = Arbitraries.of(KeyAccountGrade.class);
        Arbitrary<WarningLevel> level = Arbitraries.of(WarningLevel.class);
        Arbitrary<ContactDetails> details = Arbitraries.of(CustomerTestData.ZHANG_SAN, CustomerTestData.LI_SI);
        Arbitrary<FileTopic> topic = Arbitraries.of(FileTopic.class);
        // weighted towards what makes a key account serviceable, so that sequences often reach an active key account
        return Arbitraries.frequencyOf(
                weighted(4, later.map(m -> new Command("activate", m, (c, at) -> c.activate(at)))),
                weighted(1, later.map(m -> new Command("markDormant", m, (c, at) -> c.markDormant(at)))),
                weighted(1, later.map(m -> new Command("markChurned", m, (c, at) -> c.markChurned("moved away", at)))),
                weighted(3, Combinators.combine(later, grade).as((m, g) -> new Command("regrade " + g, m,
                        (c, at) -> c.regrade(CustomerTestData.assessment(g), at)))),
                weighted(1, Combinators.combine(later, grade, manager, staff).as((m, g, am, by) -> new Command("promote " + g + " " + am, m,
                        (c, at) -> c.promoteToKeyAccount(CustomerTestData.assessment(g), am, by, at)))),
                weighted(3, Combinators.combine(later, manager, staff).as((m, am, by) -> new Command("assignManager " + am, m,
                        (c, at) -> c.assignManager(am, by, at)))),
                weighted(1, Combinators.combine(later, staff).as((m, by) -> new Command("unassignManager", m,
                        (c, at) -> c.unassignManager(by, at)))),
                weighted(4, Combinators.combine(later, contact, details).as((m, k, d) -> new Command("addContact " + k + " " + d.name(), m,
                        (c, at) -> c.addContact(k, d, at)))),
                weighted(1, Combinators.combine(later, contact, details).as((m, k, d) -> new Command("changeContact " + k + " " + d.name(), m,
                        (c, at) -> c.changeContact(k, d, at)))),
                weighted(2, Combinators.combine(later, contact).as((m, k) -> new Command("removeContact " + k, m,
                        (c, at) -> c.removeContact(k, at)))),
                weighted(1, Combinators.combine(later, contact).as((m, k) -> new Command("makePrimary " + k, m,
                        (c, at) -> c.makePrimary(k, at)))),
                weighted(1, Combinators.combine(later, other).as((m, b) -> new Command("addBranch " + b, m, (c, at) -> c.addBranch(b, at)))),
                weighted(1, Combinators.combine(later, other).as((m, b) -> new Command("removeBranch " + b, m, (c, at) -> c.removeBranch(b, at)))),
                weighted(1, Combinators.combine(later, other).as((m, h) -> new Command("joinHeadquarters " + h, m,
                        (c, at) -> c.joinHeadquarters(h, at)))),
                weighted(1, later.map(m -> new Command("leaveHeadquarters", m, (c, at) -> c.leaveHeadquarters(at)))),
                weighted(1, later.map(m -> new Command("erase", m, (c, at) -> c.erase(at)))),
                weighted(1, Combinators.combine(later, contact).as((m, k) -> new Command("eraseContact " + k, m,
                        (c, at) -> c.eraseContact(k, at)))),
                weighted(1, Combinators.combine(later, topic, staff).as((m, t, by) -> new Command("recordInFile " + t, m,
                        (c, at) -> c.recordInFile(t, "note on " + t, by, at)))),
                weighted(1, Combinators.combine(later, level).as((m, l) -> new Command("raiseChurnWarning " + l, m,
                        (c, at) -> c.raiseChurnWarning(CustomerTestData.churnWarning(l), at)))));
    }
}
