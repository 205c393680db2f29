package org.telecrm.examples.settle;

import io.vavr.control.Option;

/**
 * Why one input line cannot be settled: every problem found on it, joined by {@code "; "}, and its order
 * identifier when that much could be read (so an operator can find the order without counting lines). A line whose
 * money is {@code notYetKnown} is not wrong: it waits for a year's calendar (rules.md section 6).
 */
record LineProblem(Option<String> orderId, String message, boolean notYetKnown) {

    LineProblem(Option<String> orderId, String message) {
        this(orderId, message, false);
    }
}
