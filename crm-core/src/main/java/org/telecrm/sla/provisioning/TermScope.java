package org.telecrm.sla.provisioning;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

/**
 * Which rows of the tariff (product x class) a contract clause applies to: all, one product, one class, or
 * one row.
 */
@ValueObject
public record TermScope(Option<Product> product, Option<ProvisioningClass> provisioningClass) {

    public static TermScope everyRow() {
        return new TermScope(Option.none(), Option.none());
    }

    public static TermScope product(Product product) {
        return new TermScope(Option.some(product), Option.none());
    }

    public static TermScope provisioningClass(ProvisioningClass provisioningClass) {
        return new TermScope(Option.none(), Option.some(provisioningClass));
    }

    public static TermScope row(Product product, ProvisioningClass provisioningClass) {
        return new TermScope(Option.some(product), Option.some(provisioningClass));
    }

    public boolean covers(Product p, ProvisioningClass c) {
        return product.forAll(p::equals) && provisioningClass.forAll(c::equals);
    }

    /** 0 for every row, 1 for a product or a class, 2 for one row: the more specific clause prevails. */
    int specificity() {
        return (product.isDefined() ? 1 : 0) + (provisioningClass.isDefined() ? 1 : 0);
    }

    @Override
    public String toString() {
        if (product.isEmpty() && provisioningClass.isEmpty()) {
            return "every product and class";
        }
        return product.map(Enum::name).getOrElse("every product") + "/"
                + provisioningClass.map(Enum::name).getOrElse("every class");
    }
}
