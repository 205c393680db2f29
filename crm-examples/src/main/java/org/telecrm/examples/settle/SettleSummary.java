package org.telecrm.examples.settle;

import io.vavr.control.Option;

import java.time.LocalDate;

/**
 * What one settle run did with its input lines.
 *
 * @param settled     lines that gave a result
 * @param rejected    lines that gave an error record
 * @param blank       whitespace-only lines, skipped
 * @param notYetKnown lines whose money needs a year the calendar does not know yet (rules.md section 6): settled
 *                    again once it is supplied
 * @param latestDate  the latest acceptance, completion or as-of date of the lines read, if any
 */
public record SettleSummary(long settled, long rejected, long blank, long notYetKnown, Option<LocalDate> latestDate) {

    @Override
    public String toString() {
        return settled + " settled, " + rejected + " rejected, " + (notYetKnown > 0 ? notYetKnown + " not yet known, " : "")
                + blank + " blank lines skipped";
    }
}
