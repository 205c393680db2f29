package org.telecrm.customer.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.region.CityCode;

import java.util.Objects;

/**
 * What a customer registers with: its group, name, identity document and city. {@link Customer#register} checks it
 * (a name, and a document that fits the group); {@link DuplicateCheck#compare} compares two of them.
 *
 * <pre>{@code
 * Registration r = new Registration(CustomerGroup.KEY_ACCOUNT, "Shenzhen Harbour Logistics Co., Ltd.",
 *         UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0C").get(), CityCode.parse("440300").get());
 * r.toString();   // the document shows masked
 * }</pre>
 *
 * @param group    public, commercial or key account
 * @param name     the customer's name (a person's or an organisation's)
 * @param document the identity document: a person's for a public customer, a unified social credit code otherwise
 * @param city     the city the customer belongs to; its province follows from it
 */
@ValueObject
public record Registration(CustomerGroup group, String name, IdentityDocument document, CityCode city) {

    public Registration {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(city, "city");
    }

    /**
     * Whether the document fits the group: a public customer is a person (resident identity number or passport), a
     * commercial customer or key account an organisation (unified social credit code).
     */
    public static boolean fits(CustomerGroup group, IdentityDocument document) {
        return document.kind().identifiesAPerson() == (group == CustomerGroup.PUBLIC);
    }
}
