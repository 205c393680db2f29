package org.telecrm.calendar.files;

import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.CalendarSource;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.YearSchedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar parser under fuzz (issue 17): the shipped year files with random byte mutations, and random bytes,
 * never make {@link YearSchedule#parseJson(byte[], String)} or {@link CalendarFiles#read(Path)} throw; every answer
 * is a typed {@link CalendarError} naming where, or a schedule that its own validation accepts and a calendar can be
 * built from.
 */
class CalendarJsonFuzzTest {

    private static final List<byte[]> SHIPPED = List.of(shipped(2023), shipped(2024), shipped(2025), shipped(2026));

    private static byte[] shipped(int year) {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream("official/" + year + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One mutation of a file's bytes: a byte replaced, removed or inserted, or a span cut out or repeated. */
    record Mutation(int kind, int at, int length, byte value) {
        byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return new byte[] {value};
            }
            int i = Math.floorMod(at, bytes.length);
            int span = Math.min(length, bytes.length - i);
            byte[] out;
            switch (kind) {
                case 0 -> {
                    out = bytes.clone();
                    out[i] = value;
                }
                case 1 -> out = splice(bytes, i, 1, new byte[0]);
                case 2 -> out = splice(bytes, i, 0, new byte[] {value});
                case 3 -> out = splice(bytes, i, span, new byte[0]);
                default -> out = splice(bytes, i, 0, java.util.Arrays.copyOfRange(bytes, i, i + span));
            }
            return out;
        }

        private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
            byte[] out = new byte[bytes.length - remove + insert.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(insert, 0, out, at, insert.length);
            System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
            return out;
        }
    }

    @Property(tries = 2000)
    void aMutatedYearFileIsAValidScheduleOrATypedRefusal(@ForAll("files") byte[] file,
                                                         @ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = file;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        assertValidOrTyped(YearSchedule.parseJson(bytes, "fuzzed.json"));
    }

    @Property(tries = 500)
    void randomBytesAreRefusedTyped(@ForAll("noise") byte[] bytes) {
        assertValidOrTyped(YearSchedule.parseJson(bytes, "noise.json"));
    }

    @Property(tries = 200)
    void aMutatedFileOnDiskIsReadOrRefusedTypedNeverThrown(@ForAll("files") byte[] file,
                                                           @ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        byte[] bytes = file;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        Path dir = Files.createTempDirectory("calendar-fuzz");
        try {
            Path path = Files.write(dir.resolve("2027.json"), bytes);
            Either<CalendarError, CalendarSource> read = CalendarFiles.read(path);
            read.forEach(source -> source.yearSchedules().forEach(s -> assertValidOrTyped(Either.right(s))));
            read.swap().forEach(error -> assertTrue(error.message().contains("2027.json"), error::message));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** A refusal is a typed error naming where; a schedule is one its own validation accepts, usable by a calendar. */
    private static void assertValidOrTyped(Either<CalendarError, YearSchedule> read) {
        if (read.isLeft()) {
            CalendarError error = read.getLeft();
            assertTrue(error.message() != null && !error.message().isBlank());
            return;
        }
        YearSchedule s = read.get();
        assertEquals(Either.right(s), YearSchedule.of(s.year(), s.source(), s.offDays(), s.makeupWorkdays()),
                "the parser accepts only what validation accepts");
        WorkingDayCalendar calendar = WorkingDayCalendar.from(() -> io.vavr.collection.List.of(s)).get();
        LocalDate first = LocalDate.of(s.year(), 1, 1);
        for (int d = 0; d < 7; d++) {
            calendar.isWorkingDay(first.plusDays(d));
        }
    }

    @Provide
    Arbitrary<byte[]> files() {
        return Arbitraries.of(SHIPPED);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of("{}[]\",:-0123456789eE.\\ ntfu".chars().mapToObj(c -> (byte) c).toList()),
                Arbitraries.of((byte) 0, (byte) 0xC0, (byte) 0xAF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF));
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(1, 60), interesting).as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }
}
