package org.telecrm.privacy.access;

import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;

import java.util.Objects;

/** Who is asking for customer data: their role and where they work. */
public sealed interface Requester {

    /** How an audit record names them, e.g. {@code "city-staff S-1@440300"}. */
    String describe();

    /** Province-level staff: the province's shared data. */
    record ProvinceStaff(StaffId staff, Province province) implements Requester {
        public ProvinceStaff {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(province, "province");
        }

        public String describe() {
            return "province-staff " + staff.value() + "@" + province.code();
        }
    }

    /** City-level staff: their city's individual data and their province's shared data. */
    record CityStaff(StaffId staff, CityCode city) implements Requester {
        public CityStaff {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(city, "city");
        }

        public String describe() {
            return "city-staff " + staff.value() + "@" + city.code();
        }
    }

    /** An account manager: the customers they currently manage, both tiers. */
    record AccountManager(AccountManagerId manager) implements Requester {
        public AccountManager {
            Objects.requireNonNull(manager, "manager");
        }

        public String describe() {
            return "account-manager " + manager.value();
        }
    }
}
