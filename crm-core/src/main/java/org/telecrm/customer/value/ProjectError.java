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
     * The flows change sign, yet no rate above -100% makes the net present value zero (e.g. -1, 3, -3: the NPV
     * never reaches zero), so no IRR exists.
     */
    record NoRate(int signChanges) implements ProjectError {
        public String message() {
            return "cashFlows change sign " + signChanges + " times but no rate above -100% makes the net present value"
                    + " zero, so the IRR does not exist";
        }
    }

    /**
     * Several rates make the net present value zero (counted exactly by Sturm's theorem), so no single IRR can be
     * stated; they are named, each as a fraction to {@value Irr#SCALE} decimals, in increasing order.
     */
    record SeveralRates(io.vavr.collection.List<java.math.BigDecimal> rates) implements ProjectError {
        public String message() {
            return "cashFlows have " + rates.size() + " rates that make the net present value zero ("
                    + rates.map(rate -> rate.movePointRight(2).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString() + "%")
                    .mkString(", ") + "), so no single IRR is stated";
        }
    }
}
