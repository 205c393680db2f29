package org.telecrm.privacy.purpose;

import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;

import java.time.Instant;

/** Why a {@link PurposeRegister} refuses a command: each a named fact, its message naming the customer. */
public sealed interface PurposeRejection {

    CustomerId customerId();

    String message();

    /**
     * A use of personal information for a purpose the customer has not allowed: nothing held for it (never, or its
     * consent withdrawn at {@code withdrawnAt}), or not all of {@code missing}.
     */
    record NotAllowed(CustomerId customerId, Purpose purpose, SortedSet<PersonalInformation> missing,
                      Option<Instant> withdrawnAt) implements PurposeRejection {
        public String message() {
            return "customer " + customerId.value() + " has not allowed " + missing.mkString(", ")
                    + " for " + purpose + withdrawnAt.map(w -> " (consent withdrawn at " + w + ")").getOrElse("");
        }
    }

    /** A basis the rules do not accept for this purpose and information ({@link PurposeRules}). */
    record BasisRefused(CustomerId customerId, Purpose purpose, String rule, String reason)
            implements PurposeRejection {
        public String message() {
            return "customer " + customerId.value() + ": " + purpose + " cannot rest on this basis (" + rule + "): "
                    + reason;
        }
    }

    /** Only consent is withdrawn; a contract or a legal duty ends otherwise. */
    record NotByConsent(CustomerId customerId, Purpose purpose, LawfulBasis basis) implements PurposeRejection {
        public String message() {
            return "customer " + customerId.value() + ": " + purpose + " rests on " + basis.getClass().getSimpleName()
                    + ", not consent: there is no consent to withdraw";
        }
    }

    /** A command dated before what the register already holds: it only moves forward. */
    record OutOfOrder(CustomerId customerId, Instant latest, Instant at) implements PurposeRejection {
        public String message() {
            return "customer " + customerId.value() + ": " + at + " is before " + latest + ", already recorded";
        }
    }
}
