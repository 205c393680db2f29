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

    /**
     * A batch job the library or the host runs for a province (the month-end): both tiers of that province's
     * customers, where the province's data is centralised (rules.md section 1), and nothing else. Its purpose is
     * stated in each {@code AccessRequest}'s why and every access is recorded like a person's.
     *
     * @param job what it is, e.g. {@code "month-end 2026-03"}; not blank
     */
    record SystemJob(String job, Province province) implements Requester {
        public SystemJob {
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(province, "province");
            if (job.isBlank()) {
                throw new IllegalArgumentException("a system job is named, was blank");
            }
        }

        public String describe() {
            return "system-job " + job + "@" + province.code();
        }
    }
}
