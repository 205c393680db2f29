package org.telecrm.customer.star;

import io.vavr.control.Option;

/**
 * The star level of a key account's service (大客户星级服务标准, rules.md section 3): 1 to 5 stars, more stars
 * more service. By default a grade nA gets n stars ({@link StarServiceTable#SAMPLE}).
 *
 * <pre>{@code
 * StarLevel.of(4).get();        // FOUR_STARS
 * StarLevel.FOUR_STARS.stars(); // 4
 * }</pre>
 */
public enum StarLevel {
    ONE_STAR,
    TWO_STARS,
    THREE_STARS,
    FOUR_STARS,
    FIVE_STARS;

    /** The level of 1 to 5 stars, or none for any other number. */
    public static Option<StarLevel> of(int stars) {
        return stars >= 1 && stars <= values().length ? Option.some(values()[stars - 1]) : Option.none();
    }

    public int stars() {
        return ordinal() + 1;
    }

    /** How many stars this level is above another (negative when below). */
    public int starsAbove(StarLevel other) {
        return stars() - other.stars();
    }

    /** The level as an adjective: "3-star". */
    public String label() {
        return stars() + "-star";
    }

    @Override
    public String toString() {
        return stars() + (stars() == 1 ? " star" : " stars");
    }
}
