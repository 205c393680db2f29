package org.telecrm.calendar.files;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.CalendarSource;
import org.telecrm.calendar.YearSchedule;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link CalendarSource} read from files in the bundled JSON shape ({@link YearSchedule#parseJson(byte[], String)}):
 * how a host supplies a year the library does not ship (rules.md section 6, "A new year") without waiting for a
 * release. A path is one schedule file, or a directory whose {@code *.json} files are each a schedule (other files
 * are ignored).
 *
 * <p>This package is the only place in crm-core that reads files (the architecture test says so). Everything is read
 * and checked when the source is made, so a bad file is a typed error naming the file and what is wrong, before any
 * calendar is built from it; nothing is read later.
 *
 * <pre>{@code
 * CalendarSource next = CalendarFiles.read(Path.of("calendar/2027.json")).get();
 * WorkingDayCalendar calendar = WorkingDayCalendar.from(OfficialHolidays.mainland(), next).get();
 * }</pre>
 */
public final class CalendarFiles {

    /** More files than a directory of year schedules ever needs; refused rather than read. */
    public static final int MAX_FILES = 1000;

    private CalendarFiles() {
    }

    /** The schedules of {@code paths}, each a file or a directory, read now; the first problem is the error. */
    public static Either<CalendarError, CalendarSource> read(Iterable<Path> paths) {
        Seq<YearSchedule> all = List.empty();
        for (Path path : paths) {
            Either<CalendarError, Seq<YearSchedule>> one = schedules(path);
            if (one.isLeft()) {
                return Either.left(one.getLeft());
            }
            all = all.appendAll(one.get());
        }
        Seq<YearSchedule> read = all;
        return Either.right(() -> read);
    }

    /** The schedules of one file or directory. */
    public static Either<CalendarError, CalendarSource> read(Path path) {
        return read(List.of(path));
    }

    private static Either<CalendarError, Seq<YearSchedule>> schedules(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = List.empty();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.json")) {
                for (Path entry : entries) {
                    if (files.size() >= MAX_FILES) {
                        return unreadable(path, "holds more than " + MAX_FILES + " .json files");
                    }
                    files = files.prepend(entry);
                }
            } catch (IOException | SecurityException failure) {
                return unreadable(path, "cannot be listed: " + failure.getMessage());
            }
            if (files.isEmpty()) {
                return unreadable(path, "is a directory without .json files");
            }
            Seq<YearSchedule> read = List.empty();
            for (Path file : files.sorted()) {
                Either<CalendarError, YearSchedule> one = schedule(file);
                if (one.isLeft()) {
                    return Either.left(one.getLeft());
                }
                read = read.append(one.get());
            }
            return Either.right(read);
        }
        return schedule(path).map(List::of);
    }

    private static Either<CalendarError, YearSchedule> schedule(Path file) {
        if (!Files.isRegularFile(file)) {
            return unreadable(file, Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        try {
            long size = Files.size(file);
            if (size > YearSchedule.MAX_JSON_BYTES) {
                return unreadable(file, "is " + size + " bytes, more than the " + YearSchedule.MAX_JSON_BYTES
                        + " a year schedule may have");
            }
            return YearSchedule.parseJson(Files.readAllBytes(file), file.toString());
        } catch (IOException | SecurityException failure) {
            return unreadable(file, "cannot be read: " + failure.getMessage());
        }
    }

    private static <T> Either<CalendarError, T> unreadable(Path path, String problem) {
        return Either.left(new CalendarError.InvalidSchedule(path.toString(), problem));
    }
}
