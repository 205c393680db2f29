package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.QualityLevel;
import org.telecrm.sla.quality.QualityLevelTable;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.sla.contract.ContractFixtures.AT;
import static org.telecrm.sla.contract.ContractFixtures.BUREAU;
import static org.telecrm.sla.contract.ContractFixtures.CALENDAR;
import static org.telecrm.sla.contract.ContractFixtures.DDN;
import static org.telecrm.sla.contract.ContractFixtures.ID;
import static org.telecrm.sla.contract.ContractFixtures.LEASED;
import static org.telecrm.sla.contract.ContractFixtures.SIGNING;
import static org.telecrm.sla.contract.ContractFixtures.active;
import static org.telecrm.sla.contract.ContractFixtures.ddnExpressDeadline;
import static org.telecrm.sla.contract.ContractFixtures.draft;
import static org.telecrm.sla.contract.ContractFixtures.draftWithCircuits;

/**
 * The SLA contract's invariants under random command sequences (issue 5): after every command of any sequence of
 * drafting, lifecycle, amendment and claim commands, the invariants of {@link SlaContract}'s Javadoc hold; the same
 * breach never yields two claims; and the terms used for an order are always the version in force at its acceptance.
 */
class SlaContractPropertiesTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final Instant AFTER_THE_YEAR = Instant.parse("2027-01-05T00:00:00Z");

    // ---- the command model -------------------------------------------------------------------------

    /** What a sequence carries along: the contract, and the breaches evaluated so far (some go stale). */
    record World(SlaContract contract, Seq<Breach> breaches) {
    }

    /** One command, applied to a world: the contract's answer, and the world after it. */
    interface Command {
        Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World world);

        default World next(World world, Changed<SlaContract, SlaContractEvent> changed) {
            return new World(changed.state(), world.breaches());
        }
    }

    static final Seq<Circuit> CIRCUITS = List.of(DDN, LEASED,
            new Circuit(CircuitId.of("P-1"), DDN.product(), DDN.aEnd(), DDN.zEnd(), DDN.bandwidth(), DDN.provisioningClass(),
                    QualityLevel.of("PLATINUM"), DDN.standardOneTimeFee(), DDN.monthlyRental()),
            new Circuit(DDN.id(), DDN.product(), DDN.aEnd(), DDN.zEnd(), DDN.bandwidth(), DDN.provisioningClass(),
                    DDN.qualityLevel(), DDN.standardOneTimeFee(), Money.ofYuan(999)),
            new Circuit(CircuitId.of("NEG"), DDN.product(), DDN.aEnd(), DDN.zEnd(), DDN.bandwidth(), DDN.provisioningClass(),
                    DDN.qualityLevel(), Money.ofFen(-1), DDN.monthlyRental()));

    static final Seq<ContractTerms> TERMS = List.of(ContractTerms.defaults(ID), ddnExpressDeadline(ID, 6),
            ddnExpressDeadline(ID, 10),
            ContractTerms.defaults(ID).withQuality(QualityLevelTable.of(
                    List.of(QualityLevelTable.SAMPLE.termsOf(QualityLevelTable.LEVEL_2).get()), RoundingMode.HALF_UP).get()),
            ContractTerms.defaults(SlaContractId.of("SLA-OTHER")));

    static final Seq<ContractSigning> SIGNINGS = List.of(SIGNING, new ContractSigning("", "Zhang Min", SIGNING.signedOn()),
            new ContractSigning("Li Wei", "Zhang Min", LocalDate.of(2027, 3, 1)));

    static LocalDate day(int offset) {
        return JAN_1.plusDays(offset);
    }

    record AddCircuit(int which) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().addCircuit(CIRCUITS.get(which), AT);
        }
    }

    record RemoveCircuit(int which) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().removeCircuit(CIRCUITS.get(which).id(), AT);
        }
    }

    record ReviseTerms(int which) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().reviseDraftTerms(TERMS.get(which), AT);
        }
    }

    record Activate(int which) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().activate(SIGNINGS.get(which), AT);
        }
    }

    record Amend(int which, int effective, int agreedBefore) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().amendTerms(TERMS.get(which), day(effective), day(effective - agreedBefore), AT);
        }
    }

    record Suspend(int on) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().suspend(day(on), on % 7 == 0 ? " " : "arrears", AT);
        }
    }

    record Resume(int on) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().resume(day(on), AT);
        }
    }

    record Terminate(int on) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().terminate(day(on), "ended", AT);
        }
    }

    record Expire(int on) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().expire(day(on), AT);
        }
    }

    /** Evaluates a late order or a bad month of a circuit now, and raises a claim for the breach, if there is one. */
    record EvaluateAndRaise(int circuit, int accepted, boolean quality, int claim) implements Command {
        Option<Breach> breach(SlaContract c) {
            Circuit target = CIRCUITS.get(circuit);
            if (quality) {
                YearMonth month = YearMonth.from(day(accepted));
                Instant start = month.atDay(10).atStartOfDay(QualityCompensation.BEIJING_TIME).toInstant();
                Seq<Outage> outages = List.of(Outage.of("T-" + accepted, target.id(), start, start.plus(Duration.ofHours(6)),
                        OutageCause.PROVIDER));
                return c.evaluateQuality(target.id(), month, outages).toOption().flatMap(QualityEvaluation::breach);
            }
            LocalDate acceptedOn = day(accepted);
            LocalDate completedOn = acceptedOn.plusDays(45).isAfter(CALENDAR.lastDay()) ? CALENDAR.lastDay() : acceptedOn.plusDays(45);
            ProvisioningOrder order = ProvisioningOrder.completed(ProvisioningOrderId.of("SO-" + accepted), target.id(),
                    acceptedOn, completedOn);
            return c.evaluateOrder(order, CALENDAR).toOption().flatMap(OrderEvaluation::breach);
        }

        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return breach(w.contract())
                    .map(b -> w.contract().raiseClaim(ClaimId.of("PF-" + claim), b, BUREAU, AFTER_THE_YEAR).map(ClaimRaising::changed))
                    .getOrElse(() -> Either.right(Changed.nothing(w.contract())));
        }

        @Override
        public World next(World w, Changed<SlaContract, SlaContractEvent> changed) {
            return new World(changed.state(), w.breaches().appendAll(breach(w.contract())));
        }
    }

    /** Raises a claim for a breach evaluated earlier, perhaps under terms since amended. */
    record RaiseEarlier(int which, int claim) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            if (w.breaches().isEmpty()) {
                return Either.right(Changed.nothing(w.contract()));
            }
            Breach b = w.breaches().get(which % w.breaches().size());
            return w.contract().raiseClaim(ClaimId.of("PF-" + claim), b, BUREAU, AFTER_THE_YEAR).map(ClaimRaising::changed);
        }
    }

    record Confirm(int claim, boolean customer, int on) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().confirmClaim(ClaimId.of("PF-" + claim),
                    new Confirmation(customer ? Side.CUSTOMER : Side.PROVIDER, "signatory", day(on)), AT);
        }
    }

    record Settle(int claim, int on) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().settleClaim(ClaimId.of("PF-" + claim), day(on), AT);
        }
    }

    record Reject(int claim, int on) implements Command {
        public Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> apply(World w) {
            return w.contract().rejectClaim(ClaimId.of("PF-" + claim), Side.PROVIDER, "disputed", day(on), AT);
        }
    }

    @Provide
    Arbitrary<java.util.List<Command>> commandSequences() {
        Arbitrary<Integer> days = Arbitraries.integers().between(-20, 400);
        Arbitrary<Integer> claims = Arbitraries.integers().between(0, 2);
        // Mostly the two good circuits; sometimes one whose level no table defines, a duplicate, a negative fee.
        Arbitrary<Integer> circuits = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(4, 1), Tuple.of(1, 2), Tuple.of(1, 3),
                Tuple.of(1, 4));
        Arbitrary<Integer> signings = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2));
        Arbitrary<Command> evaluateAndRaise = Combinators.combine(circuits, Arbitraries.integers().between(0, 330),
                Arbitraries.of(true, false), claims).as(EvaluateAndRaise::new);
        Arbitrary<Command> command = Arbitraries.frequencyOf(
                Tuple.of(4, circuits.map(AddCircuit::new)),
                Tuple.of(2, circuits.map(RemoveCircuit::new)),
                Tuple.of(1, Arbitraries.integers().between(0, TERMS.size() - 1).map(ReviseTerms::new)),
                Tuple.of(4, signings.map(Activate::new)),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, TERMS.size() - 1), days,
                        Arbitraries.integers().between(-5, 30)).as(Amend::new)),
                Tuple.of(1, days.map(Suspend::new)),
                Tuple.of(1, days.map(Resume::new)),
                Tuple.of(1, days.map(Terminate::new)),
                Tuple.of(1, days.map(Expire::new)),
                Tuple.of(6, evaluateAndRaise),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 20), claims).as(RaiseEarlier::new)),
                Tuple.of(6, Combinators.combine(claims, Arbitraries.of(true, false), Arbitraries.integers().between(-20, 250))
                        .as(Confirm::new)),
                Tuple.of(3, Combinators.combine(claims, Arbitraries.integers().between(150, 400)).as(Settle::new)),
                Tuple.of(1, Combinators.combine(claims, days).as(Reject::new)));
        return command.list().ofMinSize(5).ofMaxSize(50);
    }

    // ---- invariants --------------------------------------------------------------------------------

    static void assertInvariants(SlaContract c) {
        boolean draft = c.status() instanceof ContractStatus.Draft;
        // 1. past the draft: signed, at least one circuit, complete terms
        if (!draft) {
            assertTrue(c.status().signing().isDefined());
            assertFalse(c.circuits().isEmpty(), "an active contract without circuits");
            assertTrue(c.termsProblems().isEmpty(), () -> c.termsProblems().mkString("; "));
        }
        // 2. unique circuits
        assertEquals(c.circuits().size(), c.circuits().map(Circuit::id).distinct().size());
        // 3. versions 1..n, strictly increasing effective dates, version 1 from the first valid day, all valid days
        Seq<TermsVersion> versions = c.termsVersions();
        assertEquals(List.rangeClosed(1, versions.size()), versions.map(TermsVersion::number));
        assertEquals(c.validity().from(), versions.head().effectiveFrom());
        assertTrue(versions.sliding(2).forAll(p -> p.size() < 2 || p.last().effectiveFrom().isAfter(p.head().effectiveFrom())));
        assertTrue(versions.forAll(v -> c.validity().contains(v.effectiveFrom())));
        // 4. one claim per breach, unique claim ids, none in a draft
        assertEquals(c.claims().size(), c.claims().map(CompensationClaim::id).distinct().size());
        assertEquals(c.claims().size(), c.claims().map(cl -> cl.breach().id()).distinct().size());
        if (draft) {
            assertTrue(c.claims().isEmpty());
        }
        // 5. every claim: positive, a covered circuit, inside the coverage, under the version in force at its date
        for (CompensationClaim claim : c.claims()) {
            Breach b = claim.breach();
            assertTrue(claim.amount().isGreaterThan(Money.ZERO));
            assertEquals(c.id(), b.contract());
            assertTrue(c.circuit(b.circuit()).isDefined());
            assertTrue(c.covers(b.termsDate()), () -> b.termsDate() + " outside " + c.coverage());
            assertEquals(b.termsVersion(), c.termsInForceOn(b.termsDate()).get().number());
        }
    }

    /** What may never change between two consecutive states. */
    static void assertMonotone(SlaContract before, SlaContract after) {
        ContractStatus.Kind was = before.status().kind();
        if (was != ContractStatus.Kind.DRAFT) {
            assertTrue(after.status().kind() != ContractStatus.Kind.DRAFT, "back to draft");
            assertEquals(before.circuits(), after.circuits(), "circuits changed after signing");
            assertEquals(before.status().signing(), after.status().signing(), "the signing changed");
            assertTrue(after.termsVersions().startsWith(before.termsVersions()), "a terms version changed");
        }
        if (was == ContractStatus.Kind.TERMINATED || was == ContractStatus.Kind.EXPIRED) {
            assertEquals(before.status(), after.status(), "left a final state");
        }
        for (CompensationClaim old : before.claims()) {
            CompensationClaim now = after.claim(old.id()).getOrElseThrow(() -> new AssertionError("claim " + old.id() + " lost"));
            assertEquals(old.breach(), now.breach());
            if (old.status() instanceof ClaimStatus.Settled || old.status() instanceof ClaimStatus.Rejected) {
                assertEquals(old.status(), now.status(), "a final claim changed");
            }
        }
    }

    @Property
    void randomCommandSequencesNeverBreakTheInvariants(@ForAll @IntRange(min = 0, max = 2) int start,
                                                        @ForAll("commandSequences") java.util.List<Command> commands) {
        SlaContract initial = start == 0 ? draft() : start == 1 ? draftWithCircuits() : active();
        World world = new World(initial, List.empty());
        for (Command command : commands) {
            SlaContract before = world.contract();
            Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> result = command.apply(world);
            assertEquals(before, world.contract(), "a command changed the contract it was called on");
            if (result.isLeft()) {
                assertFalse(result.getLeft().message().isBlank());
                Statistics.label("command").collect("refused");
                world = new World(before, command.next(world, Changed.nothing(before)).breaches());
                continue;
            }
            Changed<SlaContract, SlaContractEvent> changed = result.get();
            Statistics.label("command").collect(changed.changedNothing() ? "nothing" : "changed");
            assertEquals(changed.changedNothing(), changed.state().equals(before), "events exactly when the state changes");
            assertTrue(changed.events().forAll(e -> e.contract().equals(ID)));
            assertInvariants(changed.state());
            assertMonotone(before, changed.state());
            world = command.next(world, changed);
        }
        SlaContract last = world.contract();
        Statistics.label("final state").collect(last.status().kind());
        Statistics.label("claims").collect(last.claims().isEmpty() ? "none"
                : last.claims().map(c -> c.status().kind()).distinct().sorted().mkString("+"));
    }

    // ---- one claim per breach ----------------------------------------------------------------------

    @Provide
    Arbitrary<java.util.List<int[]>> raiseAttempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 7))
                .as((breach, claim) -> new int[]{breach, claim}).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void theSameBreachNeverYieldsTwoClaims(@ForAll("raiseAttempts") java.util.List<int[]> attempts) {
        SlaContract signed = active();
        Seq<Breach> breaches = List.of(
                signed.evaluateOrder(ContractFixtures.order("SO-1", DDN, "2026-03-02", "2026-04-20"), CALENDAR),
                signed.evaluateOrder(ContractFixtures.order("SO-2", DDN, "2026-05-04", "2026-06-30"), CALENDAR),
                signed.evaluateOrder(ContractFixtures.order("SO-3", LEASED, "2026-02-02", "2026-04-30"), CALENDAR))
                .map(e -> e.get().breach().get())
                .appendAll(List.of(3, 4, 5).map(m -> signed.evaluateQuality(DDN.id(), YearMonth.of(2026, m),
                        ContractFixtures.badMarch().map(o -> new Outage(o.ticket(), o.circuit(),
                                o.start().plus(Duration.ofDays(31L * (m - 3))),
                                o.end().plus(Duration.ofDays(31L * (m - 3))), o.cause(), Option.none())))
                        .get().breach().get()));
        SlaContract contract = signed;
        for (int[] attempt : attempts) {
            Breach breach = breaches.get(attempt[0]);
            ClaimId claimId = ClaimId.of("PF-" + attempt[1]);
            Option<CompensationClaim> existing = contract.claimFor(breach.id());
            Either<SlaContractRejection, ClaimRaising> result = contract.raiseClaim(claimId, breach, BUREAU, AFTER_THE_YEAR);
            if (existing.isDefined()) {
                ClaimRaising.AlreadyRaised repeat = assertInstanceOf(ClaimRaising.AlreadyRaised.class, result.get());
                assertEquals(existing.get().id(), repeat.claim());
                assertTrue(repeat.changed().changedNothing());
            } else if (contract.claim(claimId).isDefined()) {
                assertInstanceOf(SlaContractRejection.ClaimIdInUse.class, result.getLeft());
            } else {
                assertInstanceOf(ClaimRaising.Raised.class, result.get());
            }
            contract = result.map(r -> r.changed().state()).getOrElse(contract);
            assertEquals(contract.claims().size(), contract.claims().map(c -> c.breach().id()).distinct().size());
            assertTrue(contract.claimFor(breach.id()).isDefined() || contract.claim(claimId).isDefined());
        }
    }

    // ---- the version in force at acceptance -----------------------------------------------------------

    record Amendment(int effective, int deadline) {
    }

    record Order(int accepted, int daysToComplete, boolean toDdn) {
    }

    @Provide
    Arbitrary<java.util.List<Amendment>> amendments() {
        return Combinators.combine(Arbitraries.integers().between(-10, 380), Arbitraries.integers().between(1, 25))
                .as(Amendment::new).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<java.util.List<Order>> orders() {
        // Accepted by late October, so that a 25-working-day deadline still ends inside the bundled 2026 calendar.
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 30),
                Arbitraries.of(true, false)).as(Order::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Property
    void theTermsUsedForAnOrderAreTheVersionInForceAtItsAcceptance(@ForAll("amendments") java.util.List<Amendment> amendments,
                                                                   @ForAll("orders") java.util.List<Order> orders) {
        SlaContract contract = active();
        List<Amendment> accepted = List.empty();
        for (Amendment a : amendments) {
            Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> r =
                    contract.amendTerms(ddnExpressDeadline(ID, a.deadline()), day(a.effective()), day(a.effective()), AT);
            if (r.isRight() && !r.get().changedNothing()) {
                accepted = accepted.append(a);
                contract = r.get().state();
            }
        }
        Statistics.collect(accepted.size() + " amendment(s)");
        for (Order o : orders) {
            LocalDate acceptedOn = day(o.accepted());
            Circuit circuit = o.toDdn() ? DDN : LEASED;
            OrderEvaluation e = contract.evaluateOrder(ProvisioningOrder.completed(ProvisioningOrderId.of("SO"), circuit.id(),
                    acceptedOn, acceptedOn.plusDays(o.daysToComplete())), CALENDAR).get();
            // Oracle: amendments are accepted in increasing effective order, so the version in force is 1 + those so far.
            Seq<Amendment> inForce = accepted.filter(a -> !day(a.effective()).isAfter(acceptedOn));
            assertEquals(1 + inForce.size(), e.termsVersion());
            int expectedDeadline = !o.toDdn() ? 20 : inForce.lastOption().map(Amendment::deadline).getOrElse(8);
            assertEquals(expectedDeadline, e.assessment().terms().deadlineWorkingDays().value());
            assertEquals(contract.termsInForceOn(acceptedOn).get().terms().tariff().termsFor(circuit.product(),
                    circuit.provisioningClass()), e.assessment().terms());
        }
    }
}
