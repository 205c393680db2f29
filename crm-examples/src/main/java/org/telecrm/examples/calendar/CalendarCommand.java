package org.telecrm.examples.calendar;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.CalendarSource;
import org.telecrm.calendar.OfficialHolidays;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.YearSchedule;
import org.telecrm.calendar.files.CalendarFiles;
import org.telecrm.examples.Crm;
import org.telecrm.examples.Options;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * {@code crm calendar check FILE...}: what an operator runs on a new year's schedule before supplying it with
 * {@code --calendar} (docs/calendar.md, "Each November"). Each file (or directory of files) is read as {@code --calendar}
 * reads it, checked against the weekday rules of rules.md section 6 (a make-up working day is a Saturday or Sunday;
 * no day is both off and worked; dates within a year of the schedule's), then together with the official calendar
 * (the years contiguous; no day changed that the official calendar already knows, so orders pinned to it read the
 * extended calendar). Prints one line per year: its working days, days off and make-up days, and its source.
 */
public final class CalendarCommand {

    /** A schedule is invalid, or would change a day the official calendar knows. */
    public static final int INVALID = 2;

    public static final String HELP = """
            Usage: crm calendar check FILE...

            Checks year schedules (the bundled JSON shape, e.g.
              {"year": 2027, "source": "State Council notice ...", "offDays": ["2027-01-01", ...],
               "makeupWorkdays": ["2027-02-06", ...]}
            ) before they are supplied with crm settle --calendar FILE. FILE is a schedule or a directory of
            them (*.json). Checked: strict UTF-8 JSON of that shape; every date real and within a year of the
            schedule's year; make-up working days are Saturdays or Sundays; no day both off and worked; with the
            official calendar, the years contiguous and no day it already knows changed.
            Prints each year's working days, days off and make-up days, and its source, to compare with the notice.

            Exit codes:
              0   every schedule is valid and only adds years to the official calendar
              2   a schedule is invalid or changes a known day (the reason is on stderr)
              64  usage error
              1   writing the output failed
            """;

    private CalendarCommand() {
    }

    public static int run(List<String> args, OutputStream out, PrintStream err) {
        if (args.headOption().exists(a -> a.equals("--help") || a.equals("help"))) {
            return Crm.printHelp(HELP, out, err);
        }
        if (args.isEmpty() || !args.head().equals("check")) {
            err.println("crm calendar: " + (args.isEmpty() ? "a subcommand is required" : "unknown subcommand '" + args.head() + "'"));
            err.println("Usage: crm calendar check FILE... (crm calendar --help for more)");
            return Crm.USAGE;
        }
        List<String> files = args.tail();
        Either<String, Options> options = Options.parse(files.filter(a -> a.startsWith("--")), HashSet.empty(), HashSet.of("--help"));
        if (options.isLeft() || files.isEmpty()) {
            err.println("crm calendar check: " + (options.isLeft() ? options.getLeft() : "at least one FILE is required"));
            err.println("Usage: crm calendar check FILE... (crm calendar --help for more)");
            return Crm.USAGE;
        }
        if (options.get().has("--help")) {
            return Crm.printHelp(HELP, out, err);
        }
        boolean valid = true;
        List<CalendarSource> sources = List.empty();
        for (String file : files) {
            Either<String, CalendarSource> one = CalendarFiles.read(Path.of(file)).mapLeft(e -> e.message());
            if (one.isLeft()) {
                err.println("crm calendar check: invalid: " + one.getLeft());
                valid = false;
            } else {
                sources = sources.append(one.get());
            }
        }
        if (!valid) {
            return INVALID;
        }
        WorkingDayCalendar official = WorkingDayCalendar.official();
        Either<String, WorkingDayCalendar> combined = WorkingDayCalendar.from(List.<CalendarSource>of(OfficialHolidays.mainland())
                .appendAll(sources).toJavaArray(CalendarSource[]::new)).mapLeft(e -> "with the official calendar: " + e.message());
        if (combined.isLeft()) {
            err.println("crm calendar check: invalid: " + combined.getLeft());
            return INVALID;
        }
        Option<LocalDate> changed = combined.get().firstDisagreementWith(official);
        if (changed.isDefined()) {
            err.println("crm calendar check: invalid: changes " + changed.get() + ", which the official calendar ("
                    + official.firstDay() + " to " + official.lastDay() + ") already knows; a correction of a known year"
                    + " is a new calendar version that orders accepted before it do not read");
            return INVALID;
        }
        Seq<YearSchedule> supplied = sources.flatMap(CalendarSource::yearSchedules);
        PrintStream text = new PrintStream(out, false, StandardCharsets.UTF_8);
        for (int year : supplied.map(YearSchedule::year).distinct().sorted()) {
            YearSchedule merged = combined.get().schedules().find(s -> s.year() == year).get();
            LocalDate first = LocalDate.of(year, 1, 1);
            int working = combined.get().workingDaysBetween(first, LocalDate.of(year, 12, 31)).get()
                    + (combined.get().isWorkingDay(first).get() ? 1 : 0);
            long weekdaysOff = merged.offDays().count(d -> d.getYear() == year && !weekend(d));
            text.println(year + ": valid; " + working + " working days; " + merged.offDays().size() + " days off ("
                    + weekdaysOff + " on weekdays); " + merged.makeupWorkdays().size() + " make-up working days ("
                    + merged.makeupWorkdays().map(d -> d + " " + d.getDayOfWeek().toString().toLowerCase()).mkString(", ")
                    + "); source: " + merged.source());
        }
        text.println("calendar with these: " + combined.get().firstDay() + " to " + combined.get().lastDay()
                + ", a compatible successor of the official calendar; supply with --calendar "
                + files.mkString(" --calendar "));
        text.flush();
        if (text.checkError()) {
            err.println("crm calendar check: I/O failure writing the output");
            return Crm.IO_FAILURE;
        }
        return 0;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
