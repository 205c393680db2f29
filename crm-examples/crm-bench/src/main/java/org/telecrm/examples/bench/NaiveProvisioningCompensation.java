package org.telecrm.examples.bench;

import io.vavr.control.Either;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.money.Money;
import org.telecrm.sla.provisioning.AppliedTerms;
import org.telecrm.sla.provisioning.AssessmentError;
import org.telecrm.sla.provisioning.CompensationBase;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningTariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A reference engine for the benchmark: the same assessment as {@code ProvisioningCompensation} under
 * rules.md's default tariff, but finding the due date and the days late the obvious way, by walking the
 * calendar one day at a time and asking {@link WorkingDayCalendar#isWorkingDay} about each.
 *
 * <p>It exists to show what the library's indexed calendar (two array reads per query) buys: a walk costs in
 * proportion to the distance between the dates. It covers only the default tariff's interpretation (deadline
 * counted from the day after acceptance, late days through the completion day), which is all the benchmark
 * uses; a test checks that it agrees with the engine.
 */
public final class NaiveProvisioningCompensation {

    private final WorkingDayCalendar calendar;

    public NaiveProvisioningCompensation(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Either<AssessmentError, ProvisioningAssessment> assess(ProvisioningCase c) {
        if (c.standardOneTimeFee().isNegative()) {
            return Either.left(new AssessmentError.NegativeFee(c.standardOneTimeFee()));
        }
        LocalDate countedTo = c.progress().countedTo();
        if (countedTo.isBefore(c.acceptedOn())) {
            return Either.left(c.progress() instanceof ProvisioningCase.Progress.CompletedOn
                    ? new AssessmentError.CompletedBeforeAccepted(c.acceptedOn(), countedTo)
                    : new AssessmentError.AsOfBeforeAccepted(c.acceptedOn(), countedTo));
        }
        AppliedTerms terms = ProvisioningTariff.RULES_MD.termsFor(c.product(), c.provisioningClass());
        String countedField = c.progress() instanceof ProvisioningCase.Progress.CompletedOn ? "completedOn" : "as-of date";
        return walk(c.acceptedOn(), terms.deadlineWorkingDays().value(), "acceptedOn")
                .flatMap(due -> workingDaysBetween(due, countedTo, countedField)
                        .map(late -> settle(c, terms, due, late)));
    }

    /** The {@code n}-th working day after {@code from}, found by stepping one day at a time. */
    private Either<AssessmentError, LocalDate> walk(LocalDate from, int n, String field) {
        LocalDate day = from;
        int found = 0;
        while (found < n) {
            day = day.plusDays(1);
            Either<CalendarError, Boolean> working = calendar.isWorkingDay(day);
            if (working.isLeft()) {
                return Either.left(new AssessmentError.OutsideCalendar(field, working.getLeft()));
            }
            if (working.get()) {
                found++;
            }
        }
        return Either.right(day);
    }

    /** Working days in {@code (from, to]}, counted one day at a time; 0 when {@code to} is not after {@code from}. */
    private Either<AssessmentError, Integer> workingDaysBetween(LocalDate from, LocalDate to, String field) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            Either<CalendarError, Boolean> working = calendar.isWorkingDay(day);
            if (working.isLeft()) {
                return Either.left(new AssessmentError.OutsideCalendar(field, working.getLeft()));
            }
            if (working.get()) {
                count++;
            }
        }
        return Either.right(count);
    }

    private static ProvisioningAssessment settle(ProvisioningCase c, AppliedTerms terms, LocalDate due, int late) {
        RoundingMode rounding = terms.rounding().value();
        Money charged = c.standardOneTimeFee().times(terms.chargedFeeRatio().value(), rounding);
        Money base = terms.compensationBase().value() == CompensationBase.CHARGED_FEE ? charged : c.standardOneTimeFee();
        BigDecimal capFen = terms.cap().value().exactFenFor(base);
        BigDecimal owedFen = terms.compensationPerLateDay().value().times(late).applyTo(base.exactFen());
        boolean capped = late > 0 && owedFen.compareTo(capFen) >= 0;
        Money compensation = Money.fromExactFen(capped ? capFen : owedFen, rounding);
        return new ProvisioningAssessment(c, due, late, charged, base, compensation, capped, terms);
    }
}
