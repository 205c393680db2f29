package org.telecrm.examples.monthend;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telecrm.account.Account;
import org.telecrm.account.AccountState;
import org.telecrm.account.EntryKind;
import org.telecrm.account.LedgerEntry;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.examples.Crm;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.tck.CustomerFields;
import org.telecrm.persistence.json.ServiceOrderJson;
import org.telecrm.persistence.json.SlaContractJson;
import org.telecrm.persistence.memory.InMemoryStorage;
import org.telecrm.order.report.ContractMonth;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.contract.CompensationClaim;
import org.telecrm.sla.contract.SlaContract;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month-end of the sample province, in memory: the sample, the stages, rerunning, the reports, the command. */
class MonthEndTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final CalendarVersions CALENDARS = CalendarVersions.first(WorkingDayCalendar.official());
    static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream());

    static SampleProvince sample(long seed) {
        return new SampleProvince(seed, MARCH, CALENDARS);
    }

    /** Every aggregate of the first {@code n} units, as JSON (a customer as its fields: its JSON is sealed). */
    static Seq<String> json(SampleProvince sample, int n) {
        return sample.units(n).toList().flatMap(u -> u.customers().map(c -> CustomerFields.of(c.state()).toString())
                .appendAll(u.accounts().map(a -> AccountJson.write(a.state())))
                .appendAll(u.contracts().map(c -> SlaContractJson.write(c.state())))
                .appendAll(u.orders().map(o -> ServiceOrderJson.write(o.state()))));
    }

    @Nested
    class TheSampleProvince {

        final Seq<SampleProvince.Unit> units = sample(7).units(30).toList();
        final Seq<Customer> customers = units.flatMap(u -> u.customers().map(c -> c.state()));
        final Seq<ServiceOrder> orders = units.flatMap(u -> u.orders().map(o -> o.state()));

        @Test
        void isTheSameForTheSameSeedAndAnotherForAnother() {
            assertEquals(json(sample(7), 12), json(sample(7), 12));
            assertNotEquals(json(sample(7), 12), json(sample(8), 12));
        }

        @Test
        void hasKeyAccountsOfEveryGradeWithHeadquartersAndBranchesAndPublicAndCommercialCustomers() {
            assertEquals(List.of(1, 2, 3, 4, 5), customers.flatMap(Customer::grade).map(g -> g.grade().level()).distinct().sorted());
            assertTrue(customers.exists(Customer::isHeadquarters));
            assertTrue(customers.exists(c -> c.structure() instanceof org.telecrm.customer.aggregate.GroupStructure.Branch));
            assertTrue(customers.exists(c -> c.group() == CustomerGroup.PUBLIC));
            assertTrue(customers.exists(c -> c.group() == CustomerGroup.COMMERCIAL));
            assertTrue(customers.map(c -> c.city().code()).distinct().size() >= 5, "several cities");
        }

        @Test
        void identityNumbersAreValidByTheirCheckCharactersAndPlainlyFictitious() {
            for (Customer c : customers) {
                String number = c.document() instanceof ResidentIdentityNumber r ? r.unmasked()
                        : ((UnifiedSocialCreditCode) c.document()).unmasked();
                if (c.document() instanceof ResidentIdentityNumber) {
                    assertTrue(ResidentIdentityNumber.parse(number).isRight(), number);
                    assertEquals('9', number.charAt(14), "sequence 9xx: " + c.getId());
                } else {
                    assertTrue(UnifiedSocialCreditCode.parse(number).isRight(), number);
                    assertEquals("XX", number.substring(8, 10), "organisation XX...: " + c.getId());
                }
            }
        }

        @Test
        void hasContractsOnEveryProductSomeWithPersonalisedTerms() {
            Seq<SlaContract> contracts = units.flatMap(u -> u.contracts().map(c -> c.state()));
            assertEquals(4, contracts.flatMap(SlaContract::circuits).map(c -> c.product()).distinct().size());
            assertTrue(contracts.exists(c -> !c.latestTerms().terms().provisioning().equals(
                    org.telecrm.sla.contract.ContractTerms.defaults(c.id()).provisioning())));
            assertTrue(contracts.exists(c -> c.latestTerms().terms().provisioning().equals(
                    org.telecrm.sla.contract.ContractTerms.defaults(c.id()).provisioning())));
        }

        @Test
        void hasOrdersOfEveryKindOnTimeLateAndOpen() {
            for (OrderKind kind : List.of(OrderKind.PROVISIONING, OrderKind.FAULT_REPORT, OrderKind.COMPLAINT,
                    OrderKind.CANCELLATION)) {
                assertTrue(orders.exists(o -> o.kind() == kind), kind.name());
            }
            assertTrue(orders.exists(o -> o.kind() == OrderKind.PROVISIONING && o.isOpen() && o.completedAt().isEmpty()));
            assertTrue(orders.exists(o -> o.kind() == OrderKind.PROVISIONING && !o.isOpen()));
            assertTrue(orders.exists(o -> !o.pauses().pauses().isEmpty()),
                    "some orders waited on the customer");
        }

        @Test
        void scalesToExactlyTheOrdersPerContractAskedForTheNaturalMixCutOrToppedUpWithFaultReports() {
            Seq<SampleProvince.Unit> scaled = sample(7).units(30, 10).toList();
            for (SampleProvince.Unit unit : scaled) {
                Seq<ServiceOrder> own = unit.orders().map(o -> o.state());
                assertEquals(10, own.size(), unit.contracts().head().state().id().value());
                assertEquals(10, own.map(ServiceOrder::id).distinct().size());
                assertTrue(own.forAll(o -> o.intake().contract().contains(unit.contracts().head().state().id())));
            }
            assertTrue(orders.exists(o -> o.kind() == OrderKind.COMPLAINT));
            assertTrue(units.exists(u -> u.orders().size() < 10) && units.exists(u -> u.orders().size() > 10),
                    "the natural mix has fewer and more than 10, so both cutting and topping up were exercised");
            assertEquals(units.map(u -> u.orders().map(o -> o.state().id())),
                    sample(7).units(30, 0).toList().map(u -> u.orders().map(o -> o.state().id())),
                    "0 is the natural mix");
        }

        @Test
        void hasPaymentsAndArrears() {
            Seq<Account> accounts = units.flatMap(u -> u.accounts().map(a -> a.state()));
            assertTrue(accounts.exists(a -> a.ledger().entries().exists(e -> e.kind() == EntryKind.PAYMENT)));
            assertTrue(accounts.exists(a -> a.status().is(AccountState.SUSPENDED_FOR_ARREARS) || a.isOverLimit()));
        }
    }

    @Nested
    class RunningTheMonth {

        final InMemoryStorage storage = new InMemoryStorage();
        final Ports ports = Ports.of(storage);

        MonthEnd.Changes run() {
            return new MonthEnd(ports, MARCH, CALENDARS, QUIET).run(Option.some(sample(2026).units(24)),
                    sample(2026)::unifiedPayments);
        }

        @Test
        void aSecondRunChangesNothingAndPostsNothingTwice() {
            MonthEnd.Changes first = run();
            assertTrue(first.saves() > 0 && first.events() > 0);
            String after = StoreDump.of(ports, storage.cipher(), MARCH);
            MonthEnd.Changes second = run();
            assertEquals(0, second.saves(), second.lines().mkString("\n"));
            assertEquals(0, second.events());
            assertEquals(after, StoreDump.of(ports, storage.cipher(), MARCH));
        }

        @Test
        void raisesOneClaimPerBreachAndCreditsEverySettledClaimOnce() {
            run();
            int claims = 0;
            int settled = 0;
            for (Versioned<SlaContract> stored : MonthEndReport.all(page ->
                    ports.contracts().inForceOn(MARCH.atEndOfMonth(), page))) {
                SlaContract contract = stored.aggregate();
                MonthEnd reader = new MonthEnd(ports, MARCH, CALENDARS, QUIET);
                ContractMonth month = ContractMonth.of(contract, reader.ordersOf(reader.reporting("test"), contract),
                        MARCH, CALENDARS, MonthEnd::diagnosis);
                assertEquals(month.breaches().map(b -> b.id()).sorted(),
                        contract.claims().map(c -> c.breach().id()).sorted(), contract.id().value());
                Account account = ports.accounts().load(contract.creditAccount()).get().aggregate();
                for (CompensationClaim claim : contract.claims()) {
                    claims++;
                    Seq<LedgerEntry> credits = account.ledger().entries()
                            .filter(e -> e.reference().value().equals(claim.id().value()));
                    if (claim.status() instanceof ClaimStatus.Settled) {
                        settled++;
                        assertEquals(1, credits.size(), claim.id().value());
                        assertEquals(claim.amount(), credits.head().amount());
                    } else {
                        assertEquals(ClaimStatus.Kind.RAISED, claim.status().kind());
                        assertTrue(credits.isEmpty());
                    }
                }
            }
            assertTrue(claims > settled && settled > 0, claims + " claims, " + settled + " settled");
        }

        @Test
        void theReportsCountAnOrderWithoutAContractClosedInTheMonth() {
            run();
            MonthEndReport.Figures before = MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, line -> { }, 5);
            // a hotline complaint with no contract, accepted in February, completed in March and not yet visited
            ServiceOrder complaint = hotlineComplaint("SO-HOTLINE-1", java.time.LocalDate.of(2026, 2, 27));
            assertTrue(ports.orders().save(complaint, Versioned.NEW, List.empty()).isRight());
            java.util.List<java.util.Map<String, Object>> lines = new ArrayList<>();
            MonthEndReport.Figures after = MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, lines::add, 5);

            assertEquals(Long.parseLong(before.summary().get("orders of the month")) + 1,
                    Long.parseLong(after.summary().get("orders of the month")));
            assertEquals(before.returnVisits().completed() + 1, after.returnVisits().completed());
            assertEquals(before.returnVisits().notVisited().count() + 1, after.returnVisits().notVisited().count());
            assertTrue(lines.stream().anyMatch(l -> "not-visited".equals(l.get("report"))
                    && "SO-HOTLINE-1".equals(l.get("order"))));
        }

        @Test
        void theReportsKeepTheFirstItemsOfEachListTheirCountAndTheHeadOfTheDispatchQueue() {
            run();
            java.util.List<java.util.Map<String, Object>> lines = new ArrayList<>();
            MonthEndReport.Figures small = MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, lines::add, 3, 4, 7);
            MonthEndReport.Figures full = MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, line -> { }, 3,
                    100_000, 100_000);
            assertEquals(full.summary(), small.summary(), "the figures do not depend on what is kept");
            assertTrue(full.jeopardy().count() > 4 && full.returnVisits().notVisited().count() > 4
                    && full.churn().count() > 4 && full.queue().count() > 7, "the sample has more than is kept");
            for (var pair : List.of(io.vavr.Tuple.of(small.jeopardy(), full.jeopardy()),
                    io.vavr.Tuple.of(small.churn(), full.churn()),
                    io.vavr.Tuple.of(small.returnVisits().notVisited(), full.returnVisits().notVisited()),
                    io.vavr.Tuple.of(small.returnVisits().escalations(), full.returnVisits().escalations()))) {
                MonthEndReport.Listed<?> kept = pair._1;
                MonthEndReport.Listed<?> all = pair._2;
                assertEquals(all.count(), kept.count());
                assertEquals(all.first().take(4), kept.first());
                assertEquals(all.count() - 4, kept.more());
            }
            Seq<org.telecrm.order.dispatch.WorkItem> open = List.ofAll(MonthEndReport.all(ports.orders()::open))
                    .map(o -> o.aggregate().workItem());
            assertEquals(org.telecrm.order.dispatch.DispatchPolicy.sample().sort(open).take(7), small.queue().first());
            assertEquals(open.size(), small.queue().count());
            // every item is a line of its own, whatever is kept
            assertEquals(full.jeopardy().count(), lines.stream().filter(l -> "jeopardy".equals(l.get("report"))).count());
            assertEquals(full.churn().count(), lines.stream().filter(l -> "churn-warning".equals(l.get("report"))).count());
            assertEquals(full.returnVisits().escalations().count(),
                    lines.stream().filter(l -> "escalation".equals(l.get("report"))).count());
        }

        java.time.Instant asOf() {
            return new MonthEnd(ports, MARCH, CALENDARS, QUIET).asOf();
        }

        /** A public customer the sample stored: the month-end reads an order as its customer's data. */
        org.telecrm.customer.CustomerId publicCustomer() {
            return List.ofAll(MonthEndReport.all(page -> ports.customers().byProvince(MonthEnd.PROVINCE, page)))
                    .map(c -> c.aggregate().getId()).find(id -> id.value().contains("-P")).get();
        }

        ServiceOrder hotlineComplaint(String id, java.time.LocalDate accepted) {
            var intake = new org.telecrm.order.aggregate.OrderIntake(org.telecrm.order.aggregate.ServiceOrderId.of(id),
                    OrderKind.COMPLAINT, org.telecrm.order.aggregate.Channel.HOTLINE_10000,
                    publicCustomer(), Option.none(), Option.none(),
                    Option.none(), Option.none());
            var limits = org.telecrm.order.aggregate.NodeTimeLimits.sample().limitsFor(OrderKind.COMPLAINT,
                    Option.none(), Option.none(), false);
            var desk = org.telecrm.order.aggregate.ResponsibleParty.of("Guangzhou hotline", "S-440100-900");
            var clerk = org.telecrm.customer.StaffId.of("S-440100-900");
            java.time.Instant t = accepted.atTime(10, 0).atZone(SampleProvince.ZONE).toInstant();
            ServiceOrder order = ServiceOrder.accept(intake, limits, org.telecrm.order.aggregate.ClockBasis.currentOf(
                    CALENDARS, SampleProvince.ZONE), desk, clerk, t, "billing complaint").get().state();
            order = order.dispatch(desk, clerk, t.plusSeconds(600), "to the desk").get().state();
            order = order.startWork(desk, clerk, t.plusSeconds(1200), "called back").get().state();
            return order.complete(desk, clerk, t.plus(java.time.Duration.ofDays(4)), "handled").get().state();
        }

        @Test
        void readsAndChangesCustomersOnlyAsTheProvincesSystemJobEveryAccessAuditedWithItsPurpose() {
            run();
            MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, line -> { }, 5);
            String job = new MonthEnd(ports, MARCH, CALENDARS, QUIET).principal().describe();
            assertEquals("system-job month-end 2026-03@44", job);
            Seq<String> personal = sample(2026).units(24).toList()
                    .flatMap(u -> u.customers().flatMap(c -> org.telecrm.persistence.tck.PersonalValues.of(c.events())));
            int customers = 0;
            for (Versioned<Customer> c : MonthEndReport.all(page -> ports.customers().byProvince(MonthEnd.PROVINCE, page))) {
                Seq<org.telecrm.persistence.audit.AuditRecord> trail = storage.auditTrail()
                        .about(org.telecrm.persistence.access.ScopedCustomers.target(c.aggregate().getId()));
                for (String purpose : List.of("registration", "arrears review", "churn early warning",
                        "month-end reports")) {
                    assertTrue(trail.exists(r -> r.why().startsWith(purpose)), c.aggregate().getId() + ": " + purpose);
                }
                assertTrue(trail.forAll(r -> r.who().equals(job) && r.allowed()), trail::toString);
                String recorded = trail.mkString("\n");
                assertTrue(personal.forAll(clear -> !recorded.contains(clear)), "the trail holds no personal value");
                customers++;
            }
            assertEquals(24 * 3 + 14, customers, "every customer of the sample: 3 a unit, and the 14 branches (3A up)");
        }

        @Test
        void readsEveryAccountContractAndOrderThroughTheScopedRecordsAuditedUnderTheRecord() {
            run();
            MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, line -> { }, 5);
            String job = new MonthEnd(ports, MARCH, CALENDARS, QUIET).principal().describe();
            List<String> targets = List.empty();
            for (Versioned<ServiceOrder> o : MonthEndReport.all(page -> ports.orders().byMonth(MARCH, page))) {
                targets = targets.append("order " + o.aggregate().id().value());
            }
            for (Versioned<SlaContract> c : MonthEndReport.all(page ->
                    ports.contracts().inForceOn(MARCH.atEndOfMonth(), page))) {
                targets = targets.append("contract " + c.aggregate().id().value());
            }
            assertTrue(targets.size() > 50, "the sample's orders and contracts: " + targets.size());
            for (String target : targets) {
                Seq<org.telecrm.persistence.audit.AuditRecord> trail = storage.auditTrail().about(target);
                assertFalse(trail.isEmpty(), target + " was read without a record");
                assertTrue(trail.forAll(r -> r.who().equals(job) && r.allowed()), trail::toString);
            }
            assertTrue(storage.auditTrail().about("order " + targets.head().substring("order ".length()))
                    .exists(r -> r.why().startsWith("month-end reports")), "the reports read as the job too");
        }

        @Test
        void leavesNoClearIdentityNumberPhoneOrEmailInTheInMemoryStore() {
            run();
            String held = storage.heldAsText();
            assertTrue(held.contains("\"sealed\":\""), "the store holds the customers sealed");
            Seq<String> personal = sample(2026).units(24).toList()
                    .flatMap(u -> u.customers().flatMap(c -> org.telecrm.persistence.tck.PersonalValues.of(c.events())));
            assertTrue(personal.size() > 50, "the sample's identity numbers: " + personal.size());
            for (String clear : personal) {
                assertFalse(held.contains(clear), () -> "in clear in the store: " + clear.substring(0, 3) + "...");
            }
        }

        @Test
        void warnsOfChurnOnlyCustomersWhoseRegisterPermitsRetentionMarketing() {
            MonthEnd.Changes changes = run();
            int warned = 0;
            int refusedWithAFallingSpend = 0;
            for (Versioned<Customer> c : MonthEndReport.all(page -> ports.customers().byProvince(MonthEnd.PROVINCE, page))) {
                var register = ports.purposes().load(c.aggregate().getId()).get().aggregate();
                boolean permitted = register.permit(org.telecrm.privacy.purpose.PersonalDataUse.CHURN_WARNING,
                        new MonthEnd(ports, MARCH, CALENDARS, QUIET).asOf().plusSeconds(5 * 3600)).isRight();
                if (c.aggregate().churnWarning().isDefined()) {
                    assertTrue(permitted, c.aggregate().getId() + " was warned without a permit");
                    warned++;
                }
                if (!permitted && c.aggregate().getId().value().contains("-K000008")) {
                    refusedWithAFallingSpend++;   // unit 8's spend halves, but it withdrew its consent on the 10th
                }
            }
            assertTrue(warned > 0);
            assertEquals(1, refusedWithAFallingSpend);
            String churnLine = changes.lines().find(l -> l.startsWith("churn warnings")).get();
            assertTrue(churnLine.contains("not allowed by the customer's purposes"), churnLine);
        }

        @Test
        void theChurnListLeavesOutACustomerWhoWithdrewConsentAfterTheWarning() {
            run();
            MonthEndReport.Figures before = MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, line -> { }, 5);
            assertEquals("0", before.summary().get("churn warnings not listed (consent withdrawn)"));
            Customer warned = before.churn().first().head()._1;
            var stored = ports.purposes().load(warned.getId()).get();
            var withdrawn = stored.aggregate().withdraw(org.telecrm.privacy.purpose.Purpose.RETENTION_MARKETING,
                    org.telecrm.privacy.purpose.ConsentChannel.PHONE, asOf().plusSeconds(6 * 3600)).get();
            assertTrue(ports.purposes().save(withdrawn, stored.version()).isRight());

            java.util.List<java.util.Map<String, Object>> lines = new ArrayList<>();
            MonthEndReport.Figures after = MonthEndReport.read(ports, MARCH, asOf(), CALENDARS, lines::add, 5);

            assertEquals(before.churn().count() - 1, after.churn().count());
            assertEquals("1", after.summary().get("churn warnings not listed (consent withdrawn)"));
            assertFalse(after.churn().first().exists(t -> t._1.getId().equals(warned.getId())));
            assertFalse(lines.stream().anyMatch(l -> "churn-warning".equals(l.get("report"))
                    && warned.getId().value().equals(l.get("customer"))), "no churn line names the customer");
            assertTrue(ports.customers().load(warned.getId()).get().aggregate().churnWarning().isDefined(),
                    "the warning itself stays: it was raised with consent");
        }

        @Test
        void suspendsAccountsInArrearsAndWarnsOfChurn() {
            run();
            ArrayList<Customer> warned = new ArrayList<>();
            int suspended = 0;
            for (Versioned<Customer> c : MonthEndReport.all(page -> ports.customers().byProvince(MonthEnd.PROVINCE, page))) {
                c.aggregate().churnWarning().forEach(w -> warned.add(c.aggregate()));
                for (Versioned<Account> a : MonthEndReport.all(page -> ports.accounts().byCustomer(c.aggregate().getId(), page))) {
                    suspended += a.aggregate().status().is(AccountState.SUSPENDED_FOR_ARREARS) ? 1 : 0;
                }
            }
            assertFalse(warned.isEmpty());
            assertTrue(suspended > 0);
        }
    }

    @Nested
    class TheCommand {

        @TempDir
        Path dir;

        record Result(int code, String out, String err) {
        }

        Result crm(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Crm.run(args, new java.io.ByteArrayInputStream(new byte[0]), out,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        @Test
        void writesTheSameReportsOnARerunAndItsSummaryAgreesWithTheHtml() throws Exception {
            Result first = crm("month-end", "--month", "2026-03", "--dir", dir.toString(), "--in-memory",
                    "--key-accounts", "15");
            assertEquals(0, first.code(), first.err());
            Path html = dir.resolve("reports/month-end-2026-03.html");
            Path jsonl = dir.resolve("reports/month-end-2026-03.jsonl");
            byte[] htmlBytes = Files.readAllBytes(html);
            byte[] jsonlBytes = Files.readAllBytes(jsonl);
            Result second = crm("month-end", "--month", "2026-03", "--dir", dir.toString(), "--in-memory",
                    "--key-accounts", "15");
            assertEquals(0, second.code(), second.err());
            assertTrue(java.util.Arrays.equals(htmlBytes, Files.readAllBytes(html)));
            assertTrue(java.util.Arrays.equals(jsonlBytes, Files.readAllBytes(jsonl)));

            String page = Files.readString(html);
            Seq<String> summary = List.of(first.out().split("\n")).dropWhile(l -> !l.startsWith("Month-end 2026-03 summary"))
                    .tail().takeWhile(l -> l.startsWith("  "));
            assertTrue(summary.size() >= 20, first.out());
            for (String line : summary) {
                int colon = line.indexOf(": ");
                String name = line.substring(2, colon);
                String value = line.substring(colon + 2);
                assertTrue(page.contains("<tr><td>" + Rendering.esc(name) + "</td><td class=\"n\">" + Rendering.esc(value)
                        + "</td></tr>"), "the HTML summary shows " + line);
                assertTrue(Files.readString(jsonl).lines().filter(l -> l.startsWith("{\"report\":\"summary\""))
                        .findFirst().get().contains("\"" + name + "\":\"" + value + "\""),
                        "the JSON summary shows " + line);
            }
            assertTrue(first.out().contains("Report: " + html.toAbsolutePath()));
        }

        @Test
        void theHtmlIsSelfContainedWithTablesAndInlineSvgCharts() throws Exception {
            assertEquals(0, crm("month-end", "--month", "2026-03", "--dir", dir.toString(), "--in-memory",
                    "--key-accounts", "10").code());
            String page = Files.readString(dir.resolve("reports/month-end-2026-03.html"));
            assertTrue(page.contains("<svg id=\"fault-chart\"") && page.contains("<rect class=\"bar1\""));
            assertTrue(page.contains("<svg id=\"bureau-chart\""));
            assertTrue(page.contains("<th>faults reported</th><th>key-account faults</th><th>restored</th>"),
                    "the weekly fault table's headers are whole");
            assertTrue(page.contains("<table"));
            assertFalse(page.contains("<script"));
            assertFalse(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*(https?:|src=|href=).*"));
        }

        @Test
        void showsProgressPerStageWithCountsOnStderr() {
            Result r = crm("month-end", "--month", "2026-03", "--dir", dir.toString(), "--in-memory", "--key-accounts", "5");
            for (String stage : List.of("load sample", "group billing", "review deadlines", "raise claims",
                    "confirm and credit", "dunning", "churn warnings")) {
                assertTrue(r.err().matches("(?s).*month-end: " + stage + ": \\d+ seen, \\d+ saved, \\d+ events.*"),
                        stage + " in " + r.err());
            }
            assertTrue(r.err().matches("(?s).*month-end: reports: \\d+ contracts, \\d+ orders of the month, \\d+ open "
                    + "orders, \\d+ customers read.*"), r.err());
        }

        @Test
        void helpDescribesEveryOptionAndTheExitCodes() {
            Result help = crm("month-end", "--help");
            assertEquals(0, help.code());
            for (String option : List.of("--month", "--dir", "--store", "--user", "--password", "--in-memory",
                    "--no-sample", "--key-accounts", "--orders-per-contract", "--seed", "--calendar", "--help",
                    "Exit codes", "64")) {
                assertTrue(help.out().contains(option), option);
            }
            assertTrue(crm("help").out().contains("month-end"));
        }

        @Test
        void aBadCommandLineIsAUsageErrorAndNothingRuns() {
            for (String[] args : List.of(new String[]{"month-end"}, new String[]{"month-end", "--month", "2026-13"},
                    new String[]{"month-end", "--month", "2031-01"}, new String[]{"month-end", "--month", "2023-03"},
                    new String[]{"month-end", "--month", "2026-03", "--bogus"},
                    new String[]{"month-end", "--month", "2026-03", "--in-memory", "--store", "jdbc:h2:mem:x"},
                    new String[]{"month-end", "--month", "2026-03", "--key-accounts", "0"},
                    new String[]{"month-end", "--month", "2026-03", "--orders-per-contract", "0"},
                    new String[]{"month-end", "--month", "2026-03", "--orders-per-contract", "1001"},
                    new String[]{"month-end", "--month", "2026-03", "--seed", "x"},
                    new String[]{"month-end", "--month", "2026-03", "--user", "sa"})) {
                Result r = crm(args);
                assertEquals(Crm.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
                assertTrue(r.err().startsWith("crm month-end: "), r.err());
                assertEquals("", r.out());
            }
            assertFalse(Files.exists(dir.resolve("reports")));
        }

        @Test
        void aYearSuppliedWithCalendarCanBeClosedAndABadFileIsAUsageError() throws Exception {
            String synthetic = "samples/calendar/2027-synthetic.json";   // marked synthetic in its source
            assertEquals(Crm.USAGE, crm("month-end", "--month", "2027-03", "--dir", dir.toString(), "--in-memory").code());
            Result closed = crm("month-end", "--month", "2027-03", "--dir", dir.toString(), "--in-memory",
                    "--key-accounts", "4", "--calendar", synthetic);
            assertEquals(0, closed.code(), closed.err());
            assertTrue(Files.readString(dir.resolve("reports/month-end-2027-03.html")).contains("month-end 2027-03"));
            Path bad = Files.writeString(dir.resolve("bad.json"), "{\"year\": 2027");
            Result refused = crm("month-end", "--month", "2027-03", "--dir", dir.toString(), "--in-memory",
                    "--calendar", bad.toString());
            assertEquals(Crm.USAGE, refused.code());
            assertTrue(refused.err().startsWith("crm month-end: --calendar"), refused.err());
            assertTrue(crm("month-end", "--help").out().contains("--calendar FILE"));
        }

        @Test
        void reportsThatCannotBeWrittenAreAFailureSaidOnStderr() throws Exception {
            Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
            Result r = crm("month-end", "--month", "2026-03", "--dir", file.toString(), "--in-memory",
                    "--key-accounts", "2");
            assertEquals(Crm.IO_FAILURE, r.code());
            assertTrue(r.err().startsWith("crm month-end: I/O failure: "), r.err());
            assertEquals("", r.out());
        }

        @Test
        void anUnreachableStoreIsAFailureSaidOnStderr() {
            Result r = crm("month-end", "--month", "2026-03", "--dir", dir.toString(), "--store",
                    "jdbc:postgresql://127.0.0.1:9/none?connectTimeout=1");
            assertEquals(Crm.IO_FAILURE, r.code());
            assertTrue(r.err().contains("crm month-end: storage failure: cannot connect to"), r.err());
        }
    }
}
