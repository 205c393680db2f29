package org.telecrm.account;

/**
 * The lifecycle of a billing account, and which state may follow which.
 *
 * <pre>{@code
 *            balance owed above the credit limit past the grace period
 *   ACTIVE  ---------------------------------------------------------->  SUSPENDED_FOR_ARREARS
 *     |     <----------------------------------------------------------     |
 *     |            a credit (payment) brings it back within the limit        |
 *     |                                                                       |
 *     +---- close, balance settled (zero) ----> CLOSED <---- close, balance settled ----+
 * }</pre>
 *
 * <p>Suspension and re-opening are never commands: the arrears rule makes them (seed 000: no staff step).
 * {@code CLOSED} is final.
 *
 * <pre>{@code
 * AccountState.ACTIVE.canBecome(AccountState.CLOSED);   // true
 * AccountState.CLOSED.canBecome(AccountState.ACTIVE);   // false
 * }</pre>
 */
public enum AccountState {
    /** Open for service and postings. */
    ACTIVE("active"),
    /** Suspended for arrears (欠费停机): service stopped, postings still taken, re-opened when the arrears clear. */
    SUSPENDED_FOR_ARREARS("suspended for arrears"),
    /** Closed: final, takes no postings. */
    CLOSED("closed");

    private final String label;

    AccountState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the lifecycle allows going from this state to {@code next}. */
    public boolean canBecome(AccountState next) {
        return switch (this) {
            case ACTIVE -> next == SUSPENDED_FOR_ARREARS || next == CLOSED;
            case SUSPENDED_FOR_ARREARS -> next == ACTIVE || next == CLOSED;
            case CLOSED -> false;
        };
    }
}
