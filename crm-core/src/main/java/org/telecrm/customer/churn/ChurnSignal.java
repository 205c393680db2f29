package org.telecrm.customer.churn;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A piece of churn information from one of the four sources of rules.md section 1. The engine computes the
 * spend fluctuation from the spend history; the other three are {@link Reported} by other systems and people.
 *
 * <pre>{@code
 * ChurnSignal.Reported crisis = new ChurnSignal.CrisisInformation("account manager", LocalDate.of(2026, 6, 3),
 *         "the customer's parent company is tendering its network");
 * ChurnSignal.Reported exit = new ChurnSignal.CancellationOrder("TZ-2026-0612", LocalDate.of(2026, 6, 12));
 * }</pre>
 */
public sealed interface ChurnSignal {

    ChurnSource source();

    /** The signal as shown to an account manager. */
    String describe();

    /** A signal other systems or people report, as opposed to one computed from the spend history. */
    sealed interface Reported extends ChurnSignal {
    }

    /**
     * The month's spend against the customer's own trailing baseline (the average of the months before it).
     *
     * @param month          the month assessed
     * @param spend          its spend
     * @param baseline       the baseline, rounded to the fen for display (the level is decided on exact amounts)
     * @param baselineMonths how many months the baseline averages
     * @param dropPercent    how far below the baseline the spend is, in percent to one decimal (negative: above)
     */
    @ValueObject
    record SpendFluctuation(YearMonth month, Money spend, Money baseline, int baselineMonths, BigDecimal dropPercent)
            implements ChurnSignal {
        public ChurnSource source() {
            return ChurnSource.SPEND_FLUCTUATION;
        }

        public String describe() {
            String change = dropPercent.signum() >= 0 ? dropPercent.toPlainString() + "% below"
                    : dropPercent.negate().toPlainString() + "% above";
            return "spend in " + month + " " + spend + " is " + change + " the " + baselineMonths
                    + "-month baseline of " + baseline;
        }
    }

    /** Crisis information from another channel (news, the account manager, a partner). */
    @ValueObject
    record CrisisInformation(String channel, LocalDate reportedOn, String summary) implements Reported {
        public CrisisInformation {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reportedOn, "reportedOn");
            Objects.requireNonNull(summary, "summary");
        }

        public ChurnSource source() {
            return ChurnSource.CRISIS_INFORMATION;
        }

        public String describe() {
            return "crisis information from " + channel + " on " + reportedOn + ": " + summary;
        }
    }

    /** The customer appears on a near-real-time list of the local network's gateway exchange (e.g. traffic to a rival). */
    @ValueObject
    record GatewayListHit(String list, LocalDate seenOn, String detail) implements Reported {
        public GatewayListHit {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(seenOn, "seenOn");
            Objects.requireNonNull(detail, "detail");
        }

        public ChurnSource source() {
            return ChurnSource.GATEWAY_LIST;
        }

        public String describe() {
            return "gateway-exchange list " + list + " on " + seenOn + ": " + detail;
        }
    }

    /** A cancellation order (退租单) placed through the one-stop service system. */
    @ValueObject
    record CancellationOrder(String orderReference, LocalDate placedOn) implements Reported {
        public CancellationOrder {
            Objects.requireNonNull(orderReference, "orderReference");
            Objects.requireNonNull(placedOn, "placedOn");
        }

        public ChurnSource source() {
            return ChurnSource.CANCELLATION_ORDER;
        }

        public String describe() {
            return "cancellation order " + orderReference + " placed on " + placedOn;
        }
    }
}
