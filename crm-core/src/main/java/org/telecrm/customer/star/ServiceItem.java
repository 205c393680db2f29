package org.telecrm.customer.star;

import java.time.Duration;
import java.util.Objects;

/**
 * A service a key account asks for. Each item is met by some star levels' entitlements; because entitlements
 * only grow with the stars, the levels that meet an item are all those from the lowest one up, and that lowest
 * level is the item's required star.
 *
 * <pre>{@code
 * ServiceItem expert = new ServiceItem.Plan(PlanItem.EXPERT);
 * ServiceItem fast = new ServiceItem.ResponseWithin(Duration.ofMinutes(30));
 * ServiceItem fiveStar = new ServiceItem.StarPackage(StarLevel.FIVE_STARS);
 * }</pre>
 */
public sealed interface ServiceItem {

    /** Whether a star level's entitlements include this item. */
    boolean isMetBy(StarEntitlements entitlements);

    /** The item as shown to an account manager. */
    String describe();

    /** A star-service plan item. */
    record Plan(PlanItem item) implements ServiceItem {
        public Plan {
            Objects.requireNonNull(item, "item");
        }

        public boolean isMetBy(StarEntitlements entitlements) {
            return entitlements.planItems().contains(item);
        }

        public String describe() {
            return "plan item " + item + " (" + item.chineseName() + ")";
        }
    }

    /** A basic service. */
    record Basic(BasicService service) implements ServiceItem {
        public Basic {
            Objects.requireNonNull(service, "service");
        }

        public boolean isMetBy(StarEntitlements entitlements) {
            return entitlements.basicServices().contains(service);
        }

        public String describe() {
            return "basic service " + service + " (" + service.chineseName() + ")";
        }
    }

    /** A response within a time. */
    record ResponseWithin(Duration target) implements ServiceItem {
        public ResponseWithin {
            Objects.requireNonNull(target, "target");
        }

        public boolean isMetBy(StarEntitlements entitlements) {
            return entitlements.responseTarget().compareTo(target) <= 0;
        }

        public String describe() {
            return "response within " + target;
        }
    }

    /** Restoration after a fault within a time. */
    record RestorationWithin(Duration target) implements ServiceItem {
        public RestorationWithin {
            Objects.requireNonNull(target, "target");
        }

        public boolean isMetBy(StarEntitlements entitlements) {
            return entitlements.restorationTarget().compareTo(target) <= 0;
        }

        public String describe() {
            return "restoration within " + target;
        }
    }

    /** A number of account-manager visits a year. */
    record VisitsPerYear(int visits) implements ServiceItem {
        public boolean isMetBy(StarEntitlements entitlements) {
            return entitlements.visitsPerYear() >= visits;
        }

        public String describe() {
            return visits + " account-manager visits a year";
        }
    }

    /** The whole service of a star level. */
    record StarPackage(StarLevel star) implements ServiceItem {
        public StarPackage {
            Objects.requireNonNull(star, "star");
        }

        public boolean isMetBy(StarEntitlements entitlements) {
            return entitlements.star().compareTo(star) >= 0;
        }

        public String describe() {
            return "the " + star + " service";
        }
    }
}
