package org.telecrm.account.group;

import io.vavr.collection.Seq;
import org.telecrm.account.AccountId;

import java.util.Objects;

/**
 * How a unified payment of a group is shared among the accounts it pays for (the headquarters' own and the branch
 * accounts it covers). A named rule, chosen per group; the share beyond every debt always goes to the headquarters'
 * account, as a credit.
 *
 * <pre>{@code
 * AllocationRule.PRO_RATA;                                                   // in proportion to what each owes
 * new AllocationRule.InOrder(List.of(AccountId.of("A-HQ"), AccountId.of("A-SZ")));   // the listed first, in full
 * }</pre>
 */
public sealed interface AllocationRule {

    /** In proportion to the debts (largest remainder for the fen that rounding leaves over). */
    AllocationRule PRO_RATA = new ProRata();

    /** The rule in words, for statements: {@code "pro rata"}. */
    String describe();

    /**
     * Each account's debt in proportion to the total owed: the payment times each debt over the total, rounded down
     * to the fen, and the fen left over one each to the largest fractions (then by account).
     */
    record ProRata() implements AllocationRule {
        public String describe() {
            return "pro rata to the debts";
        }
    }

    /**
     * Each debt in full, in the order listed, then the accounts not listed by their identifiers; the last one paid may
     * be paid in part.
     *
     * @param order the accounts to pay first, in order
     */
    record InOrder(Seq<AccountId> order) implements AllocationRule {
        public InOrder {
            Objects.requireNonNull(order, "order");
            order.forEach(a -> Objects.requireNonNull(a, "order[]"));
        }

        public String describe() {
            return "in order " + order.mkString(", ") + ", then the others by identifier";
        }
    }
}
