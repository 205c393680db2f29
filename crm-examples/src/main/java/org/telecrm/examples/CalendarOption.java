package org.telecrm.examples;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.telecrm.calendar.OfficialHolidays;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.files.CalendarFiles;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code --calendar FILE}, for every command that needs the working-day calendar: the official calendar the library
 * ships, extended by year schedules read from files or directories in the bundled JSON shape (rules.md section 6,
 * "A new year"). Repeatable; schedules of the same year are merged, as {@link WorkingDayCalendar#from} does.
 *
 * <pre>{@code
 * Either<String, WorkingDayCalendar> calendar = CalendarOption.calendar(options);   // Left: a sentence for stderr
 * CalendarOption.warnIfNearTheEnd(calendar.get(), latestDate, "crm settle", err);
 * }</pre>
 */
public final class CalendarOption {

    /** The option's name. */
    public static final String NAME = "--calendar";

    /**
     * How close to the calendar's last known day a run's dates may come before it warns: the State Council announces
     * the next year in November (the 2026 schedule on 2025-11-04), so a warning from early November leaves time to
     * supply it before any order's deadline lands in the new year.
     */
    public static final int WARN_DAYS_BEFORE_THE_END = 60;

    /** The lines of the option for a command's help text. */
    public static final String HELP = """
              --calendar FILE      a year schedule (JSON, the bundled shape) or a directory of them, added to the
                                   official calendar; repeatable. See docs/calendar.md, "Each November".""";

    private CalendarOption() {
    }

    /** The official calendar with every {@code --calendar} given; a bad file or a contradiction is a sentence. */
    public static Either<String, WorkingDayCalendar> calendar(Options options) {
        List<String> files = options.values(NAME);
        if (files.isEmpty()) {
            return Either.right(WorkingDayCalendar.official());
        }
        if (files.exists(String::isBlank)) {
            return Either.left(NAME + " needs a file or directory name");
        }
        return CalendarFiles.read(files.map(Path::of))
                .flatMap(source -> WorkingDayCalendar.from(OfficialHolidays.mainland(), source))
                .mapLeft(error -> NAME + ": " + error.message());
    }

    /**
     * Prints a warning on {@code err} when {@code latest} (the latest date a run deals with) comes within
     * {@link #WARN_DAYS_BEFORE_THE_END} days of the calendar's last known day, or passes it.
     *
     * @return whether it warned
     */
    public static boolean warnIfNearTheEnd(WorkingDayCalendar calendar, LocalDate latest, String command, PrintStream err) {
        LocalDate last = calendar.lastDay();
        if (latest.isBefore(last.minusDays(WARN_DAYS_BEFORE_THE_END))) {
            return false;
        }
        int next = last.getYear() + 1;
        err.println(command + ": warning: the working-day calendar knows days up to " + last + "; days of " + next
                + " are not yet known, so money on them is not settled. When the State Council announces " + next
                + ", write its schedule as JSON, check it with 'crm calendar check FILE' and pass it with "
                + "--calendar FILE (docs/calendar.md, \"Each November\").");
        return true;
    }
}
