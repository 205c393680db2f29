package org.telecrm.customer.aggregate;

import io.vavr.control.Either;
import org.telecrm.kernel.Changed;

import static org.junit.jupiter.api.Assertions.fail;

/** Unwraps an accepted command in tests. */
final class Accepted {

    private Accepted() {
    }

    /** The result of an accepted command; fails the test with the rejection's message otherwise. */
    static Changed<Customer, CustomerEvent> accepted(Either<CustomerRejection, Changed<Customer, CustomerEvent>> result) {
        if (result.isLeft()) {
            fail("rejected: " + result.getLeft().message());
        }
        return result.get();
    }
}
