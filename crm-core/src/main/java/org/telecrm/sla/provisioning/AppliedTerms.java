package org.telecrm.sla.provisioning;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

import java.math.RoundingMode;

/**
 * The provisioning terms in force for one product and class, each with where it came from: what an
 * assessment used, so that an auditor can see which terms decided it.
 */
@ValueObject
public record AppliedTerms(
        Product product,
        ProvisioningClass provisioningClass,
        Sourced<Integer> deadlineWorkingDays,
        Sourced<Rate> chargedFeeRatio,
        Sourced<Rate> compensationPerLateDay,
        Sourced<CompensationCap> cap,
        Sourced<DeadlineStart> deadlineStart,
        Sourced<LateDayCount> lateDayCount,
        Sourced<CompensationBase> compensationBase,
        Sourced<RoundingMode> rounding) {

    /** These terms with one term replaced, recording its source. */
    AppliedTerms with(Term term, TermSource source) {
        var deadline = deadlineWorkingDays;
        var ratio = chargedFeeRatio;
        var perDay = compensationPerLateDay;
        var limit = cap;
        var start = deadlineStart;
        var lateDays = lateDayCount;
        var base = compensationBase;
        var round = rounding;
        if (term instanceof Term.Deadline t) {
            deadline = new Sourced<>(t.workingDays(), source);
        } else if (term instanceof Term.ChargedFeeRatio t) {
            ratio = new Sourced<>(t.ratio(), source);
        } else if (term instanceof Term.CompensationPerLateDay t) {
            perDay = new Sourced<>(t.rate(), source);
        } else if (term instanceof Term.Cap t) {
            limit = new Sourced<>(t.cap(), source);
        } else if (term instanceof Term.CountDeadlineFrom t) {
            start = new Sourced<>(t.start(), source);
        } else if (term instanceof Term.CountLateDays t) {
            lateDays = new Sourced<>(t.count(), source);
        } else if (term instanceof Term.BaseOfCompensation t) {
            base = new Sourced<>(t.base(), source);
        } else if (term instanceof Term.Rounding t) {
            round = new Sourced<>(t.mode(), source);
        }
        return new AppliedTerms(product, provisioningClass, deadline, ratio, perDay, limit, start, lateDays, base, round);
    }

    /** One line per term: what it is, its value and where it came from. */
    public Seq<String> describe() {
        return List.of(
                line(Term.Kind.DEADLINE, deadlineWorkingDays.value() + " working days", deadlineWorkingDays),
                line(Term.Kind.CHARGED_FEE_RATIO, chargedFeeRatio.value() + " of the standard one-time fee", chargedFeeRatio),
                line(Term.Kind.COMPENSATION_PER_LATE_DAY, compensationPerLateDay.value() + " of the base", compensationPerLateDay),
                line(Term.Kind.CAP, cap.value().toString(), cap),
                line(Term.Kind.DEADLINE_START, deadlineStart.value().name(), deadlineStart),
                line(Term.Kind.LATE_DAY_COUNT, lateDayCount.value().name(), lateDayCount),
                line(Term.Kind.COMPENSATION_BASE, compensationBase.value().name(), compensationBase),
                line(Term.Kind.ROUNDING, rounding.value().name(), rounding));
    }

    private static String line(Term.Kind kind, String value, Sourced<?> sourced) {
        return kind.label() + ": " + value + ", from " + sourced.source();
    }
}
