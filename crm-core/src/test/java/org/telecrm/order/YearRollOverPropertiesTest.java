package org.telecrm.order;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.telecrm.calendar.SyntheticYears;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeTimeLimits;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.ClockReading;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.provisioning.AssessmentError;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningCompensation;
import org.telecrm.sla.provisioning.ProvisioningTariff;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.intake;
import static org.telecrm.order.aggregate.Orders.ok;

/** rules.md section 6, "A new year", for orders and money. */
class YearRollOverPropertiesTest {

    static final WorkingDayCalendar KNOWN = WorkingDayCalendar.official();
    static final WorkingDayCalendar EXTENDED = SyntheticYears.officialWith2027();
    static final CalendarVersions BEFORE = CalendarVersions.first(KNOWN);
    static final CalendarVersions AFTER = BEFORE.publish(EXTENDED);
    static final Instant NOV_1 = bj("2026-11-01T00:00");

    static ServiceOrder accepted(CalendarVersions calendars, Instant at, int deadline, int pauseAfterHours, int pauseHours) {
        NodeLimits limits = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING, Option.some(StarLevel.ONE_STAR),
                Option.some(deadline), false);
        ServiceOrder o = ok(ServiceOrder.accept(intake("SO-P", OrderKind.PROVISIONING), limits,
                ClockBasis.currentOf(calendars, SlaClock.BEIJING), DESK, CLERK, at, ""));
        o = ok(o.dispatch(DESK, CLERK, at, ""));
        o = ok(o.startWork(DESK, CLERK, at, ""));
        if (pauseHours > 0) {
            Instant pause = at.plusSeconds(3600L * pauseAfterHours);
            o = ok(o.pause(PauseReason.SITE_NOT_READY, CLERK, pause));
            o = ok(o.resume(CLERK, pause.plusSeconds(3600L * pauseHours)));
        }
        return o;
    }

    @Property
    void anOrderPinnedBeforeTheExtensionAndMeasuredAfterItAgreesWithOneAcceptedAfterIt(
            @ForAll @IntRange(min = 0, max = 60 * 24) int acceptedHoursAfterNov1,
            @ForAll @IntRange(min = 1, max = 40) int deadline,
            @ForAll @IntRange(min = 0, max = 120) int asOfDays,
            @ForAll @IntRange(min = 0, max = 500) int pauseAfterHours,
            @ForAll @IntRange(min = 0, max = 300) int pauseHours) {
        Instant at = NOV_1.plusSeconds(3600L * acceptedHoursAfterNov1);
        Instant asOf = at.plusSeconds(86_400L * asOfDays);
        ServiceOrder pinned = accepted(BEFORE, at, deadline, pauseAfterHours, pauseHours);
        ServiceOrder later = accepted(AFTER, at, deadline, pauseAfterHours, pauseHours);
        assertEquals(later.reading(Node.IN_PROGRESS, asOf, AFTER), pinned.reading(Node.IN_PROGRESS, asOf, AFTER));
        ClockReading r = pinned.reading(Node.IN_PROGRESS, asOf, AFTER).get().get();
        // asOf stays within 2027, so the extended calendar gives a firm reading
        assertTrue(r instanceof ClockReading.Days, r.describe());
    }

    @Property
    void provisionalDatesAreNeverUsedForMoney(@ForAll @IntRange(min = 0, max = 90) int acceptedDaysAfterOct1,
                                             @ForAll @IntRange(min = 0, max = 150) int completedDaysAfter,
                                             @ForAll ProvisioningClass provisioningClass, @ForAll Product product) {
        LocalDate acceptedOn = LocalDate.of(2026, 10, 1).plusDays(acceptedDaysAfterOct1);
        ProvisioningCase c = ProvisioningCase.completed(product, provisioningClass, Money.ofYuan(1000), acceptedOn,
                acceptedOn.plusDays(completedDaysAfter));
        Either<AssessmentError, ProvisioningAssessment> before = ProvisioningCompensation.of(KNOWN, ProvisioningTariff.RULES_MD).assess(c);
        Either<AssessmentError, ProvisioningAssessment> after = ProvisioningCompensation.of(EXTENDED, ProvisioningTariff.RULES_MD).assess(c);
        if (before.isRight()) {
            // a firm answer needed only known days, and the extension does not change it
            assertFalse(before.get().dueOn().isAfter(KNOWN.lastDay()));
            assertEquals(after, before);
        } else {
            assertTrue(before.getLeft().notYetKnown(), before.getLeft().message());
            if (!c.progress().countedTo().isAfter(EXTENDED.lastDay())) {
                assertTrue(after.isRight(), () -> after.getLeft().message());
            }
        }
    }
}
