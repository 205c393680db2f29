package org.telecrm.examples.monthend;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import org.telecrm.account.AccountState;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.ServiceOrder;
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
import java.util.function.Consumer;
import java.util.function.Function;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;

/**
 * The month's reports, read from the store after the month-end: the operation report per contract (handed to a sink
 * one at a time, so a large province is never held whole), and the province's figures, compensation per bureau, SLA
 * pass rates, weekly faults, return visits, churn warnings and the dispatch queue, merged contract by contract.
 * Reads only: running it twice gives the same result.
 */
public final class MonthEndReport {

    /** How many rows of the dispatch queue the report shows (the JSON Lines have all). */
    static final int QUEUE_SHOWN = 20;

    /** What the HTML and the summary show; every list in a stable order. */
    public record Figures(YearMonth month, Map<String, String> summary, Seq<BureauCompensation> compensation,
                          Seq<NodePassRate> passRates, Seq<FaultWeek> faultWeeks, ReturnVisitCoverage returnVisits,
                          Seq<Tuple2<Customer, WarningLevel>> churn, Seq<WorkItem> queue, Seq<NodeJeopardy> jeopardy,
                          Seq<OperationReport> topContracts) {
    }

    private MonthEndReport() {
    }

    /** Reads the reports of {@code month} from the store; each contract's operation report goes to {@code sink}. */
    public static Figures read(Ports ports, YearMonth month, Instant asOf, CalendarVersions calendars,
                               Consumer<OperationReport> sink, int topContracts) {
        MonthEnd reader = new MonthEnd(ports, month, calendars, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        TreeMap<Tuple2<String, String>, BureauCompensation> bureaus = TreeMap.empty();
        TreeMap<Tuple2<String, String>, NodePassRate> rates = TreeMap.empty();
        TreeMap<LocalDate, FaultWeek> weeks = TreeMap.empty();
        ReturnVisitCoverage visits = new ReturnVisitCoverage(0, 0, List.empty(), List.empty());
        List<OperationReport> top = List.empty();
        long contracts = 0;
        long circuits = 0;
        long orders = 0;
        long ordersCompleted = 0;
        long onTime = 0;
        long claims = 0;
        long settled = 0;
        long awaiting = 0;
        Money claimed = Money.ZERO;
        Money credited = Money.ZERO;
        Money owed = Money.ZERO;
        long problems = 0;
        for (Versioned<SlaContract> stored : all(page -> ports.contracts().inForceOn(month.atEndOfMonth(), page))) {
            SlaContract contract = stored.aggregate();
            Seq<ServiceOrder> own = reader.ordersOf(contract);
            ContractMonth evaluated = ContractMonth.of(contract, own, month, calendars, MonthEnd::diagnosis);
            sink.accept(evaluated.report());
            top = top.append(evaluated.report()).sorted(MonthEndReport::byCreditThenId).take(topContracts);
            contracts++;
            circuits += contract.circuits().size();
            orders += own.size();
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
            for (NodePassRate r : MonthEndReports.slaPassRates(own, month, asOf, calendars)) {
                Tuple2<String, String> key = Tuple.of(r.department().value(), String.format("%02d", r.node().ordinal()));
                rates = rates.put(key, rates.get(key).map(a -> new NodePassRate(a.department(), a.node(),
                        a.measured() + r.measured(), a.withinLimit() + r.withinLimit())).getOrElse(r));
            }
            for (FaultWeek w : MonthEndReports.faultWeeks(own, month, calendars)) {
                weeks = weeks.put(w.monday(), weeks.get(w.monday()).map(a -> new FaultWeek(a.monday(),
                        a.reported() + w.reported(), a.keyAccount() + w.keyAccount(), a.restored() + w.restored(),
                        a.restoredWithinLimit() + w.restoredWithinLimit())).getOrElse(w));
            }
            ReturnVisitCoverage v = MonthEndReports.returnVisits(own, month);
            visits = new ReturnVisitCoverage(visits.completed() + v.completed(), visits.visited() + v.visited(),
                    visits.notVisited().appendAll(v.notVisited()), visits.escalations().appendAll(v.escalations()));
        }

        // open orders: jeopardy and the dispatch queue
        List<WorkItem> queue = List.empty();
        List<NodeJeopardy> jeopardy = List.empty();
        long open = 0;
        for (Versioned<ServiceOrder> stored : all(ports.orders()::open)) {
            open++;
            queue = queue.append(stored.aggregate().workItem());
            jeopardy = jeopardy.appendAll(Jeopardy.of(stored.aggregate(), asOf, WarningMargin.LIBRARY_DEFAULT, calendars)
                    .getOrElse(io.vavr.control.Option.none()));
        }
        Seq<WorkItem> sortedQueue = DispatchPolicy.sample().sort(queue);

        // customers and accounts
        List<Tuple2<Customer, WarningLevel>> churn = List.empty();
        long customers = 0;
        long keyAccounts = 0;
        long accounts = 0;
        long suspended = 0;
        for (Versioned<Customer> stored : all(page -> ports.customers().byProvince(MonthEnd.PROVINCE, page))) {
            Customer customer = stored.aggregate();
            customers++;
            if (customer.isKeyAccount()) {
                keyAccounts++;
            }
            if (customer.churnWarning().isDefined()) {
                churn = churn.append(Tuple.of(customer, customer.churnWarning().get().level()));
            }
            for (var account : all(page -> ports.accounts().byCustomer(customer.getId(), page))) {
                accounts++;
                if (account.aggregate().status().is(AccountState.SUSPENDED_FOR_ARREARS)) {
                    suspended++;
                }
            }
        }

        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("month", month.toString());
        summary.put("customers", Long.toString(customers));
        summary.put("key accounts", Long.toString(keyAccounts));
        summary.put("billing accounts", Long.toString(accounts));
        summary.put("accounts suspended for arrears", Long.toString(suspended));
        summary.put("contracts in force", Long.toString(contracts));
        summary.put("circuits", Long.toString(circuits));
        summary.put("orders of the month", Long.toString(orders));
        summary.put("provisioning completed on time", onTime + "/" + ordersCompleted);
        summary.put("open orders", Long.toString(open));
        summary.put("open orders overdue", Long.toString(jeopardy.count(j -> j.status() == JeopardyStatus.OVERDUE)));
        summary.put("open orders at risk", Long.toString(jeopardy.count(j -> j.status() == JeopardyStatus.AT_RISK)));
        summary.put("compensation owed (operation reports)", owed.toPlainString());
        summary.put("claims raised", Long.toString(claims));
        summary.put("claims settled and credited", Long.toString(settled));
        summary.put("claims awaiting the customer", Long.toString(awaiting));
        summary.put("amount claimed", claimed.toPlainString());
        summary.put("amount credited", credited.toPlainString());
        summary.put("return-visit coverage", visits.coverage());
        summary.put("dissatisfaction escalations", Integer.toString(visits.escalations().size()));
        summary.put("churn warnings", Integer.toString(churn.size()));
        summary.put("churn warnings critical", Integer.toString(churn.count(t -> t._2 == WarningLevel.CRITICAL)));
        summary.put("orders not evaluated", Long.toString(problems));
        summary.put("faults reported", Integer.toString(weeks.values().map(FaultWeek::reported).sum().intValue()));
        summary.put("faults restored within limit", Percent.of(
                weeks.values().map(FaultWeek::restoredWithinLimit).sum().longValue(),
                weeks.values().map(FaultWeek::reported).sum().longValue()));
        return new Figures(month, summary, bureaus.values().toList(), rates.values().toList(), weeks.values().toList(),
                visits, churn.sortBy(t -> t._1.getId()), sortedQueue,
                jeopardy.sortBy(j -> j.order()), top);
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
