package org.telecrm.customer.aggregate;

import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;

import java.util.Objects;

/**
 * A customer's master data at one moment: name, city (hence province), identity document, postal address and the
 * installation address of each circuit. {@link Customer#masterData()} is the current one,
 * {@link Customer#masterDataAsOf} the one in effect at any earlier moment. Renders the document and the addresses
 * masked.
 *
 * @param name                  the customer's name
 * @param city                  the city the customer belongs to
 * @param document              the identity document
 * @param postalAddress         where post goes, if recorded
 * @param installationAddresses where each circuit is installed, by circuit
 */
@ValueObject
public record MasterData(String name, CityCode city, IdentityDocument document, Option<Address> postalAddress,
                         SortedMap<CircuitRef, Address> installationAddresses) {

    public MasterData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(postalAddress, "postalAddress");
        Objects.requireNonNull(installationAddresses, "installationAddresses");
    }

    /** Derived from the city code. */
    public Province province() {
        return city.province();
    }

    MasterData withName(String next) {
        return new MasterData(next, city, document, postalAddress, installationAddresses);
    }

    MasterData withCity(CityCode next) {
        return new MasterData(name, next, document, postalAddress, installationAddresses);
    }

    MasterData withDocument(IdentityDocument next) {
        return new MasterData(name, city, next, postalAddress, installationAddresses);
    }

    MasterData withPostalAddress(Option<Address> next) {
        return new MasterData(name, city, document, next, installationAddresses);
    }

    MasterData withInstallationAddress(CircuitRef circuit, Option<Address> next) {
        return new MasterData(name, city, document, postalAddress, next.fold(
                () -> installationAddresses.remove(circuit), a -> installationAddresses.put(circuit, a)));
    }
}
