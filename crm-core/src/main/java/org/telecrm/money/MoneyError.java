package org.telecrm.money;

/** Why a text or a value is not an acceptable amount of money. */
public sealed interface MoneyError {

    /** A sentence that says what is wrong, fit for an operator. */
    String message();

    record NotAnAmount(String text) implements MoneyError {
        public String message() {
            return "'" + text + "' is not a decimal amount of yuan";
        }
    }

    record FinerThanFen(String text) implements MoneyError {
        public String message() {
            return "'" + text + "' is finer than a fen (at most two decimals)";
        }
    }

    record OutOfRange(String text) implements MoneyError {
        public String message() {
            return "'" + text + "' is too large an amount";
        }
    }

    record Negative(Money amount) implements MoneyError {
        public String message() {
            return "must not be negative, was " + amount.toPlainString();
        }
    }

    /**
     * A computation's exact result lies outside what an amount can hold (about 92 million million yuan either
     * way); {@code operation} says which, e.g. {@code "92233720368547758.07 x 150%"}.
     */
    record Overflow(String operation) implements MoneyError {
        public String message() {
            return operation + " is beyond the largest amount (" + Money.MAX.toPlainString() + " yuan either way)";
        }
    }
}
