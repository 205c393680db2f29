package org.telecrm.customer.star;

import io.vavr.collection.Set;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.util.Objects;

/**
 * What one star level entitles a key account to (rules.md sections 3 and 4): plan items, basic services,
 * response and restoration time targets, account-manager visits and dispatch priority.
 *
 * <pre>{@code
 * StarEntitlements five = StarServiceTable.SAMPLE.entitlementsOf(StarLevel.FIVE_STARS);
 * five.responseTarget();    // PT15M
 * five.visitsPerYear();     // 52
 * }</pre>
 *
 * @param star              the level these entitlements are for
 * @param planItems         the star-service plan items included
 * @param basicServices     the basic services included
 * @param responseTarget    the longest time to respond to a request or fault report; positive
 * @param restorationTarget the longest time to restore service after a fault; positive
 * @param visitsPerYear     account-manager visits a year; not negative
 * @param dispatchPriority  how early the customer's work items are dispatched, higher first; at least 1, so every
 *                          key account comes before customers without stars ("zero delay", rules.md section 4)
 */
@ValueObject
public record StarEntitlements(StarLevel star, Set<PlanItem> planItems, Set<BasicService> basicServices,
                               Duration responseTarget, Duration restorationTarget, int visitsPerYear,
                               int dispatchPriority) {

    public StarEntitlements {
        Objects.requireNonNull(star, "star");
        Objects.requireNonNull(planItems, "planItems");
        Objects.requireNonNull(basicServices, "basicServices");
        Objects.requireNonNull(responseTarget, "responseTarget");
        Objects.requireNonNull(restorationTarget, "restorationTarget");
    }

    public String describe() {
        return star + ": plan " + planItems.mkString(", ") + "; basic " + basicServices.mkString(", ")
                + "; respond within " + responseTarget + ", restore within " + restorationTarget
                + "; " + visitsPerYear + " visits a year; dispatch priority " + dispatchPriority;
    }
}
