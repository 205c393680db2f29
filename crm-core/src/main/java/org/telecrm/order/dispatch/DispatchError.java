package org.telecrm.order.dispatch;

import org.telecrm.order.OrderKind;

/**
 * Why a dispatch policy was refused. Every error names the field it is about.
 *
 * <pre>{@code
 * DispatchPolicy.of(StarLevelService.sample(), List.of(OrderKind.FAULT_REPORT)).getError().head().message();
 * // "kindOrder must rank every order kind; PROVISIONING is missing"
 * }</pre>
 */
public sealed interface DispatchError {

    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();

    /** The kind order leaves a kind out, so items of that kind could not be placed. */
    record MissingKind(OrderKind kind) implements DispatchError {
        public String field() {
            return "kindOrder";
        }

        public String message() {
            return "kindOrder must rank every order kind; " + kind + " is missing";
        }
    }

    /** The kind order ranks a kind more than once, so its rank is ambiguous. */
    record RepeatedKind(OrderKind kind, int times) implements DispatchError {
        public String field() {
            return "kindOrder";
        }

        public String message() {
            return "kindOrder must rank each order kind once; " + kind + " appears " + times + " times";
        }
    }
}
