package org.telecrm.sla.provisioning;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The provisioning-compensation engine (rules.md section 5): a pure function of a case, a tariff and a
 * working-day calendar. No clock, no I/O; the same inputs always give the same answer.
 *
 * <p>For a case it computes, under the terms in force for its product and class:
 * <ol>
 *   <li>the charged one-time fee: standard fee x the class's charged-fee ratio, rounded to the fen;</li>
 *   <li>the due date: the deadline's N-th working day (counted per {@link DeadlineStart});</li>
 *   <li>the working days late: working days after the due date up to the completion day, or the as-of day of an
 *       open order (per {@link LateDayCount}); none when completed on or before the due date;</li>
 *   <li>the compensation: min(base x rate x days late, cap), computed exactly and rounded once to the fen;
 *       {@code capped} when base x rate x days reaches the cap.</li>
 * </ol>
 *
 * <pre>{@code
 * ProvisioningCompensation engine = ProvisioningCompensation.rulesMdDefaults();
 * ProvisioningAssessment a = engine.assess(ProvisioningCase.completed(Product.DDN, ProvisioningClass.EXPRESS,
 *         Money.ofYuan(8000), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 20))).get();
 * a.dueOn();             // 2026-10-13 (Mid-Autumn and National Day off, Saturday 10-10 worked)
 * a.workingDaysLate();   // 5
 * a.chargedOneTimeFee(); // CNY 12000.00
 * a.compensation();      // CNY 3000.00 = 12000.00 x 5% x 5
 * a.terms().describe();  // each term and where it came from
 * }</pre>
 *
 * <p>Money is never computed on a day the calendar does not know: a due date or a late count that needs a year not
 * supplied yet is {@link AssessmentError.NotYetKnown} (rules.md section 6, "A new year").
 */
@Service
public final class ProvisioningCompensation {

    private final WorkingDayCalendar calendar;
    private final ProvisioningTariff tariff;

    private ProvisioningCompensation(WorkingDayCalendar calendar, ProvisioningTariff tariff) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.tariff = Objects.requireNonNull(tariff, "tariff");
    }

    /** The engine for a calendar and a tariff (the default, or one personalised by a contract). */
    public static ProvisioningCompensation of(WorkingDayCalendar calendar, ProvisioningTariff tariff) {
        return new ProvisioningCompensation(calendar, tariff);
    }

    /** rules.md's default tariff on the official calendar. */
    public static ProvisioningCompensation rulesMdDefaults() {
        return of(WorkingDayCalendar.official(), ProvisioningTariff.RULES_MD);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public ProvisioningTariff tariff() {
        return tariff;
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
        AppliedTerms terms = tariff.termsFor(c.product(), c.provisioningClass());
        return dueDate(c.acceptedOn(), terms)
                .flatMap(due -> workingDaysLate(due, c, terms)
                        .flatMap(late -> settle(c, terms, due, late)));
    }

    private Either<AssessmentError, LocalDate> dueDate(LocalDate acceptedOn, AppliedTerms terms) {
        int deadline = terms.deadlineWorkingDays().value();
        Either<CalendarError, LocalDate> due;
        if (terms.deadlineStart().value() == DeadlineStart.ACCEPTANCE_DAY
                && calendar.isWorkingDay(acceptedOn).getOrElse(false)) {
            due = deadline == 1 ? Either.right(acceptedOn) : calendar.workingDayAfter(acceptedOn, deadline - 1);
        } else {
            due = calendar.workingDayAfter(acceptedOn, deadline);
        }
        return due.mapLeft(error -> outside("acceptedOn", error));
    }

    private Either<AssessmentError, Integer> workingDaysLate(LocalDate due, ProvisioningCase c, AppliedTerms terms) {
        LocalDate countedTo = c.progress().countedTo();
        if (terms.lateDayCount().value() == LateDayCount.BEFORE_COMPLETION_DAY) {
            countedTo = countedTo.minusDays(1);
        }
        if (!countedTo.isAfter(due)) {
            return Either.right(0);
        }
        String field = c.progress() instanceof ProvisioningCase.Progress.CompletedOn ? "completedOn" : "as-of date";
        return calendar.workingDaysBetween(due, countedTo)
                .mapLeft(error -> outside(field, error));
    }

    /** A day the calendar does not know: not yet known when its year is still to be supplied, else outside. */
    private AssessmentError outside(String field, CalendarError error) {
        return error.notYetKnown() ? new AssessmentError.NotYetKnown(field, calendar.lastDay(), error)
                : new AssessmentError.OutsideCalendar(field, error);
    }

    /** The amounts; a fee so large that the charged fee or the compensation overflows is a typed error. */
    private static Either<AssessmentError, ProvisioningAssessment> settle(ProvisioningCase c, AppliedTerms terms, LocalDate due, int late) {
        RoundingMode rounding = terms.rounding().value();
        return c.standardOneTimeFee().checkedTimes(terms.chargedFeeRatio().value(), rounding)
                .mapLeft(overflow -> (AssessmentError) new AssessmentError.TooLarge("chargedOneTimeFee", overflow))
                .flatMap(charged -> {
                    Money base = terms.compensationBase().value() == CompensationBase.CHARGED_FEE ? charged : c.standardOneTimeFee();
                    CompensationCap cap = terms.cap().value();
                    Rate accrued = terms.compensationPerLateDay().value().times(late);
                    boolean capped = late > 0 && cap.isReachedBy(accrued, base);
                    BigDecimal owedFen = capped ? cap.exactFenFor(base) : accrued.applyTo(base.exactFen());
                    return Money.checkedFromExactFen(owedFen, rounding, "compensation " + base.toPlainString() + " x " + accrued)
                            .mapLeft(overflow -> (AssessmentError) new AssessmentError.TooLarge("compensation", overflow))
                            .map(compensation -> new ProvisioningAssessment(c, due, late, charged, base, compensation, capped, terms));
                });
    }
}
