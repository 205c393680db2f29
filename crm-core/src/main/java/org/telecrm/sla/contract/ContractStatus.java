package org.telecrm.sla.contract;

import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an SLA contract is in its life. Every state after the draft carries the signing, so a contract that has been
 * active can never lose the record of who signed it and when.
 *
 * <pre>{@code
 * Draft --activate(signing)--> Active <--suspend / resume--> Suspended
 * Active, Suspended --terminate(on, reason)--> Terminated
 * Active, Suspended --expire(on, after the validity period)--> Expired
 * }</pre>
 */
public sealed interface ContractStatus {

    Kind kind();

    /** The signing, for every state but the draft. */
    Option<ContractSigning> signing();

    /** The states' names. */
    enum Kind { DRAFT, ACTIVE, SUSPENDED, TERMINATED, EXPIRED }

    /** Being drafted: circuits and terms may change; nothing is owed yet. */
    record Draft() implements ContractStatus {
        public Kind kind() {
            return Kind.DRAFT;
        }

        public Option<ContractSigning> signing() {
            return Option.none();
        }
    }

    /** Signed by both sides and in force. */
    record Active(ContractSigning signed) implements ContractStatus {
        public Active {
            Objects.requireNonNull(signed, "signed");
        }

        public Kind kind() {
            return Kind.ACTIVE;
        }

        public Option<ContractSigning> signing() {
            return Option.some(signed);
        }
    }

    /** Suspended since a day, for a reason; claims for breaches already incurred can still be raised and settled. */
    record Suspended(ContractSigning signed, LocalDate since, String reason) implements ContractStatus {
        public Suspended {
            Objects.requireNonNull(signed, "signed");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(reason, "reason");
        }

        public Kind kind() {
            return Kind.SUSPENDED;
        }

        public Option<ContractSigning> signing() {
            return Option.some(signed);
        }
    }

    /** Ended early on a day, for a reason; the contract covers nothing after that day. */
    record Terminated(ContractSigning signed, LocalDate on, String reason) implements ContractStatus {
        public Terminated {
            Objects.requireNonNull(signed, "signed");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }

        public Kind kind() {
            return Kind.TERMINATED;
        }

        public Option<ContractSigning> signing() {
            return Option.some(signed);
        }
    }

    /** Ran to the end of its validity period; recorded on a day after it. */
    record Expired(ContractSigning signed, LocalDate on) implements ContractStatus {
        public Expired {
            Objects.requireNonNull(signed, "signed");
            Objects.requireNonNull(on, "on");
        }

        public Kind kind() {
            return Kind.EXPIRED;
        }

        public Option<ContractSigning> signing() {
            return Option.some(signed);
        }
    }
}
