package org.telecrm.sla.contract;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.account.AccountId;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.Term;
import org.telecrm.sla.provisioning.TermScope;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** Contracts, circuits, orders and breaches the SLA tests share, and helpers to unwrap command results. */
public final class ContractFixtures {

    public static final SlaContractId ID = SlaContractId.of("SLA-T-1");
    public static final CustomerId CUSTOMER = CustomerId.of("C-440300-000123");
    public static final AccountId ACCOUNT = AccountId.of("A-0755-88001234");
    public static final ValidityPeriod YEAR_2026 = new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    public static final Instant AT = Instant.parse("2025-12-20T02:00:00Z");
    public static final ContractSigning SIGNING = new ContractSigning("Li Wei", "Zhang Min", LocalDate.of(2025, 12, 20));
    public static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    public static final Responsibility BUREAU = new Responsibility("Shenzhen Futian bureau", "A-end access segment");

    /** DDN express, level L1, one-time fee 8000.00, rental 2000.00. */
    public static final Circuit DDN = new Circuit(CircuitId.of("DDN-1"), Product.DDN, Region.of("Shenzhen Futian"),
            Region.of("Guangzhou Tianhe"), Bandwidth.ofKbps(2048), ProvisioningClass.EXPRESS, QualityLevelTable.LEVEL_1,
            Money.ofYuan(8000), Money.ofYuan(2000));
    /** Digital circuit normal, level L2, one-time fee 20000.00, rental 30000.00. */
    public static final Circuit LEASED = new Circuit(CircuitId.of("DC-2"), Product.DIGITAL_CIRCUIT, Region.of("Shenzhen Nanshan"),
            Region.of("Hong Kong"), Bandwidth.ofMbps(155), ProvisioningClass.NORMAL, QualityLevelTable.LEVEL_2,
            Money.ofYuan(20000), Money.ofYuan(30000));

    private ContractFixtures() {
    }

    public static Instant bj(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    /** The new state of an accepted command; fails the test with the rejection's message otherwise. */
    public static SlaContract ok(Either<SlaContractRejection, Changed<SlaContract, SlaContractEvent>> result) {
        return result.getOrElseThrow(r -> new AssertionError("refused: " + r.message())).state();
    }

    public static SlaContractRejection refused(Either<SlaContractRejection, ?> result) {
        if (result.isRight()) {
            throw new AssertionError("accepted, but expected a rejection: " + result.get());
        }
        return result.getLeft();
    }

    /** Terms with the DDN express deadline set to a number of working days (8 by default). */
    public static ContractTerms ddnExpressDeadline(SlaContractId id, int workingDays) {
        return ContractTerms.defaults(id).withProvisioning(PersonalisedTerms.forContract(id.value())
                .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(workingDays))
                .build().get());
    }

    public static SlaContract draft() {
        return ok(SlaContract.draft(ID, CUSTOMER, ACCOUNT, YEAR_2026, ContractTerms.defaults(ID), AT));
    }

    public static SlaContract draftWithCircuits() {
        return ok(draft().addCircuit(DDN, AT).flatMap(c -> c.state().addCircuit(LEASED, AT)));
    }

    /** Active from its signing on 2025-12-20, both circuits, default terms. */
    public static SlaContract active() {
        return ok(draftWithCircuits().activate(SIGNING, AT));
    }

    public static ProvisioningOrder order(String id, Circuit circuit, String acceptedOn, String completedOn) {
        return ProvisioningOrder.completed(ProvisioningOrderId.of(id), circuit.id(), LocalDate.parse(acceptedOn),
                LocalDate.parse(completedOn));
    }

    /**
     * DDN express (8 working days by default) accepted Mon 2026-03-02: due Thu 03-12; completed Fri 03-20, 6 working
     * days late: 12000.00 x 5% x 6 = 3600.00.
     */
    public static ProvisioningOrder lateDdnOrder() {
        return order("SO-1", DDN, "2026-03-02", "2026-03-20");
    }

    public static Breach lateBreach(SlaContract contract) {
        return contract.evaluateOrder(lateDdnOrder(), CALENDAR).get().breach().get();
    }

    /** A 5-hour provider outage of the DDN circuit on 2026-03-10 (Beijing time). */
    public static Seq<Outage> badMarch() {
        return List.of(Outage.of("T-1", DDN.id(), bj("2026-03-10T01:00"), bj("2026-03-10T06:00"), OutageCause.PROVIDER)
                .respondedAt(bj("2026-03-10T01:10")));
    }

    public static Breach qualityBreach(SlaContract contract) {
        return contract.evaluateQuality(DDN.id(), YearMonth.of(2026, 3), badMarch()).get().breach().get();
    }

    /** After March, in Beijing time. */
    public static final Instant APRIL_2 = bj("2026-04-02T10:00");
}
