package org.telecrm.account;

/**
 * The lifecycle of a billing account, and which state may follow which.
 *
 * <pre>{@code
 *            over the limit: the dunning steps, as their delays pass (DunningSchedule)
 *   ACTIVE  --> REMINDED --> PARTIALLY_SUSPENDED --> SUSPENDED_FOR_ARREARS
 *     ^            |                |                        |
 *     +------------+----------------+------------------------+
 *            a credit (payment) brings the balance back within the limit
 *
 *   every state but CLOSED --- close, balance settled (zero) ---> CLOSED
 * }</pre>
 *
 * <p>The dunning states and re-opening are never commands: the arrears rule makes them (seed 000: no staff step).
 * While over the limit the stage only rises (a step is skipped when a later one is already due); it falls back to
 * {@code ACTIVE} only when the arrears clear. {@code CLOSED} is final. The default {@link DunningSchedule#SINGLE_STEP}
 * has neither reminder nor partial suspension, so an account on it goes from {@code ACTIVE} straight to
 * {@code SUSPENDED_FOR_ARREARS}.
 *
 * <pre>{@code
 * AccountState.ACTIVE.canBecome(AccountState.CLOSED);                        // true
 * AccountState.CLOSED.canBecome(AccountState.ACTIVE);                        // false
 * AccountState.PARTIALLY_SUSPENDED.isRestricted();                           // true: outgoing service stopped
 * }</pre>
 */
public enum AccountState {
    /** Open for service and postings. */
    ACTIVE("active"),
    /** Reminded of its arrears (催缴): still in full service. */
    REMINDED("reminded of arrears"),
    /** Partially suspended for arrears (单停): outgoing service stopped, postings taken. */
    PARTIALLY_SUSPENDED("partially suspended for arrears"),
    /** Suspended for arrears (欠费停机, 双停): service stopped, postings still taken, re-opened when the arrears clear. */
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

    /** True for a stage of dunning that restricts service: partially or fully suspended. */
    public boolean isRestricted() {
        return this == PARTIALLY_SUSPENDED || this == SUSPENDED_FOR_ARREARS;
    }

    /** True for a stage of dunning: reminded, partially or fully suspended. */
    public boolean isDunning() {
        return this == REMINDED || isRestricted();
    }

    /** Whether the lifecycle allows going from this state to {@code next}. */
    public boolean canBecome(AccountState next) {
        if (this == CLOSED || next == this) {
            return false;
        }
        // the stages rise while over the limit; any of them falls back to ACTIVE when the arrears clear
        return next == CLOSED || next == ACTIVE || next.ordinal() > ordinal();
    }
}
