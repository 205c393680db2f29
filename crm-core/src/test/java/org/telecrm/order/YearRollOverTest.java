package org.telecrm.order;

import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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
import org.telecrm.order.clock.SlaClock;
import org.telecrm.order.clock.WarningMargin;
import org.telecrm.order.jeopardy.Jeopardy;
import org.telecrm.order.jeopardy.NodeJeopardy;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.intake;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * Issue 11, done when: an order accepted on 2026-12-15 with a 20-working-day deadline is measured as soon as a 2027
 * schedule is supplied, with the same result as an order accepted after the extension; before that it is not yet
 * known for money and provisional for jeopardy.
 */
class YearRollOverTest {

    static final CalendarVersions BEFORE = CalendarVersions.first(WorkingDayCalendar.official());
    static final CalendarVersions AFTER = BEFORE.publish(SyntheticYears.officialWith2027());
    static final Instant ACCEPTED = bj("2026-12-15T10:00");
    static final NodeLimits LIMITS = NodeTimeLimits.sample().limitsFor(OrderKind.PROVISIONING,
            Option.some(StarLevel.FIVE_STARS), Option.some(20), false);

    static ServiceOrder acceptedOn(CalendarVersions calendars) {
        ServiceOrder o = ok(ServiceOrder.accept(intake("SO-1215", OrderKind.PROVISIONING), LIMITS,
                ClockBasis.currentOf(calendars, SlaClock.BEIJING), DESK, CLERK, ACCEPTED, "taken"));
        o = ok(o.dispatch(DESK, CLERK, ACCEPTED.plusSeconds(600), ""));
        return ok(o.startWork(DESK, CLERK, ACCEPTED.plusSeconds(1200), ""));
    }

    static ProvisioningCase completedIn2027() {
        return ProvisioningCase.completed(Product.DDN, ProvisioningClass.NORMAL, Money.ofYuan(1000),
                LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 20));
    }

    @Nested
    class BeforeThe2027ScheduleIsSupplied {
        @Test
        void jeopardyReadsAProvisionalDueDateCountedMondayToFriday() {
            ClockReading r = acceptedOn(BEFORE).reading(Node.IN_PROGRESS, bj("2026-12-20T12:00"), BEFORE).get().get();
            // 12 working days left in December 2026; 2027-01-01 (a Friday) counted as a working day: provisional
            assertEquals(new ClockReading.ProvisionalDays(3, 20, LocalDate.of(2027, 1, 12), LocalDate.of(2026, 12, 31)), r);
            assertTrue(r.describe().contains("provisional"), r.describe());
            NodeJeopardy j = Jeopardy.of(acceptedOn(BEFORE), bj("2027-01-12T09:00"), WarningMargin.LIBRARY_DEFAULT, BEFORE)
                    .get().get();
            assertInstanceOf(ClockReading.ProvisionalDays.class, j.reading());
            assertTrue(j.describe().contains("provisional"), j.describe());
        }

        @Test
        void moneyIsNotYetKnownNeverAGuess() {
            AssessmentError e = ProvisioningCompensation.rulesMdDefaults().assess(completedIn2027()).getLeft();
            AssessmentError.NotYetKnown notYet = assertInstanceOf(AssessmentError.NotYetKnown.class, e);
            assertEquals(LocalDate.of(2026, 12, 31), notYet.lastKnown());
            assertTrue(e.notYetKnown());
            assertTrue(e.message().startsWith("not yet known: acceptedOn: "), e.message());
            assertTrue(e.message().endsWith("settled once the schedule of 2027 is supplied"), e.message());
        }

        @Test
        void aDateBeforeTheCalendarIsOutsideItNotMerelyNotYetKnown() {
            ProvisioningCase old = ProvisioningCase.completed(Product.DDN, ProvisioningClass.NORMAL, Money.ofYuan(1000),
                    LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 20));
            AssessmentError e = ProvisioningCompensation.rulesMdDefaults().assess(old).getLeft();
            assertInstanceOf(AssessmentError.OutsideCalendar.class, e);
            assertTrue(!e.notYetKnown());
        }
    }

    @Nested
    class OnceItIsSupplied {
        @Test
        void thePinnedOrderReadsTheExtendedVersionAndSaysSo() {
            ServiceOrder pinned = acceptedOn(BEFORE);
            assertEquals(1, pinned.basis().calendarVersion());
            CalendarVersions.Pinned read = pinned.calendarIn(AFTER).get();
            assertEquals(2, read.version());
            assertEquals("calendar version 2 (pinned to 1)", read.describe());
        }

        @Test
        void thePinnedOrderIsMeasuredAsAnOrderAcceptedAfterTheExtension() {
            ServiceOrder pinned = acceptedOn(BEFORE);
            ServiceOrder later = acceptedOn(AFTER);
            assertEquals(2, later.basis().calendarVersion());
            Instant asOf = bj("2027-01-14T12:00");
            ClockReading read = pinned.reading(Node.IN_PROGRESS, asOf, AFTER).get().get();
            // 2027-01-01 is a day off in the (synthetic) 2027 schedule: due a working day later than provisionally
            assertEquals(new ClockReading.Days(21, 20, LocalDate.of(2027, 1, 13)), read);
            assertEquals(later.reading(Node.IN_PROGRESS, asOf, AFTER), pinned.reading(Node.IN_PROGRESS, asOf, AFTER));
        }

        @Test
        void moneyIsSettledOnTheExtendedCalendar() {
            ProvisioningAssessment a = ProvisioningCompensation.of(SyntheticYears.officialWith2027(), ProvisioningTariff.RULES_MD)
                    .assess(completedIn2027()).get();
            assertEquals(LocalDate.of(2027, 1, 13), a.dueOn());
            assertEquals(5, a.workingDaysLate());   // 01-14, 15, 18, 19, 20
            assertEquals(Money.ofYuan(100), a.compensation());   // 1000.00 x 2% x 5
        }
    }

    @Nested
    class AVersionThatChangesAKnownDay {
        @Test
        void isNotReadByOrdersPinnedBeforeItWhichKeepTheirVersionAndSaySo() {
            CalendarVersions corrected = AFTER.publish(SyntheticYears.officialWith2027AndNewYearsEveOff());
            ServiceOrder pinned = acceptedOn(BEFORE);
            CalendarVersions.Pinned read = pinned.calendarIn(corrected).get();
            assertEquals(2, read.version());
            assertEquals("calendar version 2 (pinned to 1); not 3, which changes 2026-12-31", read.describe());
            CalendarVersions onlyIncompatible = BEFORE.publish(SyntheticYears.officialWith2027AndNewYearsEveOff());
            assertEquals("calendar version 1; not 2, which changes 2026-12-31",
                    pinned.calendarIn(onlyIncompatible).get().describe());
            // an order accepted under the corrected version reads it
            assertEquals(3, acceptedOn(corrected).calendarIn(corrected).get().version());
        }
    }
}
