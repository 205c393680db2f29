package org.telecrm.customer.aggregate;

import io.vavr.collection.Seq;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.DocumentKind;

import java.time.Instant;

/**
 * Why a command on a {@link Customer} was refused: each a named domain fact, with the customer and a
 * {@link #message()} that says what and where. No message quotes an identity or phone number.
 *
 * <pre>{@code
 * prospect.activate(at).getLeft().message();
 * // "customer C-1: cannot activate: an active key account needs a grade, an account manager and a primary contact;
 * //  missing: a grade, a primary contact"
 * }</pre>
 */
public sealed interface CustomerRejection {

    CustomerId customerId();

    /** A sentence that says what was refused and why. */
    String message();

    /** A text that must say something was blank ({@code field}: name, reason, text). */
    record BlankText(CustomerId customerId, String field) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": " + field + " must not be blank";
        }
    }

    /** A public customer registers with a person's document, the others with a unified social credit code. */
    record DocumentDoesNotFitGroup(CustomerId customerId, CustomerGroup group, DocumentKind kind)
            implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": a " + group + " customer cannot be identified by a " + kind + " ("
                    + (group == CustomerGroup.PUBLIC ? "a public customer is a person: resident identity number or passport"
                    : "an organisation: unified social credit code") + ")";
        }
    }

    /** Grades, account managers, group structure and the file are for key accounts only. */
    record NotAKeyAccount(CustomerId customerId, CustomerGroup group, String action) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + " is " + group + ", not a key account: cannot " + action;
        }
    }

    record AlreadyAKeyAccount(CustomerId customerId) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + " is already a key account: regrade it or assign another manager instead";
        }
    }

    /** The lifecycle has no transition from {@code from} to {@code to}. */
    record IllegalTransition(CustomerId customerId, Lifecycle.Stage from, Lifecycle.Stage to) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": no lifecycle transition from " + from + " to " + to;
        }
    }

    /** The command would leave (or make) an active key account without something it must have. */
    record KeyAccountIncomplete(CustomerId customerId, String action, Seq<KeyAccountRequirement> missing)
            implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": cannot " + action + ": an active key account needs a grade, an account"
                    + " manager and a primary contact; missing: " + missing.map(KeyAccountRequirement::description).mkString(", ");
        }
    }

    /** A command dated before what the customer's records already hold: histories only move forward. */
    record OutOfOrder(CustomerId customerId, String what, Instant latest, Instant at) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": dated " + at + ", before the " + what + " at " + latest
                    + " already recorded";
        }
    }

    /** Only a person's information is erased: a commercial customer or key account is an organisation. */
    record NotAPerson(CustomerId customerId, CustomerGroup group) implements CustomerRejection {
        public String message() {
            return "customer " + customerId.value() + " is a " + group + " customer, an organisation: erase the"
                    + " information of its contacts instead";
        }
    }

    /** The customer's personal information was erased: nothing personal is recorded for it again. */
    record Erased(CustomerId customerId, String action) implements CustomerRejection {
        public String message() {
            return "customer " + customerId.value() + " was erased: cannot " + action;
        }
    }

    record UnknownContact(CustomerId customerId, ContactId contactId) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + " has no contact " + contactId;
        }
    }

    /** A contact identifier already in use for other details: change that contact instead. */
    record ContactIdTaken(CustomerId customerId, ContactId contactId) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + " already has a contact " + contactId + " with other details: change it instead";
        }
    }

    /** The primary contact can only go when it is the last one: another contact must be made primary first. */
    record PrimaryContactInUse(CustomerId customerId, ContactId contactId) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": contact " + contactId + " is the primary contact; make another contact"
                    + " primary before removing it";
        }
    }

    /** A customer cannot be its own headquarters or branch. */
    record SelfReference(CustomerId customerId) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + " cannot be its own headquarters or branch";
        }
    }

    /** A group has two levels: a branch has no branches, a headquarters with branches is nobody's branch. */
    record TwoLevelsOnly(CustomerId customerId, GroupStructure structure) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + (structure instanceof GroupStructure.Branch b
                    ? " is a branch of " + b.headquarters() + " and cannot have branches of its own"
                    : " is the headquarters of branches and cannot become a branch")
                    + ": a group has two levels only (headquarters and branches)";
        }
    }

    /** The duplicate check: the new identity document is already registered to another customer. */
    record DocumentTaken(CustomerId customerId, CustomerId holder, DocumentKind kind) implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": the new " + kind + " is already registered to customer " + holder
                    + " (duplicate check): merge the two customers or put the other's document right first";
        }
    }

    /** A master-data change dated to take effect after it is recorded: a change is recorded once it holds. */
    record EffectiveAfterRecording(CustomerId customerId, String aspect, Instant effectiveFrom, Instant at)
            implements CustomerRejection {
        public String message() {
            return "customer " + customerId + ": the " + aspect + " change takes effect at " + effectiveFrom
                    + ", after it is recorded at " + at + ": record a change once it holds";
        }
    }
}
