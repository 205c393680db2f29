package org.telecrm.persistence.access;

import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.Lifecycle;
import org.telecrm.customer.region.CityCode;

/**
 * A customer's shared data, centralised at province level (rules.md section 1): who it is, where, its grade and
 * manager; its identity document masked; no contacts, file or churn warning (individual data, kept at city level).
 *
 * @param version the stored version it was read at
 */
public record SharedCustomer(CustomerId id, CustomerGroup group, String name, String maskedDocument, CityCode city,
                             Lifecycle.Stage stage, Option<KeyAccountGrade> grade,
                             Option<AccountManagerId> currentManager, long version) {

    static SharedCustomer of(Customer c, long version) {
        return new SharedCustomer(c.getId(), c.group(), c.name(), c.document().masked(), c.city(), c.stage(),
                c.grade().map(g -> g.grade()), c.currentManager(), version);
    }
}
