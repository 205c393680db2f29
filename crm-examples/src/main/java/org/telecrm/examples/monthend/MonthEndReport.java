package org.telecrm.examples.monthend;

import org.telecrm.persistence.access.AccessRequest;
import org.telecrm.persistence.access.CustomerView;
import org.telecrm.persistence.access.ScopedCustomers;
import org.telecrm.privacy.access.DataTier;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PurposeRegister;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import org.telecrm.account.Account;
import org.telecrm.account.AccountState;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.GroupStatement;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import io.vavr.control.Option;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.WarningMargin;
import org.telecrm.order.dispatch.DispatchPolicy;
import org.telecrm.order.dispatch.WorkItem;
import org.telecrm.order.jeopardy.Jeopardy;
import org.telecrm.order.jeopardy.JeopardyStatus;
import org.telecrm.order.jeopardy.NodeJeopardy;
import org.telecrm.persistence.Versioned;
import org.telecrm.order.report.BureauCompensation;
import org.telecrm.order.report.ContractMonth;
import org.telecrm.order.report.FaultWeek;
import org.telecrm.order.report.MonthEndReports;
import org.telecrm.order.report.NodePassRate;
import org.telecrm.order.report.Percent;
import org.telecrm.order.report.ReturnVisitCoverage;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.contract.CompensationClaim;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.settlement.OperationReport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;

/**
 * The month's reports, read from the store after the month-end, a page at a time: nothing proportional to the
 * province's orders, contracts or customers is held. What is one line per item (the operation report per contract,
 * each open order's jeopardy, each completed order not yet visited, each dissatisfied visit, each churn warning, each
 * billing group's statement of the month) goes to a sink as it is read; what is per bureau, department and node, or week is merged as it goes; the lists the HTML
 * shows keep their first items ({@link Listed}) and count the rest; the dispatch queue keeps its head in dispatch
 * order. Contract figures come from the contracts in force and their orders; the month's order figures (return
 * visits, weekly faults, SLA pass rates, orders of the month) from every order accepted or completed in the month
 * ({@code ServiceOrders.byMonth}), contract or none. Reads only: running it twice gives the same result.
 */
public final class MonthEndReport {

    /** How many rows of the dispatch queue the HTML shows. */
    static final int QUEUE_SHOWN = 20;
    /** How many rows of the dispatch queue the JSON Lines list, in dispatch order: the head a dispatcher works from. */
    static final int QUEUE_LISTED = 1_000;
    /** How many items of each per-order or per-customer list the HTML shows (the JSON Lines have all). */
    static final int LISTED = 50;

    /** The first {@code count} items of a list in its order, at most a bound of them, and how many there are. */
    public record Listed<T>(Seq<T> first, long count) {

        static <T> Listed<T> empty() {
            return new Listed<>(List.empty(), 0);
        }

        Listed<T> with(T item, int bound) {
            return new Listed<>(first.size() < bound ? first.append(item) : first, count + 1);
        }

        /** How many are not among the first. */
        public long more() {
            return count - first.size();
        }
    }

    /** Return visits of the orders completed in the month (100% is the rule), merged page by page. */
    public record Visits(long completed, long visited, Listed<ServiceOrderId> notVisited,
                         Listed<ServiceOrderId> escalations) {

        /** As {@link ReturnVisitCoverage#coverage()}: 100.00% when nothing was completed. */
        public String coverage() {
            return completed == 0 ? "100.00%" : Percent.of(visited, completed);
        }

        public boolean ruleKept() {
            return notVisited.count() == 0;
        }
    }

    /** A billing group's statement of the month, with its allocation rule in words. */
    public record GroupFigure(GroupStatement statement, String rule) {
    }

    /**
     * The accounts per dunning stage at the month's end, read from the store: within the limit (active), over it but
     * active (in the grace period or held by a payment plan), reminded, partially suspended, suspended, closed; and
     * the payment plans in force, kept so far (every instalment due paid). A broken plan leaves no state behind (the
     * account keeps only the plan in force; the break is its {@code PaymentPlanBroken} event): the dunning stage's
     * line counts the plans its run broke.
     */
    public record DunningFigure(long withinLimit, long overLimitActive, long reminded, long partiallySuspended,
                                long suspended, long closed, long plansKept) {

        DunningFigure with(Account account) {
            AccountState state = account.status().state();
            boolean over = account.isOverLimit();
            return new DunningFigure(withinLimit + (state == AccountState.ACTIVE && !over ? 1 : 0),
                    overLimitActive + (state == AccountState.ACTIVE && over ? 1 : 0),
                    reminded + (state == AccountState.REMINDED ? 1 : 0),
                    partiallySuspended + (state == AccountState.PARTIALLY_SUSPENDED ? 1 : 0),
                    suspended + (state == AccountState.SUSPENDED_FOR_ARREARS ? 1 : 0),
                    closed + (state == AccountState.CLOSED ? 1 : 0), plansKept + (account.paymentPlan().isDefined() ? 1 : 0));
        }
    }

