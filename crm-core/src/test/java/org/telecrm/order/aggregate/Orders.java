package org.telecrm.order.aggregate;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.kernel.Changed;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Orders, parties and helpers the order tests share. */
public final class Orders {

    public static final CalendarVersions CALENDARS = CalendarVersions.first(WorkingDayCalendar.official());
    public static final ResponsibleParty DESK = ResponsibleParty.of("Key-account service desk", "S-001");
    public static final ResponsibleParty LINES = ResponsibleParty.of("Futian network operations", "S-101");
    public static final ResponsibleParty MANAGER = ResponsibleParty.of("Key-account department", "AM-017");
    public static final StaffId CLERK = StaffId.of("S-001");
    public static final CircuitId CIRCUIT = CircuitId.of("DDN-1");
    public static final SlaContractId CONTRACT = SlaContractId.of("SLA-T-1");

    private Orders() {
    }

    public static Instant bj(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    public static OrderIntake intake(String id, OrderKind kind) {
        return new OrderIntake(ServiceOrderId.of(id), kind, Channel.ACCOUNT_MANAGER, CustomerId.of("C-440300-000123"),
                Option.some(CONTRACT), Option.some(CIRCUIT), Option.some(StarLevel.FIVE_STARS),
                Option.some(AccountManagerId.of("AM-017")));
    }

    /** An order of {@code kind} accepted at {@code at}; a provisioning order has a 6-working-day SLA deadline. */
    public static ServiceOrder accepted(OrderKind kind, boolean headquarters, Instant at) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(kind, Option.some(StarLevel.FIVE_STARS),
                kind == OrderKind.PROVISIONING ? Option.some(6) : Option.none(), headquarters);
        return ok(ServiceOrder.accept(intake("SO-1", kind), limits, ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING),
                DESK, CLERK, at, "taken"));
    }

    public static ServiceOrder ok(Either<ServiceOrderRejection, Changed<ServiceOrder, ServiceOrderEvent>> result) {
        return result.getOrElseThrow(r -> new AssertionError("refused: " + r.message())).state();
    }
}
