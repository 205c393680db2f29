package org.telecrm.customer.star;

import org.telecrm.kernel.FieldError;

/**
 * Why a star-service table or a service request was refused. Every error names the field it is about.
 *
 * <pre>{@code
 * StarLevelService.of(table).fold(errors -> errors.map(StarServiceError::message), ok -> List.empty());
 * // e.g. "pricing.surchargePercentPerStar must not be negative, was -10%"
 * }</pre>
 */
public sealed interface StarServiceError extends FieldError {

    /** The field the problem is in, e.g. {@code "entitlements.FOUR_STARS.planItems"} or {@code "itemPrice"}. */
    String field();

    /** A sentence that says what is wrong, naming the field. */
    String message();

    /** A table that must have an entry for every grade or star lacks one. */
    record Missing(String field) implements StarServiceError {
        public String message() {
            return field + " is missing: the table must have an entry for it";
        }
    }

    /** An entry filed under one star that describes another. */
    record Misfiled(String field, StarLevel filedUnder, StarLevel describes) implements StarServiceError {
        public String message() {
            return field + " is " + describes.name() + " but is filed under " + filedUnder.name();
        }
    }

    /** A setting that must be positive (a time target, a dispatch priority). */
    record NotPositive(String field, String was) implements StarServiceError {
        public String message() {
            return field + " must be positive, was " + was;
        }
    }

    /** A setting or an amount that may not be negative (a surcharge, a discount reduction, visits, a price). */
    record Negative(String field, String was) implements StarServiceError {
        public String message() {
            return field + " must not be negative, was " + was;
        }
    }

    /**
     * A higher star (or grade) that is worse off than the one below it: fewer plan items or basic services, a
     * slower target, fewer visits, a lower dispatch priority, or a higher grade on fewer stars.
     */
    record WorseThanLower(String field, String problem) implements StarServiceError {
        public String message() {
            return field + " " + problem + ": a higher level must never have less than the one below it";
        }
    }

    /** A rounding that cannot round. */
    record RoundingUnnecessary(String field) implements StarServiceError {
        public String message() {
            return field + " must name a rounding; UNNECESSARY cannot round a fraction of a fen";
        }
    }

    /** A discount above 100%. */
    record DiscountAboveWhole(String field, String was) implements StarServiceError {
        public String message() {
            return field + " must be at most 100%, was " + was;
        }
    }

    /** An item that no star level includes, so it has no required level and no price rule. */
    record NotOffered(ServiceItem item) implements StarServiceError {
        public String field() {
            return "item";
        }

        public String message() {
            return "item: " + item.describe() + " is not included at any star level of the table";
        }
    }

    /**
     * A price effect beyond the largest amount ({@code org.telecrm.money.Money#MAX}): the item's price with its
     * surcharge, or the discount's fall on its base, cannot be stated exactly.
     */
    record TooLarge(String field, String problem) implements StarServiceError {
        public String message() {
            return field + ": " + problem;
        }
    }
}