    /** What the HTML and the summary show; every list in a stable order. */
    public record Figures(YearMonth month, Map<String, String> summary, Seq<BureauCompensation> compensation,
                          Seq<NodePassRate> passRates, Seq<FaultWeek> faultWeeks, Visits returnVisits,
                          Listed<Tuple2<Customer, WarningLevel>> churn, Listed<WorkItem> queue,
                          Listed<NodeJeopardy> jeopardy, Seq<OperationReport> topContracts,
                          Listed<GroupFigure> groups, DunningFigure dunning) {
    }

    private MonthEndReport() {
    }

    /**
     * Reads the reports of {@code month} from the store; every per-item line (see the class comment) goes to
     * {@code lines} as it is read, in a stable order, and the figures are returned.
     */
    public static Figures read(Ports ports, YearMonth month, Instant asOf, CalendarVersions calendars,
                               Consumer<Map<String, Object>> lines, int topContracts) {
        return read(ports, month, asOf, calendars, lines, topContracts, LISTED, QUEUE_LISTED);
    }

    /** As above, keeping the first {@code listed} of each list and the head of {@code queueListed} of the queue. */
    static Figures read(Ports ports, YearMonth month, Instant asOf, CalendarVersions calendars,
                        Consumer<Map<String, Object>> lines, int topContracts, int listed, int queueListed) {
        MonthEnd reader = new MonthEnd(ports, month, calendars, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        TreeMap<Tuple2<String, String>, BureauCompensation> bureaus = TreeMap.empty();
        List<OperationReport> top = List.empty();
        long contracts = 0;
        long circuits = 0;
        long ordersCompleted = 0;
        long onTime = 0;
        long claims = 0;
        long settled = 0;
        long awaiting = 0;
        Money claimed = Money.ZERO;
        Money credited = Money.ZERO;
        Money owed = Money.ZERO;
        long problems = 0;
        AccessRequest operations = reader.reporting("operation reports and compensation (contract performance)");
        for (Versioned<SlaContract> stored : all(page -> reader.records().contractsInForceOn(operations,
                month.atEndOfMonth(), page))) {
            SlaContract contract = stored.aggregate();
            ContractMonth evaluated = ContractMonth.of(contract, reader.ordersOf(operations, contract), month, calendars,
                    MonthEnd::diagnosis);
            lines.accept(Rendering.operation(evaluated.report()));
            top = top.append(evaluated.report()).sorted(MonthEndReport::byCreditThenId).take(topContracts);
            contracts++;
            circuits += contract.circuits().size();
            ordersCompleted += evaluated.report().ordersCompleted();
            onTime += evaluated.report().completedOnTime();
            owed = owed.plus(evaluated.report().totalCredit());
            problems += evaluated.problems().size();
            Seq<CompensationClaim> ofMonth = contract.claims().filter(k -> MonthEndReports.monthOf(k.breach()).equals(month));
            claims += ofMonth.size();
            settled += ofMonth.count(k -> k.status() instanceof ClaimStatus.Settled);
            awaiting += ofMonth.count(k -> k.status() instanceof ClaimStatus.Raised);
            claimed = claimed.plus(ofMonth.map(CompensationClaim::amount).fold(Money.ZERO, Money::plus));
            credited = credited.plus(ofMonth.filter(k -> k.status() instanceof ClaimStatus.Settled)
                    .map(CompensationClaim::amount).fold(Money.ZERO, Money::plus));
            for (BureauCompensation b : MonthEndReports.compensation(List.of(contract), month)) {
                Tuple2<String, String> key = Tuple.of(b.bureau(), b.segment());
                bureaus = bureaus.put(key, bureaus.get(key).map(a -> new BureauCompensation(a.bureau(), a.segment(),
                        a.claims() + b.claims(), a.settled() + b.settled(), a.claimed().plus(b.claimed()),
                        a.credited().plus(b.credited()))).getOrElse(b));
            }
        }

        // the month's orders, every contract's and those of none: a page at a time
        TreeMap<Tuple2<String, String>, NodePassRate> rates = TreeMap.empty();
        TreeMap<LocalDate, FaultWeek> weeks = TreeMap.empty();
        long orders = 0;
        long completed = 0;
        long visited = 0;
        Listed<ServiceOrderId> notVisited = Listed.empty();
        Listed<ServiceOrderId> escalations = Listed.empty();
        AccessRequest service = reader.reporting("service-order figures of the month (service)");
        Option<PageRequest> next = Option.some(PageRequest.first(MonthEnd.PAGE));
        while (next.isDefined()) {
            Page<Versioned<ServiceOrder>> page = reader.records().ordersOfMonth(service, month, next.get());
            Seq<ServiceOrder> own = page.items().map(Versioned::aggregate);
            orders += own.size();
            for (NodePassRate r : MonthEndReports.slaPassRates(own, month, asOf, calendars)) {
                Tuple2<String, String> key = Tuple.of(r.department().value(), String.format("%02d", r.node().ordinal()));
                rates = rates.put(key, rates.get(key).map(a -> new NodePassRate(a.department(), a.node(),
                        a.measured() + r.measured(), a.withinLimit() + r.withinLimit())).getOrElse(r));
            }
            for (FaultWeek w : MonthEndReports.faultWeeks(own, month, calendars)) {
                weeks = weeks.put(w.monday(), weeks.get(w.monday()).map(a -> new FaultWeek(a.monday(),
                        a.reported() + w.reported(), a.keyAccount() + w.keyAccount(), a.restored() + w.restored(),
                        a.restoredWithinLimit() + w.restoredWithinLimit(), a.reopened() + w.reopened())).getOrElse(w));
            }
            ReturnVisitCoverage v = MonthEndReports.returnVisits(own, month);
            completed += v.completed();
            visited += v.visited();
            for (ServiceOrderId id : v.notVisited()) {
                lines.accept(Rendering.fields("report", "not-visited", "order", id.value()));
                notVisited = notVisited.with(id, listed);
            }
            for (ServiceOrderId id : v.escalations()) {
                lines.accept(Rendering.fields("report", "escalation", "order", id.value()));
                escalations = escalations.with(id, listed);
            }
            next = page.next();
        }
        Visits visits = new Visits(completed, visited, notVisited, escalations);

        // open orders: jeopardy, and the head of the dispatch queue
        Comparator<WorkItem> dispatch = DispatchPolicy.sample().comparator();
        PriorityQueue<WorkItem> head = new PriorityQueue<>(dispatch.reversed());   // the last of the head on top
        Listed<NodeJeopardy> jeopardy = Listed.empty();
        long overdue = 0;
        long atRisk = 0;
        long open = 0;
        for (Versioned<ServiceOrder> stored : all(page -> reader.records().openOrders(service, page))) {
            open++;
            head.add(stored.aggregate().workItem());
            if (head.size() > queueListed) {
                head.poll();
            }
            for (NodeJeopardy j : Jeopardy.of(stored.aggregate(), asOf, WarningMargin.LIBRARY_DEFAULT, calendars)
                    .getOrElse(Option.none())) {
                lines.accept(Rendering.jeopardy(j));
                jeopardy = jeopardy.with(j, listed);
                overdue += j.status() == JeopardyStatus.OVERDUE ? 1 : 0;
                atRisk += j.status() == JeopardyStatus.AT_RISK ? 1 : 0;
            }
        }
        Listed<WorkItem> queue = new Listed<>(List.ofAll(head).sorted(dispatch), open);

        // customers and accounts
        Listed<Tuple2<Customer, WarningLevel>> churn = Listed.empty();
        long critical = 0;
        long withheld = 0;
        long customers = 0;
        long keyAccounts = 0;
        long accounts = 0;
        DunningFigure dunning = new DunningFigure(0, 0, 0, 0, 0, 0, 0);
        Listed<GroupFigure> groups = Listed.empty();
        Money groupsOwe = Money.ZERO;
        Instant monthStart = month.atDay(1).atStartOfDay(SampleProvince.ZONE).toInstant();
        // read as the month-end's principal, scoped and audited: the churn list names customers for retention calls
        ScopedCustomers scoped = new ScopedCustomers(ports.customers(), ports.audit());
        AccessRequest reporting = new AccessRequest(MonthEnd.principal(month), "month-end reports: customer figures"
                + " and the churn list (" + PersonalDataUse.CHURN_LIST.purpose() + ")", asOf);
        for (CustomerView view : all(page -> MonthEnd.allowed(scoped.byProvince(reporting, MonthEnd.PROVINCE,
                DataTier.INDIVIDUAL, page)))) {
            Customer customer = ((CustomerView.Individual) view).customer().aggregate();
            customers++;
            if (customer.isKeyAccount()) {
                keyAccounts++;
            }
            if (customer.churnWarning().isDefined() && !listsForRetention(ports, customer, asOf)) {
                withheld++;   // warned with consent, withdrawn since: the warning stays, the name is not listed
            } else if (customer.churnWarning().isDefined()) {
                Tuple2<Customer, WarningLevel> warned = Tuple.of(customer, customer.churnWarning().get().level());
                lines.accept(Rendering.churn(warned));
                churn = churn.with(warned, listed);
                critical += warned._2 == WarningLevel.CRITICAL ? 1 : 0;
            }
            for (var account : all(page -> MonthEnd.allowed(reader.records().accountsOf(reporting, customer.getId(),
                    page)))) {
                accounts++;
                dunning = dunning.with(account.aggregate());
                if (!customer.isHeadquarters()) {
                    continue;
                }
                for (Versioned<BillingGroup> group : all(page -> ports.groups().paidBy(account.aggregate().getId(),
                        page))) {
                    Seq<Account> members = group.aggregate().accounts().map(id -> MonthEnd.allowed(reader.records()
                            .account(reporting, id)).get().aggregate());
                    GroupFigure figure = new GroupFigure(MonthEnd.bug(GroupStatement.of(group.aggregate(), members,
                            monthStart, asOf)), group.aggregate().rule().describe());
                    lines.accept(Rendering.groupStatement(figure));
                    groups = groups.with(figure, listed);
                    groupsOwe = groupsOwe.plus(figure.statement().closing());
                }
            }
        }

        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("month", month.toString());
        summary.put("customers", Long.toString(customers));
        summary.put("key accounts", Long.toString(keyAccounts));
        summary.put("billing accounts", Long.toString(accounts));
        summary.put("accounts reminded of arrears", Long.toString(dunning.reminded()));
        summary.put("accounts partially suspended for arrears", Long.toString(dunning.partiallySuspended()));
        summary.put("accounts suspended for arrears", Long.toString(dunning.suspended()));
        summary.put("payment plans kept", Long.toString(dunning.plansKept()));
        summary.put("billing groups", Long.toString(groups.count()));
        summary.put("billing groups owe at month end", groupsOwe.toPlainString());
        summary.put("contracts in force", Long.toString(contracts));
        summary.put("circuits", Long.toString(circuits));
        summary.put("orders of the month", Long.toString(orders));
        summary.put("provisioning completed on time", onTime + "/" + ordersCompleted);
        summary.put("open orders", Long.toString(open));
        summary.put("open orders overdue", Long.toString(overdue));
        summary.put("open orders at risk", Long.toString(atRisk));
        summary.put("compensation owed (operation reports)", owed.toPlainString());
        summary.put("claims raised", Long.toString(claims));
        summary.put("claims settled and credited", Long.toString(settled));
        summary.put("claims awaiting the customer", Long.toString(awaiting));
        summary.put("amount claimed", claimed.toPlainString());
        summary.put("amount credited", credited.toPlainString());
        summary.put("return-visit coverage", visits.coverage());
        summary.put("dissatisfaction escalations", Long.toString(escalations.count()));
        summary.put("churn warnings", Long.toString(churn.count()));
        summary.put("churn warnings critical", Long.toString(critical));
        summary.put("churn warnings not listed (consent withdrawn)", Long.toString(withheld));
        summary.put("orders not evaluated", Long.toString(problems));
        summary.put("faults reported", Long.toString(weeks.values().map(FaultWeek::reported).sum().longValue()));
        summary.put("faults restored within limit", Percent.of(
                weeks.values().map(FaultWeek::restoredWithinLimit).sum().longValue(),
                weeks.values().map(FaultWeek::reported).sum().longValue()));
        summary.put("faults reopened", Long.toString(weeks.values().map(FaultWeek::reopened).sum().longValue()));
        return new Figures(month, summary, bureaus.values().toList(), rates.values().toList(), weeks.values().toList(),
                visits, churn, queue, jeopardy, top, groups, dunning);
    }

    /**
     * Whether the customer's purpose register permits {@link PersonalDataUse#CHURN_LIST} (retention marketing, on
     * consent) when the report is read: the warning was raised with consent, but a consent withdrawn since must keep
     * the customer's name off the retention-call list (PIPL: a withdrawal stops the processing from then on).
     */
    private static boolean listsForRetention(Ports ports, Customer customer, Instant asOf) {
        return ports.purposes().load(customer.getId()).map(Versioned::aggregate)
                .getOrElse(() -> PurposeRegister.empty(customer.getId()))
                .permit(PersonalDataUse.CHURN_LIST, asOf).isRight();
    }

    private static int byCreditThenId(OperationReport a, OperationReport b) {
        int credit = b.totalCredit().compareTo(a.totalCredit());
        return credit != 0 ? credit : a.contract().compareTo(b.contract());
    }

    /** Every item of a paged query, read a page at a time as the iteration goes. */
    static <T> Iterable<T> all(Function<PageRequest, Page<T>> query) {
        return () -> new java.util.Iterator<T>() {
            private Page<T> page = query.apply(PageRequest.first(MonthEnd.PAGE));
            private java.util.Iterator<T> items = page.items().iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && page.next().isDefined()) {
                    page = query.apply(page.next().get());
                    items = page.items().iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return items.next();
            }
        };
    }
}
