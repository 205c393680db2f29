package org.telecrm.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.StaffId;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountRejection;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.EntryReference;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.memory.InMemoryStorage;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The snippets of the README section "Plugging in storage", exactly as they run. */
class StorageReadmeTest {

    @Test
    void the_ports_snippets_run_as_documented() {
        InMemoryStorage storage = new InMemoryStorage();
        Accounts accounts = storage.accounts();
        Instant t0 = Instant.parse("2026-07-01T01:00:00Z");
        AccountId id = AccountId.of("A-1");

        Changed<Account, AccountEvent> opened = Account.open(id, CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ofYuan(100)), t0).get();
        assertEquals(Either.right(1L), accounts.save(opened, Versioned.NEW));

        Versioned<Account> loaded = accounts.load(id).get();
        assertEquals(1L, loaded.version());
        Changed<Account, AccountEvent> charged = loaded.aggregate()
                .postCharge(EntryReference.of("B-2026-06"), Money.ofYuan(30), t0).get();
        assertEquals(Either.right(2L), accounts.save(charged, loaded.version()));
        assertEquals("account A-1 was saved concurrently: expected version 1, stored version 2",
                accounts.save(charged, loaded.version()).getLeft().message());

        Either<String, Long> result = storage.transactions().inTransaction(() ->
                accounts.load(id).toEither("no such account")
                        .flatMap(v -> v.aggregate().postPayment(EntryReference.of("PAY-1"), Money.ofYuan(30), t0)
                                .mapLeft(AccountRejection::message)
                                .flatMap(changed -> accounts.save(changed, v.version()).mapLeft(SaveConflict::message))));
        assertEquals(Either.right(3L), result);
        assertEquals(Money.ZERO, accounts.load(id).get().aggregate().balanceOwed());

        java.util.List<String> published = new ArrayList<>();
        Seq<OutboxMessage> batch = storage.outbox().pending(100);
        batch.forEach(m -> published.add(m.id().value() + " " + m.type()));
        storage.outbox().markDelivered(batch.map(OutboxMessage::id));
        assertEquals(List.of("account/A-1/1/0 account.AccountOpened", "account/A-1/2/0 account.ChargePosted",
                "account/A-1/3/0 account.PaymentPosted"), List.ofAll(published));
        assertEquals(0, storage.outbox().pending(100).size());
    }

    @Test
    void the_json_snippet_runs_as_documented() {
        assertEquals("owner is missing", AccountJson.read("{\"schemaVersion\":1,\"id\":\"A-1\"}").getLeft().message());
    }

    @Test
    void the_service_orders_snippet_runs_as_documented() {
        InMemoryStorage storage = new InMemoryStorage();
        Instant t0 = Instant.parse("2026-07-01T01:00:00Z");
        ServiceOrders orders = storage.serviceOrders();
        OrderIntake intake = new OrderIntake(ServiceOrderId.of("SO-1"), OrderKind.FAULT_REPORT, Channel.HOTLINE_10000,
                CustomerId.of("C-1"), Option.some(SlaContractId.of("SLA-1")), Option.some(CircuitId.of("DDN-1")),
                Option.none(), Option.none());
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.FAULT_REPORT, Option.none(), Option.none(), false);
        ClockBasis basis = ClockBasis.currentOf(CalendarVersions.first(WorkingDayCalendar.official()), SlaClock.BEIJING);
        ResponsibleParty desk = ResponsibleParty.of("Service desk", "S-1");

        ServiceOrder accepted = ServiceOrder.accept(intake, limits, basis, desk, StaffId.of("S-1"), t0, "reported")
                .get().state();
        assertEquals(Either.right(1L), orders.save(ServiceOrder.accept(intake, limits, basis, desk, StaffId.of("S-1"),
                t0, "reported").get(), Versioned.NEW));
        assertEquals(List.of(new Versioned<>(accepted, 1)), orders.open(PageRequest.first(100)).items());
        assertEquals(List.of(new Versioned<>(accepted, 1)), orders.byContractAndMonth(SlaContractId.of("SLA-1"),
                YearMonth.of(2026, 7), PageRequest.first(100)).items());
        assertEquals(List.of(new Versioned<>(accepted, 1)), orders.byMonth(YearMonth.of(2026, 7),
                PageRequest.first(100)).items());
        assertEquals(List.empty(), orders.dueForReturnVisit(t0, PageRequest.first(100)).items());
    }
}
