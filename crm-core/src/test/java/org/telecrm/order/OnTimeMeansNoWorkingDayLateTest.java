package org.telecrm.order;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CALENDARS;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.LINES;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.intake;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * rules.md section 5: "on time" means no working day late, in the engine, the order's clock and delivery alike. A
 * deadline on Friday 2026-03-13 is met by a completion on Saturday 03-14; Monday 03-16 is one working day late.
 */
class OnTimeMeansNoWorkingDayLateTest {

    static ProvisioningAssessment completedOn(String day) {
        // digital circuit, express: 5 working days after Fri 03-06, due Fri 03-13
        return ProvisioningCompensation.rulesMdDefaults().assess(ProvisioningCase.completed(Product.DIGITAL_CIRCUIT,
                ProvisioningClass.EXPRESS, Money.ofYuan(1000), LocalDate.of(2026, 3, 6), LocalDate.parse(day))).get();
    }

    static ServiceOrder accepted(boolean headquarters) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING, Option.some(StarLevel.FIVE_STARS),
                Option.some(5), headquarters);
        ServiceOrder o = ok(ServiceOrder.accept(intake("SO-5", OrderKind.PROVISIONING), limits,
                ClockBasis.currentOf(CALENDARS, SlaClock.BEIJING), DESK, CLERK, bj("2026-03-06T10:00"), ""));
        o = ok(o.dispatch(LINES, CLERK, bj("2026-03-06T11:00"), ""));
        return ok(o.startWork(LINES, CLERK, bj("2026-03-06T12:00"), ""));
    }

    @Test
    void theEngine() {
        assertEquals(LocalDate.of(2026, 3, 13), completedOn("2026-03-14").dueOn());
        assertTrue(completedOn("2026-03-14").onTime());
        assertEquals(Money.ZERO, completedOn("2026-03-15").compensation());
        assertEquals(1, completedOn("2026-03-16").workingDaysLate());
    }

    @Test
    void theOrderClock() {
        ServiceOrder o = accepted(false);
        ClockReading saturday = o.reading(Node.IN_PROGRESS, bj("2026-03-14T23:00"), CALENDARS).get().get();
        assertEquals(new ClockReading.Days(5, 5, LocalDate.of(2026, 3, 13)), saturday);
        assertFalse(saturday.overdue());
        assertTrue(o.reading(Node.IN_PROGRESS, bj("2026-03-16T09:00"), CALENDARS).get().get().overdue());
    }

    @Test
    void delivery() {
        // completed Tue 03-10: delivered within 3 working days, by Fri 03-13
        ServiceOrder done = ok(accepted(true).complete(LINES, CLERK, bj("2026-03-10T16:00"), ""));
        assertTrue(done.reviewDeadlines(bj("2026-03-15T23:00"), CALENDARS).get().changedNothing());
        assertFalse(done.reviewDeadlines(bj("2026-03-16T09:00"), CALENDARS).get().changedNothing());
    }
}
