package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.telecrm.account.AccountId;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.contract.Bandwidth;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.ClaimRaising;
import org.telecrm.sla.contract.ContractSigning;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.MeasuredEvaluation;
import org.telecrm.sla.contract.OrderEvaluation;
import org.telecrm.sla.contract.ProvisioningOrder;
import org.telecrm.sla.contract.QualityEvaluation;
import org.telecrm.sla.contract.Region;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.sla.contract.SlaContractRejection;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.provisioning.CompensationBase;
import org.telecrm.sla.provisioning.CompensationCap;
import org.telecrm.sla.provisioning.DeadlineStart;
import org.telecrm.sla.provisioning.LateDayCount;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.Term;
import org.telecrm.sla.provisioning.TermScope;
import org.telecrm.sla.quality.Measurement;
import org.telecrm.sla.quality.Metric;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.QualityCompensation;
import org.telecrm.sla.quality.LevelPrices;
import org.telecrm.sla.quality.QualityLevelTable;
import org.telecrm.sla.quality.Uplift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiFunction;

/**
 * jqwik generators of SLA contracts for the contract kit, built only through the public API: draft a contract on
 * one of several terms (the sample tariff, or personalised terms using every kind of term and scope), then fold a
 * random sequence of commands over it (add and remove circuits, revise terms, activate, amend, suspend, resume,
 * terminate, expire, evaluate late orders, bad months and slow months (latency beyond the measured commitments)
 * and raise claims for the breaches, confirm, settle and
 * reject claims), keeping every accepted change.
 */
public final class SlaContractGenerators {

    public static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    public static final ValidityPeriod YEAR_2026 = new ValidityPeriod(JAN_1, LocalDate.of(2026, 12, 31));
    public static final Instant AT = Instant.parse("2025-12-20T02:00:00Z");
    public static final ContractSigning SIGNING = new ContractSigning("Li Wei", "Zhang Min", LocalDate.of(2025, 12, 20));

    private static final Instant AFTER_THE_YEAR = Instant.parse("2027-01-05T00:00:00Z");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    private static final Responsibility BUREAU = new Responsibility("Shenzhen Futian bureau", "A-end access segment");

    public static final Circuit DDN = new Circuit(CircuitId.of("DDN-1"), Product.DDN, Region.of("Shenzhen Futian"),
            Region.of("Guangzhou Tianhe"), Bandwidth.ofKbps(2048), ProvisioningClass.EXPRESS, QualityLevelTable.LEVEL_1,
            Money.ofYuan(8000), Money.ofYuan(2000));
    public static final Circuit LEASED = new Circuit(CircuitId.of("DC-2"), Product.DIGITAL_CIRCUIT,
            Region.of("Shenzhen Nanshan"), Region.of("Hong Kong"), Bandwidth.ofMbps(155), ProvisioningClass.NORMAL,
            QualityLevelTable.LEVEL_2, Money.ofYuan(20000), Money.ofYuan(30000));
    private static final Seq<Circuit> CIRCUITS = List.of(DDN, LEASED);

    private SlaContractGenerators() {
    }

    /**
     * A command of a generated history, and the breach it evaluated, if any (kept so that later commands may raise
     * it again, perhaps under terms since amended).
     */
    private record Command(BiFunction<SlaContract, Seq<Breach>, Either<SlaContractRejection,
            Changed<SlaContract, SlaContractEvent>>> run, java.util.function.Function<SlaContract, Option<Breach>> found) {

        Command(BiFunction<SlaContract, Seq<Breach>, Either<SlaContractRejection,
                Changed<SlaContract, SlaContractEvent>>> run) {
            this(run, c -> Option.none());
        }
    }

