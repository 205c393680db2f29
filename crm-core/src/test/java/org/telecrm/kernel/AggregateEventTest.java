package org.telecrm.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.privacy.purpose.ConsentChannel;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.SlaContractEvent;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every aggregate's events answer the aggregate's id under one name, the same id as their own accessor. */
class AggregateEventTest {

    private static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

    @Test
    void eachAggregatesEventsNameTheirAggregateUnderOneName() {
        CustomerId customer = CustomerId.of("C-1");
        Seq<AggregateEvent<?>> events = List.of(
                new CustomerEvent.Erased(customer, AT),
                new AccountEvent.AccountClosed(AccountId.of("A-1"), customer, AT.plusSeconds(1)),
                new SlaContractEvent.ContractExpired(SlaContractId.of("SLA-1"), LocalDate.of(2026, 4, 1),
                        AT.plusSeconds(2)),
                new ServiceOrderEvent.ClockResumed(ServiceOrderId.of("SO-1"), AT.plusSeconds(3)),
                new PurposeEvent.ConsentWithdrawn(customer, Purpose.values()[0], ConsentChannel.values()[0],
                        AT.plusSeconds(4)));

        assertEquals(List.<Object>of(customer, AccountId.of("A-1"), SlaContractId.of("SLA-1"), ServiceOrderId.of("SO-1"),
                customer), events.map(AggregateEvent::aggregateId));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), events.map(e -> e.occurredAt().getEpochSecond() - AT.getEpochSecond()));
    }

    @Test
    void theSharedNameIsTheEventsOwnAccessor() {
        CustomerEvent.Erased erased = new CustomerEvent.Erased(CustomerId.of("C-7"), AT);
        AccountEvent.AccountClosed closed = new AccountEvent.AccountClosed(AccountId.of("A-7"), CustomerId.of("C-7"), AT);
        SlaContractEvent.ContractExpired expired = new SlaContractEvent.ContractExpired(SlaContractId.of("SLA-7"),
                LocalDate.of(2026, 4, 1), AT);
        ServiceOrderEvent.ClockResumed resumed = new ServiceOrderEvent.ClockResumed(ServiceOrderId.of("SO-7"), AT);

        assertEquals(erased.customerId(), erased.aggregateId());
        assertEquals(closed.account(), closed.aggregateId());
        assertEquals(expired.contract(), expired.aggregateId());
        assertEquals(resumed.order(), resumed.aggregateId());
    }
}
