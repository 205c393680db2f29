package org.telecrm.testing;

import org.telecrm.customer.CustomerId;
import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PurposeRegister;

import java.time.Instant;

/** Purpose registers for tests whose subject is not the purpose check itself. */
public final class Purposes {

    /** Long before any test's commands. */
    public static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private Purposes() {
    }

    /** A register that allows the return visit on the customer's service contract since {@link #LONG_AGO}. */
    public static PurposeRegister returnVisitsAllowed(CustomerId customer) {
        return PurposeRegister.empty(customer).hold(PersonalDataUse.RETURN_VISIT.purpose(),
                PersonalDataUse.RETURN_VISIT.information().toJavaSet(), new LawfulBasis.Contract("service contract"),
                LONG_AGO).get().state();
    }
}
