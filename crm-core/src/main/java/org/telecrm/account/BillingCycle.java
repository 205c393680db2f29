package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An account's billing cycle: monthly cycles that start on the same day of every month, in the account's time zone.
 *
 * <p>"Which cycle does this date fall in" is a pure function, {@link #cycleOf(LocalDate)}: a date on or after the
 * start day of its month is in the cycle that started that month, an earlier date in the one that started the
 * month before. Cycles follow each other without gap or overlap. An instant (when an entry was posted) falls in the
 * cycle of its local date in {@link #zone()}.
 *
 * <p>The start day is 1 to 28 ({@link #MAX_START_DAY}), so every month has it; a cycle from the 15th runs from the
 * 15th to the 14th of the next month.
 *
 * <pre>{@code
 * BillingCycle cycle = BillingCycle.monthlyFromDay(15);      // time zone Asia/Shanghai
 * cycle.cycleOf(LocalDate.of(2026, 7, 14));                  // 2026-06-15..2026-07-14
 * cycle.cycleOf(LocalDate.of(2026, 7, 15));                  // 2026-07-15..2026-08-14
 * cycle.cycleOf(Instant.parse("2026-07-14T16:30:00Z"));      // 2026-07-15..: already the 15th in Shanghai
 * }</pre>
 *
 * @param startDay the day of the month each cycle starts on, 1 to 28
 * @param zone     the time zone that turns posting instants into dates
 */
@ValueObject
public record BillingCycle(int startDay, ZoneId zone) {

    /** The latest day of the month a cycle may start on: every month has a 28th. */
    public static final int MAX_START_DAY = 28;

    /**
     * The time zone of mainland China (UTC+8 all year). <b>Library default</b>: the seeds are Chinese operators'
     * (rules.md); a host elsewhere sets its own.
     */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** <b>Library default</b> (rules.md gives no billing cycle): calendar months, from the 1st, in {@link #CHINA}. */
    public static final BillingCycle CALENDAR_MONTH = new BillingCycle(1, CHINA);

    public BillingCycle {
        Objects.requireNonNull(zone, "zone");
    }

    /** Monthly cycles from {@code startDay} in {@link #CHINA}. */
    public static BillingCycle monthlyFromDay(int startDay) {
        return new BillingCycle(startDay, CHINA);
    }

    /** The cycle a local date falls in; only for a cycle without {@link #problems()}. */
    public CyclePeriod cycleOf(LocalDate date) {
        LocalDate month = date.getDayOfMonth() >= startDay ? date : date.minusMonths(1);
        LocalDate start = month.withDayOfMonth(startDay);
        return new CyclePeriod(start, start.plusMonths(1));
    }

    /** The cycle an instant falls in: that of its local date in {@link #zone()}. */
    public CyclePeriod cycleOf(Instant instant) {
        return cycleOf(dateOf(instant));
    }

    /** The local date of an instant in {@link #zone()}. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** Every reason this cycle cannot be used, naming the field; empty when it can. */
    public Seq<TermProblem> problems() {
        return startDay >= 1 && startDay <= MAX_START_DAY ? List.empty()
                : List.of(new TermProblem("billingCycle.startDay", Integer.toString(startDay),
                "a day of the month from 1 to " + MAX_START_DAY));
    }
}
