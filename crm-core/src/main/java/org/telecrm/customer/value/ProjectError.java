package org.telecrm.customer.value;

/**
 * Why a project's cash flows cannot be assessed. Each error names the field, {@code cashFlows}.
 *
 * <pre>{@code
 * Irr.of(CashFlows.ofYuan(100, 50)).getLeft().message();   // "cashFlows never change sign (...)"
 * }</pre>
 */
public sealed interface ProjectError {

    /** The field the problem is in. */
    default String field() {
        return "cashFlows";
    }

    /** A sentence that says what is wrong, naming the field. */
    String message();

    record NoCashFlows() implements ProjectError {
        public String message() {
            return "cashFlows must not be empty";
        }
    }

    /** Nothing is invested, so a return on investment is undefined. */
    record NoOutflow() implements ProjectError {
        public String message() {
            return "cashFlows has no outflow: nothing is invested, so the return on investment is undefined";
        }
    }

    /** All flows are of one sign (or zero): no rate makes the net present value zero. */
    record NoSignChange() implements ProjectError {
        public String message() {
            return "cashFlows never change sign (all flows are of one sign, or zero): no rate makes the net present"
                    + " value zero, so the IRR does not exist";
        }
    }

    /**
     * The flows change sign more than once: by Descartes' rule of signs up to that many rates may make the net
     * present value zero, so no single IRR can be stated.
     */
    record SeveralSignChanges(int signChanges) implements ProjectError {
        public String message() {
            return "cashFlows change sign " + signChanges + " times: up to " + signChanges + " rates may make the net"
                    + " present value zero (Descartes' rule of signs), so the IRR is not stated; it is stated only"
                    + " for flows that change sign once, where exactly one rate does";
        }
    }
}
