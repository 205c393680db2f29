package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A payment plan (分期缴费) agreed for an account's arrears: instalments due at given instants. While it is kept the
 * dunning holds where it is, no further step is taken; the account is still re-opened on its own when a payment
 * clears the arrears (rules.md section 7), which also ends the plan. It is <b>broken</b> at the first instalment
 * whose due instant passes with the credits posted since the agreement (payments, credit adjustments, compensation
 * credits, up to and including that instant) short of the instalments due by then; the dunning then resumes at the
 * step due by the arrears' age.
 *
 * <pre>{@code
 * PaymentPlan plan = PaymentPlan.of(EntryReference.of("PLAN-7"), Instant.parse("2026-07-06T02:00:00Z"), List.of(
 *         new PaymentPlan.Instalment(Instant.parse("2026-07-10T16:00:00Z"), Money.ofYuan(200)),
 *         new PaymentPlan.Instalment(Instant.parse("2026-07-20T16:00:00Z"), Money.ofYuan(200))));
 * plan.total();   // CNY 400.00
 * }</pre>
 *
 * @param reference   the plan's reference, as the host numbers its agreements
 * @param agreedAt    when it was agreed ({@link Account#agreePaymentPlan}'s instant)
 * @param instalments the instalments, due instants strictly rising, amounts positive; at least one
 */
@ValueObject
public record PaymentPlan(EntryReference reference, Instant agreedAt, Seq<Instalment> instalments) {

    /**
     * One instalment of a plan.
     *
     * @param dueAt  the instant by which it must be paid
     * @param amount how much, positive
     */
    @ValueObject
    public record Instalment(Instant dueAt, Money amount) {
        public Instalment {
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public PaymentPlan {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(agreedAt, "agreedAt");
        Objects.requireNonNull(instalments, "instalments");
        instalments.forEach(i -> Objects.requireNonNull(i, "instalments[]"));
    }

    /** A plan with its instalments, agreed at {@code agreedAt}. */
    public static PaymentPlan of(EntryReference reference, Instant agreedAt, Seq<Instalment> instalments) {
        return new PaymentPlan(reference, agreedAt, instalments);
    }

    /** The sum of the instalments (an amount: {@link #problems} refuses a plan whose sum is not one). */
    public Money total() {
        return instalments.foldLeft(Money.ZERO, (sum, i) -> sum.plus(i.amount()));
    }

    /** The last instalment's due instant. */
    public Instant endsAt() {
        return instalments.last().dueAt();
    }

    /**
     * The first instalment missed by {@code at}: due before it, with the credits among {@code entries} posted
     * from {@link #agreedAt()} up to its due instant short of the instalments due by then. None while the plan is kept.
     */
    public Option<Instalment> missedBy(Seq<LedgerEntry> entries, Instant at) {
        Money due = Money.ZERO;
        for (Instalment instalment : instalments) {
            if (!at.isAfter(instalment.dueAt())) {   // payable up to and including its due instant
                return Option.none();
            }
            due = due.plus(instalment.amount());
            if (creditedBetween(entries, agreedAt, instalment.dueAt()).isLessThan(due)) {
                return Option.some(instalment);
            }
        }
        return Option.none();
    }

    /** The credits posted from {@code from} up to and including {@code to}. */
    static Money creditedBetween(Seq<LedgerEntry> entries, Instant from, Instant to) {
        return entries.filter(e -> !e.kind().isDebit() && !e.postedAt().isBefore(from) && !e.postedAt().isAfter(to))
                .foldLeft(Money.ZERO, (sum, e) -> sum.plus(e.amount()));
    }

    /** Every reason this plan cannot be agreed, naming the field; empty when it can. */
    public Seq<TermProblem> problems() {
        if (instalments.isEmpty()) {
            return List.of(new TermProblem("instalments", "empty", "at least one instalment"));
        }
        List<TermProblem> problems = List.empty();
        Instant previous = agreedAt;
        Money sum = Money.ZERO;
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            if (!instalment.amount().isGreaterThan(Money.ZERO)) {
                problems = problems.append(new TermProblem("instalments[" + i + "].amount",
                        instalment.amount().toString(), "positive"));
            }
            if (!instalment.dueAt().isAfter(previous)) {
                problems = problems.append(new TermProblem("instalments[" + i + "].dueAt",
                        instalment.dueAt().toString(), "after " + previous + (i == 0 ? " (the agreement)"
                        : " (the instalment before it)")));
            }
            previous = instalment.dueAt().isAfter(previous) ? instalment.dueAt() : previous;
            if (sum.checkedPlus(instalment.amount()).isLeft()) {
                return problems.append(new TermProblem("instalments", "a sum beyond " + Money.MAX,
                        "a total within the largest amount"));
            }
            sum = sum.plus(instalment.amount());
        }
        return problems;
    }
}
