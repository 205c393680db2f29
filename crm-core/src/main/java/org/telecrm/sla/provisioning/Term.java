package org.telecrm.sla.provisioning;

import org.telecrm.money.Rate;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * One provisioning term: a number or setting of rules.md section 5 that a contract may set for itself.
 * The default tariff fixes every term for every product and class; {@link PersonalisedTerms} replace some.
 */
public sealed interface Term {

    /** The kind of term, so that two clauses setting the same thing can be told apart. */
    Kind kind();

    /** What each term is, for audit lines and error messages. */
    enum Kind {
        DEADLINE("deadline"),
        CHARGED_FEE_RATIO("charged one-time fee"),
        COMPENSATION_PER_LATE_DAY("compensation per working day late"),
        CAP("compensation cap"),
        DEADLINE_START("deadline counting"),
        LATE_DAY_COUNT("late-day counting"),
        COMPENSATION_BASE("compensation base"),
        ROUNDING("rounding to the fen");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Provisioning deadline in working days (at least 1). */
    record Deadline(int workingDays) implements Term {
        public Kind kind() {
            return Kind.DEADLINE;
        }
    }

    /** The one-time fee charged, as a share of the standard one-time fee (150% for express by default). */
    record ChargedFeeRatio(Rate ratio) implements Term {
        public ChargedFeeRatio {
            Objects.requireNonNull(ratio, "ratio");
        }

        public Kind kind() {
            return Kind.CHARGED_FEE_RATIO;
        }
    }

    /** Compensation per working day late, as a share of the compensation base. */
    record CompensationPerLateDay(Rate rate) implements Term {
        public CompensationPerLateDay {
            Objects.requireNonNull(rate, "rate");
        }

        public Kind kind() {
            return Kind.COMPENSATION_PER_LATE_DAY;
        }
    }

    /** The most the compensation can reach. */
    record Cap(CompensationCap cap) implements Term {
        public Cap {
            Objects.requireNonNull(cap, "cap");
        }

        public Kind kind() {
            return Kind.CAP;
        }
    }

    record CountDeadlineFrom(DeadlineStart start) implements Term {
        public CountDeadlineFrom {
            Objects.requireNonNull(start, "start");
        }

        public Kind kind() {
            return Kind.DEADLINE_START;
        }
    }

    record CountLateDays(LateDayCount count) implements Term {
        public CountLateDays {
            Objects.requireNonNull(count, "count");
        }

        public Kind kind() {
            return Kind.LATE_DAY_COUNT;
        }
    }

    record BaseOfCompensation(CompensationBase base) implements Term {
        public BaseOfCompensation {
            Objects.requireNonNull(base, "base");
        }

        public Kind kind() {
            return Kind.COMPENSATION_BASE;
        }
    }

    /** How amounts are rounded to the fen (half-up by default); {@link RoundingMode#UNNECESSARY} is refused. */
    record Rounding(RoundingMode mode) implements Term {
        public Rounding {
            Objects.requireNonNull(mode, "mode");
        }

        public Kind kind() {
            return Kind.ROUNDING;
        }
    }
}
