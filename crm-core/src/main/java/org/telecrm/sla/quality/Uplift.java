package org.telecrm.sla.quality;

import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a customer pays a month for a circuit's quality level on top of its monthly rental (rules.md section 5:
 * "three quality levels with different prices"): a share of the rental, or a fixed amount.
 *
 * <pre>{@code
 * new Uplift.ShareOfRental(Rate.percent(30)).of(Money.ofYuan(2000), RoundingMode.HALF_UP);   // CNY 600.00
 * new Uplift.Fixed(Money.ofYuan(500)).of(Money.ofYuan(2000), RoundingMode.HALF_UP);           // CNY 500.00
 * }</pre>
 */
public sealed interface Uplift {

    /** The uplift on a circuit of this monthly rental, rounded to the fen. */
    Money of(Money monthlyRental, RoundingMode rounding);

    /** A share of the circuit's monthly rental. */
    record ShareOfRental(Rate share) implements Uplift {
        public ShareOfRental {
            Objects.requireNonNull(share, "share");
        }

        @Override
        public Money of(Money monthlyRental, RoundingMode rounding) {
            return monthlyRental.times(share, rounding);
        }

        @Override
        public String toString() {
            return share + " of the monthly rental";
        }
    }

    /** A fixed amount a month, whatever the rental; not negative. */
    record Fixed(Money amount) implements Uplift {
        public Fixed {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Money of(Money monthlyRental, RoundingMode rounding) {
            return amount;
        }

        @Override
        public String toString() {
            return amount.toPlainString() + " a month";
        }
    }
}
