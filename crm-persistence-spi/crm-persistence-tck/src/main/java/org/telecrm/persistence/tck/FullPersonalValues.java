package org.telecrm.persistence.tck;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;

/**
 * For an adapter's architecture test: a call that reads a full identity number, phone number or e-mail address (the
 * {@code unmasked...} accessors of {@code org.telecrm.customer.identity} and {@code .contact}). A store seals and
 * opens through the SPI's mapping and cipher and never needs one.
 *
 * <pre>{@code
 * noClasses().should().callMethodWhere(FullPersonalValues.READ).check(adapterClasses);
 * }</pre>
 */
public final class FullPersonalValues {

    public static final DescribedPredicate<JavaMethodCall> READ =
            DescribedPredicate.describe("reads a full personal value (unmasked...)", call -> {
                String owner = call.getTarget().getOwner().getPackageName();
                return call.getTarget().getName().startsWith("unmasked")
                        && (owner.equals("org.telecrm.customer.identity") || owner.equals("org.telecrm.customer.contact"));
            });

    private FullPersonalValues() {
    }
}
