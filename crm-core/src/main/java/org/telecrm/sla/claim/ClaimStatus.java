package org.telecrm.sla.claim;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a compensation claim is in its life: raised (each side's confirmation collected as it comes), confirmed by
 * both sides, then settled; or rejected with a reason before both sides have confirmed it. Settled and rejected are
 * final.
 *
 * <pre>
 * Raised(customer?, provider?) --both confirmed--> Confirmed --settle--> Settled
 *        \--reject (with a reason)--> Rejected
 * </pre>
 */
public sealed interface ClaimStatus {

    Kind kind();

    /** The states' names. */
    enum Kind { RAISED, CONFIRMED, SETTLED, REJECTED }

    /** Raised; the confirmations collected so far (at most one per side). */
    record Raised(Option<Confirmation> customer, Option<Confirmation> provider) implements ClaimStatus {
        public Raised {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(provider, "provider");
        }

        public static Raised unconfirmed() {
            return new Raised(Option.none(), Option.none());
        }

        public Kind kind() {
            return Kind.RAISED;
        }

        public Option<Confirmation> of(Side side) {
            return side == Side.CUSTOMER ? customer : provider;
        }
    }

    /** Both sides have signed the compensation form; it is binding and awaits settlement. */
    record Confirmed(Confirmation customer, Confirmation provider) implements ClaimStatus {
        public Confirmed {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(provider, "provider");
        }

        public Kind kind() {
            return Kind.CONFIRMED;
        }
    }

    /** Settled: the credit is due to the customer's account. */
    record Settled(Confirmation customer, Confirmation provider, LocalDate settledOn) implements ClaimStatus {
        public Settled {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(settledOn, "settledOn");
        }

        public Kind kind() {
            return Kind.SETTLED;
        }
    }

    /** Rejected by one side, with its reason. */
    record Rejected(Side by, String reason, LocalDate on) implements ClaimStatus {
        public Rejected {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(on, "on");
        }

        public Kind kind() {
            return Kind.REJECTED;
        }
    }
}
