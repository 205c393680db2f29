package org.telecrm.sla.contract;

import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * Where one end of a circuit is: a city, a district or, for international bandwidth, a country or a point of
 * presence, as the resource system names it.
 *
 * <pre>{@code
 * Region aEnd = Region.of("Shenzhen Futian");
 * Region zEnd = Region.of("Hong Kong");
 * }</pre>
 */
@ValueObject
public record Region(String name) {

    public Region {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a region name must not be blank");
        }
    }

    public static Region of(String name) {
        return new Region(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
