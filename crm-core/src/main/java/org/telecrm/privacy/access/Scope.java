package org.telecrm.privacy.access;

import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;

import java.util.Objects;

/**
 * Where data lies, as the policy needs to know it: one customer (its city and current manager), every customer of a
 * city, of a province, or of an account manager.
 */
public sealed interface Scope {

    /** What an audit record and a refusal name. */
    String describe();

    /** One customer. */
    record OfCustomer(String customer, CityCode city, Option<AccountManagerId> manager) implements Scope {
        public OfCustomer {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(manager, "manager");
        }

        public String describe() {
            return "customer " + customer;
        }
    }

    /** Every customer of a city. */
    record OfCity(CityCode city) implements Scope {
        public String describe() {
            return "city " + city.code();
        }
    }

    /** Every customer of a province. */
    record OfProvince(Province province) implements Scope {
        public String describe() {
            return "province " + province.code();
        }
    }

    /** Every customer an account manager manages. */
    record OfManager(AccountManagerId manager) implements Scope {
        public String describe() {
            return "manager " + manager.value();
        }
    }
}
