package org.telecrm.architecture.planted;

import com.tngtech.archunit.base.DescribedPredicate;

/** A planted violation: domain code using a library other than the JDK, jMolecules and Vavr. */
public final class PlantedForeignLibrary {
    public DescribedPredicate<Object> anything() {
        return DescribedPredicate.alwaysTrue();
    }
}
