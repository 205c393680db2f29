package org.telecrm.customer.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a customer is in its life, and since when. Each state offers exactly the transitions that are legal from
 * it, so an illegal transition cannot be written against a known state:
 *
 * <pre>
 *   Prospect --activate--> Active --fallDormant--> Dormant --reactivate--> Active
 *                          Active --churn--------> Churned --reactivate--> Active  (won back)
 *                                                  Dormant --churn-------> Churned
 * </pre>
 *
 * A prospect has never been a customer, so it can neither fall dormant nor churn. {@link Customer} asks for a
 * transition by the target {@link Stage}; when the current state offers none to it, the command is rejected with
 * {@link CustomerRejection.IllegalTransition} naming both stages.
 *
 * <pre>{@code
 * Lifecycle.Prospect p = new Lifecycle.Prospect(Instant.parse("2026-03-01T02:00:00Z"));
 * Lifecycle.Active a = p.activate(Instant.parse("2026-03-02T02:00:00Z"));
 * Lifecycle.Churned c = a.churn("moved to a rival carrier", Instant.parse("2026-09-30T02:00:00Z"));
 * c.reactivate(Instant.parse("2027-01-05T02:00:00Z")).stage();   // ACTIVE
 * }</pre>
 */
public sealed interface Lifecycle {

    Stage stage();

    /** When the customer entered this state. */
    Instant since();

    /** The stages, for events and rejections. */
    enum Stage {
        /** 潜在客户: registered, not yet served. */
        PROSPECT,
        /** Served and using its services. */
        ACTIVE,
        /** Still a customer, but not using its services (沉默客户). */
        DORMANT,
        /** Gone (流失客户); may be won back. */
        CHURNED
    }

    @ValueObject
    record Prospect(Instant since) implements Lifecycle {
        public Prospect {
            Objects.requireNonNull(since, "since");
        }

        public Stage stage() {
            return Stage.PROSPECT;
        }

        public Active activate(Instant at) {
            return new Active(at);
        }
    }

    @ValueObject
    record Active(Instant since) implements Lifecycle {
        public Active {
            Objects.requireNonNull(since, "since");
        }

        public Stage stage() {
            return Stage.ACTIVE;
        }

        public Dormant fallDormant(Instant at) {
            return new Dormant(at);
        }

        public Churned churn(String reason, Instant at) {
            return new Churned(at, reason);
        }
    }

    @ValueObject
    record Dormant(Instant since) implements Lifecycle {
        public Dormant {
            Objects.requireNonNull(since, "since");
        }

        public Stage stage() {
            return Stage.DORMANT;
        }

        public Active reactivate(Instant at) {
            return new Active(at);
        }

        public Churned churn(String reason, Instant at) {
            return new Churned(at, reason);
        }
    }

    /** @param reason why the customer left, as the host recorded it (e.g. the cancellation order) */
    @ValueObject
    record Churned(Instant since, String reason) implements Lifecycle {
        public Churned {
            Objects.requireNonNull(since, "since");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a churned customer's reason must not be blank");
            }
        }

        public Stage stage() {
            return Stage.CHURNED;
        }

        public Active reactivate(Instant at) {
            return new Active(at);
        }
    }
}
