package org.telecrm.customer.value;

import io.vavr.collection.List;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;

/**
 * The distinct positive real roots of a polynomial with integer coefficients, each isolated and then narrowed by
 * Sturm's theorem: the number of distinct roots in {@code (a, b]} is the drop in sign changes along the Sturm
 * sequence from {@code a} to {@code b}. Counting rather than looking for sign changes of the polynomial finds
 * every root, also one where it only touches zero (a double root), and proves that there are no others.
 *
 * <p>The sequence is built exactly with integers (pseudo-remainders scaled by positive factors, which keep the
 * signs Sturm's theorem needs, and divided by their content to keep the numbers small); only its evaluation at
 * the bisection points is rounded, to {@link #CONTEXT}.
 */
final class SturmRoots {

    /** Sign evaluation precision: far more than the 1e-12 brackets need. */
    private static final MathContext CONTEXT = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final java.util.List<BigInteger[]> sequence;

    private SturmRoots(java.util.List<BigInteger[]> sequence) {
        this.sequence = sequence;
    }

    /**
     * The distinct roots above zero of {@code sum c_t x^(n-t)} (coefficients from the highest power down; the
     * first and last non-zero), each within {@code bracket} of the true root, in increasing order.
     */
    static List<BigDecimal> of(List<BigInteger> coefficients, BigDecimal bracket) {
        BigInteger[] p = coefficients.toJavaArray(BigInteger[]::new);
        SturmRoots sturm = new SturmRoots(sequenceOf(p));
        BigDecimal hi = new BigDecimal(cauchyBoundPowerOfTwo(p));
        java.util.List<BigDecimal> roots = new ArrayList<>();
        sturm.isolate(BigDecimal.ZERO, sturm.signChangesAtZero(), hi, sturm.signChangesAt(hi), bracket, roots);
        return List.ofAll(roots);
    }

    /** Roots in (lo, hi], given the sign changes at both ends; appended in increasing order. */
    private void isolate(BigDecimal lo, int atLo, BigDecimal hi, int atHi, BigDecimal bracket, java.util.List<BigDecimal> roots) {
        int count = atLo - atHi;
        if (count <= 0) {
            return;
        }
        BigDecimal mid = lo.add(hi).divide(TWO, CONTEXT);
        if (hi.subtract(lo).compareTo(bracket) <= 0) {
            for (int i = 0; i < count; i++) {
                roots.add(mid); // roots closer together than the bracket are told apart no further
            }
            return;
        }
        int atMid = signChangesAt(mid);
        isolate(lo, atLo, mid, atMid, bracket, roots);
        isolate(mid, atMid, hi, atHi, bracket, roots);
    }

    /** Sign changes of the sequence at x, zeros skipped. */
    private int signChangesAt(BigDecimal x) {
        int changes = 0;
        int last = 0;
        for (BigInteger[] p : sequence) {
            BigDecimal value = BigDecimal.ZERO;
            for (BigInteger c : p) {
                value = value.multiply(x, CONTEXT).add(new BigDecimal(c), CONTEXT);
            }
            int sign = value.signum();
            if (sign != 0) {
                changes += last != 0 && sign != last ? 1 : 0;
                last = sign;
            }
        }
        return changes;
    }

    /** At zero each polynomial has the sign of its constant term. */
    private int signChangesAtZero() {
        int changes = 0;
        int last = 0;
        for (BigInteger[] p : sequence) {
            int sign = p[p.length - 1].signum();
            if (sign != 0) {
                changes += last != 0 && sign != last ? 1 : 0;
                last = sign;
            }
        }
        return changes;
    }

    /** p, p', then negated pseudo-remainders until one is zero. */
    private static java.util.List<BigInteger[]> sequenceOf(BigInteger[] p) {
        java.util.List<BigInteger[]> sequence = new ArrayList<>();
        BigInteger[] previous = primitive(p);
        sequence.add(previous);
        BigInteger[] current = primitive(derivative(previous));
        while (current.length > 0) {
            sequence.add(current);
            BigInteger[] remainder = pseudoRemainder(previous, current);
            previous = current;
            current = primitive(negate(remainder));
        }
        return sequence;
    }

    private static BigInteger[] derivative(BigInteger[] p) {
        int degree = p.length - 1;
        BigInteger[] d = new BigInteger[degree];
        for (int i = 0; i < degree; i++) {
            d[i] = p[i].multiply(BigInteger.valueOf(degree - i));
        }
        return trim(d);
    }

    /**
     * A positive multiple of the remainder of f by g: the leading term is eliminated with |lc(g)| as the factor
     * (never lc(g) itself, whose sign could flip the remainder's).
     */
    private static BigInteger[] pseudoRemainder(BigInteger[] f, BigInteger[] g) {
        BigInteger[] r = f.clone();
        BigInteger lead = g[0].abs();
        int leadSign = g[0].signum();
        while (r.length >= g.length) {
            BigInteger factor = leadSign > 0 ? r[0] : r[0].negate();
            BigInteger[] next = new BigInteger[r.length];
            for (int i = 0; i < r.length; i++) {
                BigInteger term = r[i].multiply(lead);
                if (i < g.length) {
                    term = term.subtract(factor.multiply(g[i]));
                }
                next[i] = term;
            }
            r = trim(java.util.Arrays.copyOfRange(next, 1, next.length));
            if (r.length == 0) {
                break;
            }
        }
        return r;
    }

    private static BigInteger[] negate(BigInteger[] p) {
        BigInteger[] n = new BigInteger[p.length];
        for (int i = 0; i < p.length; i++) {
            n[i] = p[i].negate();
        }
        return n;
    }

    /** Divided by the (positive) gcd of its coefficients: signs are kept, numbers stay small. */
    private static BigInteger[] primitive(BigInteger[] p) {
        BigInteger content = BigInteger.ZERO;
        for (BigInteger c : p) {
            content = content.gcd(c);
        }
        if (content.signum() == 0 || content.equals(BigInteger.ONE)) {
            return p;
        }
        BigInteger[] q = new BigInteger[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = p[i].divide(content);
        }
        return q;
    }

    /** Leading zero coefficients dropped; the zero polynomial is the empty array. */
    private static BigInteger[] trim(BigInteger[] p) {
        int first = 0;
        while (first < p.length && p[first].signum() == 0) {
            first++;
        }
        return java.util.Arrays.copyOfRange(p, first, p.length);
    }

    /** A power of two above every root's magnitude (Cauchy: 1 + max |c_i / c_0|). */
    private static BigInteger cauchyBoundPowerOfTwo(BigInteger[] p) {
        BigInteger max = BigInteger.ZERO;
        for (int i = 1; i < p.length; i++) {
            max = max.max(p[i].abs());
        }
        BigInteger bound = max.divide(p[0].abs()).add(BigInteger.TWO);
        return BigInteger.ONE.shiftLeft(bound.bitLength());
    }
}
