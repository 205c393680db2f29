package org.telecrm.calendar;

import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The official mainland holidays and make-up working days the library owns as data: the State Council
 * announcements for 2023 to 2026, kept verbatim as JSON resources next to this class (listed in
 * {@code index.txt}, each naming its source notice).
 *
 * <p>This is the one place in crm-core that reads anything, and it reads only the library's own class-path
 * resources (the architecture test names it as the single exception). Broken bundled data is a defect of
 * the library, so it fails loudly instead of returning an error value.
 */
public final class OfficialHolidays implements CalendarSource {

    private static final String INDEX = "official/index.txt";
    private static final OfficialHolidays MAINLAND = new OfficialHolidays();

    private final Lazy<Seq<YearSchedule>> schedules = Lazy.of(OfficialHolidays::load);

    private OfficialHolidays() {
    }

    /** The State Council's national schedule, 2023-2026. */
    public static OfficialHolidays mainland() {
        return MAINLAND;
    }

    @Override
    public Seq<YearSchedule> yearSchedules() {
        return schedules.get();
    }

    private static Seq<YearSchedule> load() {
        return List.of(resource(INDEX).split("\n"))
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(file -> YearSchedule.parseJson(resource("official/" + file), "bundled calendar " + file)
                        .getOrElseThrow(error -> new IllegalStateException(error.message())));
    }

    private static String resource(String name) {
        try (InputStream in = OfficialHolidays.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled calendar resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("bundled calendar resource unreadable: " + name, unreadable);
        }
    }
}