    /**
     * The terms a generated contract may have: the sample tariff, personalised terms of every kind, and the sample
     * levels with measured commitments and the contract's own prices of quality levels.
     */
    public static Seq<ContractTerms> terms(SlaContractId id) {
        Seq<Either<?, PersonalisedTerms>> personalised = List.of(
                PersonalisedTerms.forContract(id.value())
                        .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(6)).build(),
                PersonalisedTerms.forContract(id.value())
                        .set(TermScope.product(Product.DDN), new Term.ChargedFeeRatio(Rate.percent(80)))
                        .set(TermScope.provisioningClass(ProvisioningClass.NORMAL),
                                new Term.CompensationPerLateDay(Rate.percent("2.5")))
                        .set(TermScope.everyRow(), new Term.Cap(new CompensationCap.FixedAmount(Money.ofYuan(5000))))
                        .set(TermScope.everyRow(), new Term.CountDeadlineFrom(DeadlineStart.ACCEPTANCE_DAY))
                        .set(TermScope.everyRow(), new Term.CountLateDays(LateDayCount.BEFORE_COMPLETION_DAY))
                        .set(TermScope.everyRow(), new Term.BaseOfCompensation(CompensationBase.STANDARD_FEE))
                        .set(TermScope.everyRow(), new Term.Rounding(RoundingMode.HALF_EVEN)).build(),
                PersonalisedTerms.forContract(id.value())
                        .set(TermScope.everyRow(), new Term.Cap(new CompensationCap.ShareOfBase(Rate.percent(50))))
                        .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(10)).build());
        ContractTerms defaults = ContractTerms.defaults(id);
        ContractTerms measuredAndPriced = defaults.withQuality(QualityLevelTable.SAMPLE_WITH_MEASURED)
                .withPrices(LevelPrices.of(List.of(
                        new LevelPrices.LevelPrice(QualityLevelTable.LEVEL_1, new Uplift.Fixed(Money.ofYuan(450))),
                        new LevelPrices.LevelPrice(QualityLevelTable.LEVEL_2,
                                new Uplift.ShareOfRental(Rate.percent(12))))).get());
        return personalised.filter(Either::isRight).map(p -> defaults.withProvisioning(p.get())).prepend(defaults)
                .append(measuredAndPriced);
    }

    public static Arbitrary<SlaContractId> contractIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10)
                .map(s -> SlaContractId.of("SLA-" + s));
    }

    /** SLA contracts with their histories. */
    public static Arbitrary<SlaContractHistory> histories() {
        return Combinators.combine(contractIds(), Arbitraries.integers().between(1, 3).map(n -> CustomerId.of("C-" + n)),
                        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2),
                        command().list().ofMinSize(0).ofMaxSize(40))
                .as(SlaContractGenerators::run);
    }

    private static SlaContractHistory run(SlaContractId id, CustomerId customer, int termsIndex, int start,
                                          java.util.List<Command> commands) {
        Seq<ContractTerms> terms = terms(id);
        Changed<SlaContract, SlaContractEvent> drafted = SlaContract.draft(id, customer,
                AccountId.of("A-" + customer.value()), YEAR_2026, terms.get(termsIndex % terms.size()), AT).get();
        SlaContract contract = drafted.state();
        Seq<SlaContractEvent> events = drafted.events();
        Seq<Breach> breaches = List.empty();
        List<Command> prefix = start == 0 ? List.empty() : List.of(
                new Command((c, b) -> c.addCircuit(DDN, AT)), new Command((c, b) -> c.addCircuit(LEASED, AT)),
                new Command((c, b) -> start == 2 ? c.activate(SIGNING, AT) : Either.right(Changed.nothing(c))));
        for (Command command : prefix.appendAll(commands)) {
            Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> result = command.run()
                    .apply(contract, breaches);
            breaches = breaches.appendAll(command.found().apply(contract));
            if (result.isRight()) {
                contract = result.get().state();
                events = events.appendAll(result.get().events());
            }
        }
        return new SlaContractHistory(contract, events);
    }

    private static LocalDate day(int offset) {
        return JAN_1.plusDays(offset);
    }

    /** The kinds of breach a generated command evaluates. */
    private static final int LATE = 0;
    private static final int QUALITY = 1;
    private static final int MEASURED = 2;

    private static Option<Breach> breach(SlaContract c, int circuit, int accepted, int kind) {
        Circuit target = CIRCUITS.get(circuit);
        if (kind != LATE) {
            YearMonth month = YearMonth.from(day(accepted));
            Seq<Outage> outages = outages(target, month, "T-" + accepted);
            return kind == QUALITY
                    ? c.evaluateQuality(target.id(), month, outages).toOption().flatMap(QualityEvaluation::breach)
                    : c.evaluateMeasured(target.id(), month, outages, slowWindows(target, month, 40)).toOption()
                    .flatMap(MeasuredEvaluation::breach);
        }
        LocalDate acceptedOn = day(accepted);
        LocalDate completedOn = acceptedOn.plusDays(45).isAfter(CALENDAR.lastDay()) ? CALENDAR.lastDay()
                : acceptedOn.plusDays(45);
        ProvisioningOrder order = ProvisioningOrder.completed(ProvisioningOrderId.of("SO-" + accepted), target.id(),
                acceptedOn, completedOn);
        return c.evaluateOrder(order, CALENDAR).toOption().flatMap(OrderEvaluation::breach);
    }

    /**
     * A 6-hour provider outage on the 10th of the month, and a customer-side hour two days later (the DDN circuit's
     * level L1 credits the whole rental for it, so its measurements add nothing; the leased circuit's L2 less).
     */
    private static Seq<Outage> outages(Circuit target, YearMonth month, String ticket) {
        Instant start = month.atDay(10).atStartOfDay(QualityCompensation.BEIJING_TIME).toInstant();
        return List.of(Outage.of(ticket, target.id(), start, start.plus(Duration.ofHours(6)), OutageCause.PROVIDER)
                        .respondedAt(start.plus(Duration.ofHours(1))),
                Outage.of(ticket.replace("T-", "T-c"), target.id(), start.plus(Duration.ofDays(2)),
                        start.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)), OutageCause.CUSTOMER_SIDE));
    }

    /** Latency of 90 ms (above every sample level's limit) in the month's first {@code windows} 5-minute windows. */
    private static Seq<Measurement> slowWindows(Circuit target, YearMonth month, int windows) {
        Instant first = month.atDay(1).atStartOfDay(QualityCompensation.BEIJING_TIME).toInstant();
        return List.range(0, windows).map(i -> new Measurement(target.id(), Metric.LATENCY,
                first.plus(QualityLevelTable.SAMPLE_DELAY_WINDOW.multipliedBy(i)), new BigDecimal("90")));
    }

    /**
     * A contract on the sample levels with measured commitments whose leased circuit's (level L2) March earns both a
     * quality and a measured breach on the same outage records (47% and 4.8% of the rental), both claimed; the measured claim confirmed by both sides and
     * settled (its credit names the measured breach).
     */
    public static SlaContractHistory measuredClaims() {
        SlaContractId id = SlaContractId.of("SLA-M-1");
        YearMonth march = YearMonth.of(2026, 3);
        Seq<ContractTerms> terms = terms(id);
        Changed<SlaContract, SlaContractEvent> drafted = SlaContract.draft(id, CustomerId.of("C-1"),
                AccountId.of("A-C-1"), YEAR_2026, terms.last(), AT).get();
        Changed<SlaContract, SlaContractEvent> circuit = drafted.state().addCircuit(LEASED, AT).get();
        Changed<SlaContract, SlaContractEvent> active = circuit.state().activate(SIGNING, AT).get();
        SlaContract signed = active.state();
        MeasuredEvaluation e = signed.evaluateMeasured(LEASED.id(), march, outages(LEASED, march, "T-1"),
                slowWindows(LEASED, march, 40)).get();
        ClaimRaising quality = signed.raiseClaim(ClaimId.of("PF-" + e.qualityBreach().get().id()),
                e.qualityBreach().get(), BUREAU, AFTER_THE_YEAR).get();
        ClaimId measuredClaim = ClaimId.of("PF-" + e.breach().get().id());
        ClaimRaising measured = quality.changed().state().raiseClaim(measuredClaim, e.breach().get(), BUREAU,
                AFTER_THE_YEAR).get();
        Changed<SlaContract, SlaContractEvent> settled = confirmBothAndSettle(measured.changed().state(), measuredClaim,
                LocalDate.of(2026, 4, 8)).get();
        return new SlaContractHistory(settled.state(), drafted.events().appendAll(circuit.events())
                .appendAll(active.events()).appendAll(quality.changed().events())
                .appendAll(measured.changed().events()).appendAll(settled.events()));
    }

    /** Both sides confirm the claim on {@code on}, and it is settled the day after: one accepted change. */
    private static Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> confirmBothAndSettle(
            SlaContract c, ClaimId claim, LocalDate on) {
        return c.confirmClaim(claim, new Confirmation(Side.CUSTOMER, "Li Wei", on), AT)
                .flatMap(a -> a.state().confirmClaim(claim, new Confirmation(Side.PROVIDER, "Zhang Min", on), AT)
                        .map(b -> Changed.of(b.state(), a.events().appendAll(b.events()))))
                .flatMap(ab -> ab.state().settleClaim(claim, on.plusDays(1), AT)
                        .map(s -> Changed.of(s.state(), ab.events().appendAll(s.events()))));
    }

    private static Arbitrary<Command> command() {
        Arbitrary<Integer> days = Arbitraries.integers().between(-20, 400);
        Arbitrary<Integer> claims = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> circuits = Arbitraries.integers().between(0, 1);
        Arbitrary<Command> evaluateAndRaise = Combinators.combine(circuits, Arbitraries.integers().between(0, 330),
                Arbitraries.of(LATE, QUALITY, MEASURED), claims).as((circuit, accepted, kind, claim) -> new Command((c, b) ->
                        breach(c, circuit, accepted, kind)
                                .map(breach -> c.raiseClaim(ClaimId.of("PF-" + claim), breach, BUREAU, AFTER_THE_YEAR)
                                        .map(ClaimRaising::changed))
                                .getOrElse(() -> Either.right(Changed.nothing(c))),
                        c -> breach(c, circuit, accepted, kind)));
        return Arbitraries.frequencyOf(
                Tuple.of(2, circuits.map(i -> new Command((c, b) -> c.addCircuit(CIRCUITS.get(i), AT)))),
                Tuple.of(1, circuits.map(i -> new Command((c, b) -> c.removeCircuit(CIRCUITS.get(i).id(), AT)))),
                Tuple.of(1, Arbitraries.integers().between(0, 4).map(i -> new Command((c, b) -> c.reviseDraftTerms(
                        terms(c.getId()).get(i % terms(c.getId()).size()), AT)))),
                Tuple.of(2, Arbitraries.just(new Command((c, b) -> c.activate(SIGNING, AT)))),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 4), days,
                        Arbitraries.integers().between(-5, 30)).as((i, effective, before) -> new Command((c, b) ->
                        c.amendTerms(terms(c.getId()).get(i % terms(c.getId()).size()), day(effective),
                                day(effective - before), AT)))),
                Tuple.of(1, days.map(on -> new Command((c, b) -> c.suspend(day(on), "arrears", AT)))),
                Tuple.of(1, days.map(on -> new Command((c, b) -> c.resume(day(on), AT)))),
                Tuple.of(3, days.map(on -> new Command((c, b) -> c.terminate(day(on), "ended", AT)))),
                // mostly after the validity period, when expiry is allowed
                Tuple.of(3, Arbitraries.integers().between(300, 400).map(on -> new Command((c, b) -> c.expire(day(on),
                        AT)))),
                Tuple.of(6, evaluateAndRaise),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 20), claims).as((which, claim) ->
                        new Command((c, b) -> b.isEmpty() ? Either.right(Changed.nothing(c))
                                : c.raiseClaim(ClaimId.of("PF-" + claim), b.get(which % b.size()), BUREAU,
                                AFTER_THE_YEAR).map(ClaimRaising::changed)))),
                Tuple.of(6, Combinators.combine(claims, Arbitraries.of(true, false),
                        Arbitraries.integers().between(-20, 250)).as((claim, customer, on) -> new Command((c, b) ->
                        c.confirmClaim(ClaimId.of("PF-" + claim), new Confirmation(
                                customer ? Side.CUSTOMER : Side.PROVIDER, "signatory", day(on)), AT)))),
                Tuple.of(3, Combinators.combine(claims, Arbitraries.integers().between(0, 300)).as((claim, on) ->
                        new Command((c, b) -> confirmBothAndSettle(c, ClaimId.of("PF-" + claim), day(on))))),
                Tuple.of(3, Combinators.combine(claims, Arbitraries.integers().between(150, 400)).as((claim, on) ->
                        new Command((c, b) -> c.settleClaim(ClaimId.of("PF-" + claim), day(on), AT)))),
                Tuple.of(3, Combinators.combine(claims, days).as((claim, on) -> new Command((c, b) ->
                        c.rejectClaim(ClaimId.of("PF-" + claim), Side.PROVIDER, "disputed", day(on), AT)))));
    }
}
