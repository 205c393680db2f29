package org.telecrm.sla.provisioning;

import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.util.Objects;

/** The most a late provisioning can earn in compensation. */
public sealed interface CompensationCap {

    /** rules.md section 5: at most the whole one-time fee (免收一次性费用). */
    CompensationCap WHOLE_ONE_TIME_FEE = new ShareOfBase(Rate.ONE);

    /** The cap in exact fen for a compensation base (no rounding yet). */
    BigDecimal exactFenFor(Money base);

    /**
     * Whether compensation accrued at {@code accrued} (rate x days late) of {@code base} reaches this cap.
     * A share cap compares the rates, so that it is reached on the same day whatever the fee, a zero fee too.
     */
    boolean isReachedBy(Rate accrued, Money base);

    /** A share of the compensation base, e.g. 100% of the one-time fee. */
    record ShareOfBase(Rate share) implements CompensationCap {
        public ShareOfBase {
            Objects.requireNonNull(share, "share");
        }

        public BigDecimal exactFenFor(Money base) {
            return share.applyTo(base.exactFen());
        }

        public boolean isReachedBy(Rate accrued, Money base) {
            return accrued.isAtLeast(share);
        }

        @Override
        public String toString() {
            return share + " of the compensation base";
        }
    }

    /** A fixed amount agreed in a contract; must not be negative. */
    record FixedAmount(Money amount) implements CompensationCap {
        public FixedAmount {
            Objects.requireNonNull(amount, "amount");
        }

        public BigDecimal exactFenFor(Money base) {
            return amount.exactFen();
        }

        public boolean isReachedBy(Rate accrued, Money base) {
            return accrued.applyTo(base.exactFen()).compareTo(amount.exactFen()) >= 0;
        }

        @Override
        public String toString() {
            return amount.toString();
        }
    }
}
