package org.telecrm.privacy.access;

/** Why a requester may not see the data asked for: a typed value, never an exception. */
public sealed interface AccessRefused {

    Requester requester();

    DataTier tier();

    /** Which data was asked for: a customer's id, or the query ({@code "city 440100"}). */
    String target();

    String message();

    /** The data belongs to another province. */
    record OtherProvince(Requester requester, DataTier tier, String target) implements AccessRefused {
        public String message() {
            return requester.describe() + " may not see " + tier + " data of " + target + ": another province";
        }
    }

    /** Individual data of another city: it stays at city level. */
    record OtherCity(Requester requester, DataTier tier, String target) implements AccessRefused {
        public String message() {
            return requester.describe() + " may not see " + tier + " data of " + target + ": another city's";
        }
    }

    /** Individual data asked for at province level: it stays at city level (rules.md section 1). */
    record CityLevelData(Requester requester, DataTier tier, String target) implements AccessRefused {
        public String message() {
            return requester.describe() + " may not see " + tier + " data of " + target
                    + ": individual data stays at city level";
        }
    }

    /** An account manager asked for a customer they do not manage. */
    record NotTheirAccount(Requester requester, DataTier tier, String target) implements AccessRefused {
        public String message() {
            return requester.describe() + " may not see " + tier + " data of " + target + ": not their account";
        }
    }

    /**
     * A record (an account, a contract, an order) whose customer the store does not hold: where it lies cannot be
     * known, so no one is given it.
     */
    record OwnerUnknown(Requester requester, DataTier tier, String target) implements AccessRefused {
        public String message() {
            return requester.describe() + " may not see " + tier + " data of " + target
                    + ": its customer is not known, so neither is where its data lies";
        }
    }
}
