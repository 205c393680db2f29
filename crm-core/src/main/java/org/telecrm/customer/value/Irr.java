package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Internal rate of return (内部收益率): the rate per period at which the cash flows' net present value is zero,
 * stated to {@value #SCALE} decimals of a fraction and within {@link #TOLERANCE} of the exact rate.
 *
 * <p>It is stated whenever exactly one rate above -100% makes the NPV zero. When the flows change sign once,
 * Descartes' rule of signs proves it; when they change sign more often, the rates are counted exactly by Sturm's
 * theorem on the integer polynomial below ({@code -1, 3, -3, 2} changes sign three times yet has the single rate
 * 100%). Flows of one sign have none ({@link ProjectError.NoSignChange}); flows with no rate or several get
 * {@link ProjectError.NoRate} or {@link ProjectError.SeveralRates} (which names them).
 *
 * <p>How: with {@code g = 1 + rate}, the NPV times {@code g^n} is the polynomial {@code Q(g) = sum CF_t g^(n-t)},
 * which has the NPV's sign for every {@code g > 0}. The root of Q is bracketed (between 0 and a power of two) and
 * bisected in {@link BigDecimal} until the bracket is narrower than half the tolerance; Q is evaluated by Horner's
 * rule in {@link #CONTEXT}. No {@code double} is involved.
 *
 * <pre>{@code
 * Irr.of(CashFlows.ofYuan(-1000, 1100)).get().rate();        // 0.100000000000 (10%)
 * Irr.of(CashFlows.ofYuan(-100, 60, 60)).get().percent(4);   // 13.0662
 * Irr.of(CashFlows.ofYuan(100, 50));                         // Left(NoSignChange)
 * Irr.of(CashFlows.ofYuan(-1, 3, -3, 2)).get().rate();       // 1.000000000000 (100%, the only rate)
 * Irr.of(CashFlows.ofYuan(-100, 230, -132));                 // Left(SeveralRates[10%, 20%])
 * }</pre>
 *
 * @param rate the rate per period as a fraction (0.1 for 10%); above -1
 */
@ValueObject
public record Irr(BigDecimal rate) {

    /** The stated rate is within this distance of the exact rate: 1e-12 as a fraction, i.e. 1e-10 percentage points. */
    public static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

    /** Decimals of the stated rate (as a fraction). */
    public static final int SCALE = 12;

    /**
     * Precision of the NPV evaluation: 50 significant digits, far more than the 1e-12 bracket needs, so a sign
     * decision can only be wrong within about 1e-40 of the root.
     */
    public static final MathContext CONTEXT = new MathContext(50, RoundingMode.HALF_EVEN);

    /** Bisection stops when the bracket is this narrow: the midpoint is then within a quarter of the tolerance. */
    private static final BigDecimal BRACKET = TOLERANCE.divide(BigDecimal.valueOf(2));
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** A guard on the bisection (about 110 halvings are needed from the widest bracket); never reached in practice. */
    private static final int MAX_STEPS = 1000;

    /** The IRR of the flows, or why it is not stated. */
    public static Either<ProjectError, Irr> of(CashFlows flows) {
        Seq<Money> nonZero = flows.perPeriod().dropWhile(Money::isZero).reverse().dropWhile(Money::isZero).reverse();
        if (flows.perPeriod().isEmpty()) {
            return Either.left(new ProjectError.NoCashFlows());
        }
        int changes = flows.signChanges();
        if (changes == 0) {
            return Either.left(new ProjectError.NoSignChange());
        }
        if (changes > 1) {
            List<BigDecimal> roots = SturmRoots.of(nonZero.map(flow -> BigInteger.valueOf(flow.fen())).toList(), BRACKET);
            if (roots.isEmpty()) {
                return Either.left(new ProjectError.NoRate(changes));
            }
            List<BigDecimal> rates = roots.map(g -> g.subtract(BigDecimal.ONE).setScale(SCALE, RoundingMode.HALF_EVEN));
            return rates.size() == 1 ? Either.right(new Irr(rates.head())) : Either.left(new ProjectError.SeveralRates(rates));
        }
        return Either.right(new Irr(solve(nonZero.map(Money::exactFen)).subtract(BigDecimal.ONE)
                .setScale(SCALE, RoundingMode.HALF_EVEN)));
    }

    /** The positive root g of Q, for coefficients whose first and last are non-zero and of opposite signs. */
    private static BigDecimal solve(Seq<BigDecimal> coefficients) {
        int nearZero = coefficients.last().signum();     // Q(0) = the last flow
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ONE;
        int atHi = signOfQ(coefficients, hi);
        while (atHi == nearZero) {                       // the root is above hi: Cauchy's bound ends this by 2^64
            lo = hi;
            hi = hi.multiply(TWO);
            atHi = signOfQ(coefficients, hi);
        }
        if (atHi == 0) {
            return hi;
        }
        for (int step = 0; step < MAX_STEPS && hi.subtract(lo).compareTo(BRACKET) > 0; step++) {
            BigDecimal mid = lo.add(hi).divide(TWO, CONTEXT);
            int atMid = signOfQ(coefficients, mid);
            if (atMid == 0) {
                return mid;
            }
            if (atMid == nearZero) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo.add(hi).divide(TWO, CONTEXT);
    }

    /** The sign of Q(g) = sum c_t g^(n-t), by Horner's rule. */
    private static int signOfQ(Seq<BigDecimal> coefficients, BigDecimal g) {
        BigDecimal q = BigDecimal.ZERO;
        for (BigDecimal c : coefficients) {
            q = q.multiply(g, CONTEXT).add(c, CONTEXT);
        }
        return q.signum();
    }

    /** Whether the IRR is at least the hurdle (a rate within the tolerance of a hurdle may fall either side). */
    public boolean reaches(Rate hurdle) {
        return rate.compareTo(hurdle.fraction()) >= 0;
    }

    /** The IRR in percent, rounded half-up to {@code decimals} places. */
    public BigDecimal percent(int decimals) {
        return rate.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return percent(4).toPlainString() + "%";
    }
}
