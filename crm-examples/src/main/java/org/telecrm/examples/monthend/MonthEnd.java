package org.telecrm.examples.monthend;

import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountRejection;
import org.telecrm.account.EntryReference;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.churn.ChurnCase;
import org.telecrm.customer.churn.ChurnEarlyWarning;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.MonthlySpend;
import org.telecrm.customer.region.Province;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.AuditEntry;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.compensation.CompensationLink;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.access.AccessRequest;
import org.telecrm.persistence.access.CustomerView;
import org.telecrm.persistence.access.ScopedCustomers;
import org.telecrm.persistence.access.ScopedRecords;
import org.telecrm.privacy.access.AccessRefused;
import org.telecrm.privacy.access.DataTier;
import org.telecrm.privacy.access.Requester;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.order.report.ContractMonth;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.contract.ClaimRaising;
import org.telecrm.sla.contract.CompensationClaim;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.sla.quality.OutageCause;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * The month-end of a province, through the storage ports: each stage reads what it needs from the store, runs the
 * aggregates' commands, and saves every change with its events (so into the outbox) in a transaction of its own per
 * aggregate (per contract with its credits). Every command is dated by the month, never by the wall clock, and every
 * stage asks the aggregates, which answer "nothing changed" for what is done: so a second run saves nothing, and a
 * run killed half way and started again finishes what the first left, with the same final state.
 *
 * <p>Stages, in order: load the sample (only aggregates not yet stored); group billing (each billing group's unified
 * payments of the month allocated by its rule and posted to its accounts, one transaction per payment:
 * {@link BillingStages}); review the delivery and return-visit deadlines of open orders; raise a claim per breach of
 * the month (late provisioning, quality); record both sides' confirmation, settle, and post the credit to the
 * contract's account; dunning (each account's arrears reviewed on its schedule: reminder, partial suspension,
 * suspension, payment plans kept or broken; re-opening comes with the payment); raise churn warnings. The
 * churn stage reads a customer's spend only when their purpose register permits
 * {@link PersonalDataUse#CHURN_WARNING} (retention marketing, on consent); the others are counted as not allowed.
 * Customers are read and changed through {@link ScopedCustomers}, and their accounts, contracts and orders read through
 * {@link ScopedRecords}, as the province's system job ({@link #principal()}), each stage stating its purpose: every
 * access is in the audit trail, none is unscoped.
 */
public final class MonthEnd {

    /** The page size of every port query. */
    static final int PAGE = 200;
    /** The sample's province. */
    static final Province PROVINCE = Province.GUANGDONG;
    /** One in this many claims the customer has not answered at month end (sample behaviour, by claim id). */
    static final int UNANSWERED_EVERY = 6;

    private final Ports ports;
    private final YearMonth month;
    private final CalendarVersions calendars;
    private final Progress progress;
    private final Instant asOf;
    private final Runnable stageDone;
    private final ScopedCustomers scoped;
    private final ScopedRecords records;

    /** What this run changed, per stage: saves and events. */
    public record Changes(Seq<String> lines, long saves, long events) {
    }

    public MonthEnd(Ports ports, YearMonth month, CalendarVersions calendars, PrintStream progress) {
        this(ports, month, calendars, progress, () -> { });
    }

    /**
     * A month-end that calls {@code stageDone} after each stage: where the store writes its commits in the
     * background, a hook that writes them now makes every finished stage a point a killed run resumes from.
     */
    public MonthEnd(Ports ports, YearMonth month, CalendarVersions calendars, PrintStream progress, Runnable stageDone) {
        this.stageDone = stageDone;
        this.ports = ports;
        this.month = month;
        this.calendars = calendars;
        this.progress = new Progress(progress);
        this.asOf = month.plusMonths(1).atDay(1).atStartOfDay(SampleProvince.ZONE).toInstant();
        this.scoped = new ScopedCustomers(ports.customers(), ports.audit());
        this.records = new ScopedRecords(ports.customers(), ports.accounts(), ports.contracts(), ports.orders(),
                ports.audit());
    }

    /**
     * Who the month-end is when it reads and changes customers: a system job of the province (rules.md section 1:
     * shared data is centralised there), scoped and audited like a person through {@link ScopedCustomers}, each
     * stage stating its purpose.
     */
    public Requester.SystemJob principal() {
        return principal(month);
    }

    /** The month-end's principal for {@code month}: the reports read as the same job. */
    static Requester.SystemJob principal(YearMonth month) {
        return new Requester.SystemJob("month-end " + month, PROVINCE);
    }

    /** A request of the month-end's principal at {@code at}, for {@code why} (its purpose, in the domain's words). */
    private AccessRequest request(String why, Instant at) {
        return new AccessRequest(principal(), why, at);
    }

    /** A scoped read's answer; a refusal of the month-end's own province is a bug of the month-end. */
    static <T> T allowed(Either<AccessRefused, T> read) {
        return read.getOrElseThrow(refused -> new IllegalStateException("the month-end was refused: "
                + refused.message()));
    }

    /** The month-end instant: the first instant of the next month, Beijing time. */
    public Instant asOf() {
        return asOf;
    }

    private Instant step(int hours) {
        return asOf.plus(Duration.ofHours(hours));
    }

    /** Runs every stage with no unified payments to allocate; the sample's units are loaded first when given. */
    public Changes run(Option<Iterator<SampleProvince.Unit>> sample) {
        return run(sample, UnifiedPayment.Feed.NONE);
    }

    /**
     * Runs every stage, the group-billing stage allocating the unified payments {@code payments} gives for each
     * group; the sample's units are loaded first when given.
     */
    public Changes run(Option<Iterator<SampleProvince.Unit>> sample, UnifiedPayment.Feed payments) {
        Counter total = new Counter("total");
        List<String> lines = List.empty();
        BillingStages billing = new BillingStages(this, payments);
        List<java.util.function.Supplier<Counter>> stages = List.of(billing::groupBilling, this::reviewDeadlines,
                this::raiseClaims, this::confirmAndCredit, billing::dunning, this::churnWarnings);
        if (sample.isDefined()) {
            stages = stages.prepend(() -> load(sample.get()));
        }
        for (java.util.function.Supplier<Counter> stage : stages) {
            lines = lines.append(stage.get().add(total));
            stageDone.run();
        }
        return new Changes(lines, total.saves, total.events);
    }

    // ---- stage 1: load --------------------------------------------------------------------------------------------

    Counter load(Iterator<SampleProvince.Unit> units) {
        Counter c = progress.stage("load sample");
        for (SampleProvince.Unit unit : units) {
            ports.transactions().inTransaction(() -> {
                AccessRequest registration = request("registration of the sample province's customers"
                        + " (service delivery, real-name duty)", asOf);
                unit.customers().forEach(x -> c.created(allowedSave(scoped.save(registration, x, Versioned.NEW)),
                        x.events().size()));
                unit.accounts().forEach(x -> c.created(ports.accounts().save(x, Versioned.NEW), x.events().size()));
                unit.contracts().forEach(x -> c.created(ports.contracts().save(x, Versioned.NEW), x.events().size()));
                unit.orders().forEach(x -> c.created(ports.orders().save(x, Versioned.NEW), x.events().size()));
                unit.registers().forEach(x -> c.created(ports.purposes().save(x, Versioned.NEW), x.events().size()));
                unit.groups().forEach(x -> c.created(ports.groups().save(x, Versioned.NEW), x.events().size()));
                return Either.right(true);
            });
            c.tick();
        }
        return c.done();
    }

    // ---- stage 2: deadlines ---------------------------------------------------------------------------------------

    Counter reviewDeadlines() {
        Counter c = progress.stage("review deadlines");
        AccessRequest service = request("deadline review of open orders (service)", asOf);
        forEachPage(page -> records.openOrders(service, page), order -> {
            Changed<ServiceOrder, ServiceOrderEvent> reviewed = bug(order.aggregate().reviewDeadlines(asOf, calendars));
            if (!reviewed.changedNothing()) {
                c.saved(ports.orders().save(reviewed, order.version()), reviewed.events().size());
            }
            c.tick();
        });
        return c.done();
    }

    // ---- stage 3: claims ------------------------------------------------------------------------------------------

    Counter raiseClaims() {
        Counter c = progress.stage("raise claims");
        AccessRequest claims = request("compensation claims of the month (contract performance)", step(1));
        forEachPage(page -> records.contractsInForceOn(claims, month.atEndOfMonth(), page), stored -> {
            Seq<ServiceOrder> orders = ordersOf(claims, stored.aggregate());
            ContractMonth evaluated = ContractMonth.of(stored.aggregate(), orders, month, calendars, MonthEnd::diagnosis);
            SlaContract contract = stored.aggregate();
            List<SlaContractEvent> events = List.empty();
            for (Breach breach : evaluated.breaches()) {
                ClaimRaising raising = bug(contract.raiseClaim(claimId(breach), breach, responsibility(breach, orders),
                        step(1)));
                contract = raising.changed().state();
                events = events.appendAll(raising.changed().events());
            }
            if (!events.isEmpty()) {
                c.saved(ports.contracts().save(contract, stored.version(), events), events.size());
            }
            c.tick();
        });
        return c.done();
    }

    /** The claim of a breach is named after it: stable, so a rerun or a resumed run names it the same. */
    static ClaimId claimId(Breach breach) {
        return ClaimId.of("PF-" + breach.id());
    }

    /** Who answers for a breach: the department that did the work, and the segment it belongs to. */
    private static Responsibility responsibility(Breach breach, Seq<ServiceOrder> orders) {
        if (breach instanceof Breach.LateProvisioning late) {
            Option<String> department = orders.find(o -> o.id().value().equals(late.order().value()))
                    .flatMap(o -> worker(o));
            return new Responsibility(department.getOrElse("unassigned"), "provisioning (construction)");
        }
        Option<String> department = orders.filter(o -> o.kind() == OrderKind.FAULT_REPORT)
                .filter(o -> o.intake().circuit().contains(breach.circuit()))
                .sortBy(ServiceOrder::id).flatMap(MonthEnd::worker).headOption();
        return new Responsibility(department.getOrElse("unassigned"), "access segment (restoration)");
    }

    private static Option<String> worker(ServiceOrder order) {
        return order.visits().find(v -> v.node() == Node.IN_PROGRESS).map(NodeVisit::party)
                .map(p -> p.department().value());
    }

    /**
     * The cause a fault's diagnosis recorded. The order has no field for it yet, so the sample writes it in the
     * completion note ("restored; cause CUSTOMER_SIDE"); anything else counts against the provider.
     */
    static OutageCause diagnosis(ServiceOrder order) {
        Option<String> note = order.auditTrail().find(e -> e.to() == Node.COMPLETED).map(AuditEntry::note);
        return List.of(OutageCause.values()).find(cause -> note.exists(n -> n.contains("cause " + cause.name())))
                .getOrElse(OutageCause.PROVIDER);
    }

    /** The contract's orders of the month, all pages, read for {@code request}. */
    Seq<ServiceOrder> ordersOf(AccessRequest request, SlaContract contract) {
        return collect(page -> records.ordersOfContract(request, contract.id(), month, page));
    }

    /** A request of the month-end's principal for the month-end reports, at {@code asOf}. */
    AccessRequest reporting(String what) {
        return request("month-end reports: " + what, asOf);
    }

    /** The scoped records the month-end reads, as {@link #principal()}. */
    ScopedRecords records() {
        return records;
    }

    /** The aggregates of every page of a query. */
    static <A> List<A> collect(Function<PageRequest, Page<Versioned<A>>> query) {
        List<A> all = List.empty();
        Option<PageRequest> next = Option.some(PageRequest.first(PAGE));
        while (next.isDefined()) {
            Page<Versioned<A>> page = query.apply(next.get());
            all = all.appendAll(page.items().map(Versioned::aggregate));
            next = page.next();
        }
        return all;
    }

    // ---- stage 4: confirmation, settlement, credit ---------------------------------------------------------------

    Counter confirmAndCredit() {
        Counter c = progress.stage("confirm and credit");
        AccessRequest settlement = request("claim confirmation, settlement and credit (contract performance)", step(2));
        forEachPage(page -> records.contractsInForceOn(settlement, month.atEndOfMonth(), page), stored -> {
            SlaContract contract = stored.aggregate();
            List<SlaContractEvent> events = List.empty();
            LocalDate day = asOf.atZone(SampleProvince.ZONE).toLocalDate();
            for (CompensationClaim claim : contract.claims().filter(k -> k.status() instanceof ClaimStatus.Raised)) {
                if (Math.floorMod(claim.id().value().hashCode(), UNANSWERED_EVERY) == 0) {
                    continue;                                  // the customer has not answered yet
                }
                for (Side side : List.of(Side.CUSTOMER, Side.PROVIDER)) {
                    String who = side == Side.CUSTOMER ? "customer's contact" : "key-account department";
                    Changed<SlaContract, SlaContractEvent> signed = bug(contract.confirmClaim(claim.id(),
                            new Confirmation(side, who, day), step(2)));
                    contract = signed.state();
                    events = events.appendAll(signed.events());
                }
                Changed<SlaContract, SlaContractEvent> settled = bug(contract.settleClaim(claim.id(), day, step(3)));
                contract = settled.state();
                events = events.appendAll(settled.events());
            }
            SlaContract after = contract;
            Seq<SlaContractEvent> changes = events;
            ports.transactions().inTransaction(() -> {
                if (!changes.isEmpty()) {
                    c.saved(ports.contracts().save(after, stored.version(), changes), changes.size());
                }
                // every settled claim's credit, posted once: the account answers AlreadyPosted for those it has
                for (CompensationClaim claim : after.claims()) {
                    claim.credit(after.creditAccount(), after.customer()).forEach(credit -> {
                        Versioned<Account> account = allowed(records.account(settlement, credit.account()))
                                .getOrElseThrow(() -> new StorageFailure("contract " + after.id()
                                        + " credits unknown account " + credit.account()));
                        Either<AccountRejection, Changed<Account, AccountEvent>> posted = account.aggregate()
                                .postCompensationCredit(EntryReference.of(credit.reference().value()), credit.amount(), step(3));
                        if (posted.isRight()) {
                            c.saved(ports.accounts().save(posted.get(), account.version()), posted.get().events().size());
                        } else if (!(posted.getLeft() instanceof AccountRejection.AlreadyPosted)) {
                            throw new IllegalStateException("credit of claim " + claim.id() + " refused: "
                                    + posted.getLeft().message());
                        }
                    });
                }
                return Either.right(true);
            });
            c.tick();
        });
        return c.done();
    }

    // ---- stages 2 and 6: group billing, dunning: see BillingStages ---------------------------------------------

    Ports ports() {
        return ports;
    }

    ScopedCustomers scoped() {
        return scoped;
    }

    Progress progress() {
        return progress;
    }

    YearMonth month() {
        return month;
    }

    /** The instant {@code hours} after the month-end instant: each stage's commands are dated by one. */
    Instant at(int hours) {
        return step(hours);
    }

    /** A request of the month-end's principal at {@code at}, for {@code why}. */
    AccessRequest requestFor(String why, Instant at) {
        return request(why, at);
    }

    // ---- stage 6: churn -------------------------------------------------------------------------------------------

    Counter churnWarnings() {
        Counter c = progress.stage("churn warnings");
        AccessRequest retention = request("churn early warning (" + PersonalDataUse.CHURN_WARNING.purpose()
                + ", with the customer's consent)", step(5));
        forEachPage(page -> allowed(scoped.byProvince(retention, PROVINCE, DataTier.INDIVIDUAL, page)), view -> {
            Versioned<Customer> stored = ((CustomerView.Individual) view).customer();
            Customer customer = stored.aggregate();
            // the warning reads the customer's spend for retention marketing: only with the customer's consent
            PurposeRegister register = ports.purposes().load(customer.getId()).map(Versioned::aggregate)
                    .getOrElse(() -> PurposeRegister.empty(customer.getId()));
            if (register.permit(PersonalDataUse.CHURN_WARNING, step(5)).isLeft()) {
                c.notAllowed++;
                c.tick();
                return;
            }
            List<Account> own = collect(page -> allowed(records.accountsOf(retention, customer.getId(), page)));
            Seq<MonthlySpend> history = List.rangeClosed(0, 6).map(i -> month.minusMonths(6 - i)).map(m ->
                    new MonthlySpend(m, own.map(a -> a.spendIn(a.terms().billingCycle().cycleOf(m.atDay(1))))
                            .fold(Money.ZERO, Money::plus)));
            ChurnCase churnCase = ChurnCase.of(customer.group(), history);
            for (SlaContract contract : collect(page -> allowed(records.contractsOf(retention, customer.getId(), page)))) {
                for (ServiceOrder order : ordersOf(retention, contract).sortBy(ServiceOrder::id)) {
                    if (order.intake().customer().equals(customer.getId())) {
                        churnCase = CompensationLink.churnSignal(order).map(churnCase::with).getOrElse(churnCase);
                    }
                }
            }
            ChurnWarning warning = bug(ChurnEarlyWarning.sample().assess(churnCase).toEither());
            Changed<Customer, CustomerEvent> raised = bug(customer.raiseChurnWarning(warning, step(5)));
            if (!raised.changedNothing()) {
                c.saved(allowedSave(scoped.save(retention, raised, stored.version())), raised.events().size());
            }
            c.tick();
        });
        return c.done();
    }

    // ---- plumbing -------------------------------------------------------------------------------------------------

    /** Every item of a paged query, a page at a time. */
    static <T> void forEachPage(Function<PageRequest, Page<T>> query, java.util.function.Consumer<T> each) {
        Option<PageRequest> next = Option.some(PageRequest.first(PAGE));
        while (next.isDefined()) {
            Page<T> page = query.apply(next.get());
            page.items().forEach(each);
            next = page.next();
        }
    }

    /** A scoped save's outcome; a refusal of the month-end's own province is a bug of the month-end. */
    private static Either<SaveConflict, Long> allowedSave(Either<AccessRefused, Either<SaveConflict, Long>> saved) {
        return saved.getOrElseThrow(refused -> new IllegalStateException("the month-end was refused: "
                + refused.message()));
    }

    /**
     * The month-end's commands follow the stored state, so a refusal means the store holds something the aggregates
     * never wrote, or the month-end has a bug: either way, stop rather than guess.
     */
    static <R, T> T bug(Either<R, T> result) {
        return result.getOrElseThrow(r -> new IllegalStateException("month-end command refused: " + r));
    }
}
