package org.telecrm.persistence.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.calendar.WorkingHours;
import org.telecrm.money.Money;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.persistence.json.JsonTokens.Token;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * The generic codec: a {@link Codec} for any type the stored JSON holds, derived from the type itself. A record is an
 * object of its components, in their order (a sealed type's leading fields first), an empty {@code Option} left out;
 * a sealed type is an object whose discriminator names the subtype ({@link StoredNames}); an enum is its stored name;
 * a record of one {@code String} (an identifier) is that text; {@code Seq} an array; instants, durations, dates and
 * zones ISO-8601 text. A mapper overrides what its aggregate stores differently ({@link #override}).
 */
final class Codecs {

    /** A duplicated key is refused by the codecs themselves (see {@link #duplicate}). */
    static final JsonFactory FACTORY = new JsonFactory();

    private static final Map<Type, Codec<?>> DERIVED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Codec<?>> OVERRIDES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, String> REFUSED_AT = new ConcurrentHashMap<>();

    /** A limit in working hours stores its periods as {@code "08:30-12:00"} beside its duration. */
    record InWorkingHours(Duration duration, Seq<String> periods) {
    }

    static {
        // What is stored otherwise than its record says, and where a refusal is reported when not at the last field.
        override(TimeLimit.InWorkingHours.class, Codec.mapped(fields(InWorkingHours.class),
                limit -> new InWorkingHours(limit.duration(), limit.hours().periods().map(Object::toString)),
                stored -> new TimeLimit.InWorkingHours(stored.duration(),
                        new WorkingHours(stored.periods().map(Codecs::period).toList())), "periods"));
        refusedAt(Pause.class, "end");
        refusedAt(ClockBasis.class, "calendarVersion");
    }

    private Codecs() {
    }

    private static WorkingHours.Period period(String text) {
        String[] ends = text.split("-", -1);
        try {
            if (ends.length == 2) {
                return new WorkingHours.Period(java.time.LocalTime.parse(ends[0]), java.time.LocalTime.parse(ends[1]));
            }
        } catch (java.time.DateTimeException notATime) {
            // reported below, as any other malformed period
        }
        throw new IllegalArgumentException("a working period is HH:MM-HH:MM, was '" + text + "'");
    }


    /** Stores {@code type} with {@code codec} instead of the derived one. */
    private static <T> void override(Class<T> type, Codec<T> codec) {
        OVERRIDES.put(type, codec);
    }

    /** The codec {@code type} is stored with instead of the derived one, if any. */
    static Codec<?> overridden(Class<?> type) {
        return OVERRIDES.get(type);
    }

    /** The field named when {@code type}'s constructor refuses what was read: its last unless registered. */
    static String refusedField(Class<?> type, String last) {
        return REFUSED_AT.getOrDefault(type, last);
    }

    /** Names {@code field} in the error when {@code type}'s constructor refuses what was read (default: its last). */
    private static void refusedAt(Class<?> type, String field) {
        REFUSED_AT.put(type, field);
    }

    @SuppressWarnings("unchecked")
    static <T> Codec.Fields<T> fields(Class<T> type) {
        return (Codec.Fields<T>) of(type);
    }

    @SuppressWarnings("unchecked")
    static <T> Codec<T> of(Class<T> type) {
        return (Codec<T>) of((Type) type);
    }

    static Codec<?> of(Type type) {
        Codec<?> known = DERIVED.get(type);
        if (known == null) {
            known = derive(type);
            DERIVED.put(type, known);
        }
        return known;
    }

    private static Codec<?> derive(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Codec<?> element = of(parameterized.getActualTypeArguments()[0]);
            if (raw == Option.class) {
                return Codec.option(element);
            } else if (raw == Seq.class || raw == io.vavr.collection.List.class) {
                return Codec.seq(element);
            }
            throw new IllegalStateException("no stored form for " + type);
        }
        Class<?> c = (Class<?>) type;
        Codec<?> override = OVERRIDES.get(c);
        if (override != null) {
            return override;
        } else if (c == String.class) {
            return Codec.STRING;
        } else if (c == int.class || c == Integer.class) {
            return Codec.INT;
        } else if (c == long.class || c == Long.class) {
            return Codec.LONG;
        } else if (c == boolean.class || c == Boolean.class) {
            return Codec.BOOLEAN;
        } else if (c == Instant.class) {
            return Codec.text(Codecs::instant, Instant::toString, "an ISO-8601 instant such as 2026-07-01T01:00:00Z");
        } else if (c == Duration.class) {
            return Codec.text(Codecs::duration, Duration::toString, "an ISO-8601 duration such as PT72H");
        } else if (c == LocalDate.class) {
            return Codec.text(LocalDate::parse, LocalDate::toString, "an ISO-8601 date such as 2026-07-01");
        } else if (c == ZoneId.class) {
            return Codec.text(id -> ZONES.computeIfAbsent(id, ZoneId::of), ZoneId::getId,
                    "a time zone id such as Asia/Shanghai");
        } else if (c == Money.class) {
            return MONEY;
        } else if (c.isEnum()) {
            return constants(c);
        } else if (c.isSealed()) {
            return new SealedCodec<>(c);
        } else if (c.isRecord() && sealedRoot(c) != null) {
            return subtype(c, sealedRoot(c));
        } else if (c.isRecord() && c.getRecordComponents().length == 1
                && c.getRecordComponents()[0].getType() == String.class) {
            return identifier(c);
        } else if (c.isRecord()) {
            return new RecordCodec<>(c, List.of());
        }
        throw new IllegalStateException("no stored form for " + c.getName());
    }

    /**
     * An instant: the form the mapping writes (whole seconds, UTC) read without the general parser when it is plainly
     * valid (a day up to the 28th), anything else by {@link Instant#parse}, whose rules it keeps.
     */
    static Instant instant(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if ((year | month | day | hour | minute | second) >= 0 && month <= 12 && day <= 28 && hour < 24
                    && minute < 60 && second < 60) {
                return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L
                        + second);
            }
        }
        return Instant.parse(text);
    }

    /** The days from 1970-01-01 to a valid date of the proleptic Gregorian calendar (year 0 to 9999). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    /** The zones read so far: {@link ZoneId#of} checks the id's form by a regular expression each time. */
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    /**
     * A duration: whole hours, minutes or seconds ({@code PT2H}, as {@link Duration#toString} writes them) read
     * without the general parser's regular expression, anything else by {@link Duration#parse}.
     */
    static Duration duration(String text) {
        int length = text.length();
        if (length >= 4 && length <= 12 && text.startsWith("PT")) {
            int n = digits(text, 2, length - 3);
            char unit = text.charAt(length - 1);
            if (n >= 0) {
                if (unit == 'H') {
                    return Duration.ofHours(n);
                } else if (unit == 'M') {
                    return Duration.ofMinutes(n);
                } else if (unit == 'S') {
                    return Duration.ofSeconds(n);
                }
            }
        }
        return Duration.parse(text);
    }

    /** The number the {@code length} digits at {@code from} spell; -1 when one is not a digit. */
    private static int digits(String text, int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static <E> Codec<E> constants(Class<E> type) {
        Map<Enum<?>, String> names = StoredNames.constantsOf(type);
        if (names == null) {
            throw new IllegalStateException("no stored names for " + type.getName() + ": add them to StoredNames");
        }
        E[] all = type.getEnumConstants();
        String[] byOrdinal = new String[all.length];
        Map<String, E> byName = new HashMap<>();
        for (E constant : all) {
            byOrdinal[((Enum<?>) constant).ordinal()] = names.get(constant);
            byName.put(names.get(constant), constant);
        }
        String expected = "one of " + String.join(", ", byOrdinal);
        Codec<E> byText = Codec.text(name -> {
            E constant = byName.get(name);
            if (constant == null) {
                throw new IllegalArgumentException(name);
            }
            return constant;
        }, constant -> byOrdinal[((Enum<?>) constant).ordinal()], expected);
        return new Codec<>() {
            @Override
            void write(JsonGenerator out, E value) throws IOException {
                byText.write(out, value);
            }

            @Override
            E read(JsonTokens in) {
                int ordinal = in.current() == Token.STRING ? in.textIn(byOrdinal) : -1;   // compared in place
                return ordinal >= 0 ? all[ordinal] : byText.read(in);
            }
        };
    }

    private static <T> Codec<T> identifier(Class<T> type) {
        Constructor<T> constructor = canonical(type);
        Method value = accessible(type.getRecordComponents()[0].getAccessor());
        String words = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Codec.text(text -> construct(constructor, text), id -> (String) get(value, id),
                (words.matches("^[aeiou].*") ? "an " : "a ") + words + " (not blank)");
    }

    @SuppressWarnings("unchecked")
    static <T> Constructor<T> canonical(Class<T> type) {
        Class<?>[] types = Stream.of(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return accessible(type.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }

    static <A extends java.lang.reflect.AccessibleObject> A accessible(A member) {
        member.setAccessible(true);
        return member;
    }

    /** A new record; its constructor's refusal ({@code IllegalArgumentException}) propagates as such. */
    static <T> T construct(Constructor<T> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object get(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Money as the integer of its fen (docs/money-in-json.md); the field's name ends in {@code Fen}. */
    private static final Codec<Money> MONEY = new Codec<>() {
        @Override
        void write(JsonGenerator out, Money value) throws IOException {
            out.writeNumber(value.fen());
        }

        @Override
        Money read(JsonTokens in) {
            return Money.ofFen(Codec.LONG.read(in));
        }
    };

    /** The stored name of a record component: its own, with {@code Fen} after it when it holds money. */
    static String storedName(RecordComponent component) {
        Type type = component.getGenericType();
        boolean money = type == Money.class || type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == Money.class;
        return money ? component.getName() + "Fen" : component.getName();
    }

    /** The registered sealed type {@code type} is a subtype of, if any. */
    private static Class<?> sealedRoot(Class<?> type) {
        for (Class<?> parent : type.getInterfaces()) {
            if (parent.isSealed() && StoredNames.subtypesOf(parent) != null) {
                return parent;
            }
        }
        return null;
    }

    /** A field that holds one subtype of a sealed type: written as the sealed type, read only as that subtype. */
    @SuppressWarnings("unchecked")
    private static <T> Codec<T> subtype(Class<T> type, Class<?> root) {
        Codec.Fields<Object> sealed = (Codec.Fields<Object>) of(root);
        StoredNames.Sealed names = StoredNames.subtypesOf(root);
        return new Codec.Fields<>() {
            @Override
            void writeFields(JsonGenerator out, T value) throws IOException {
                sealed.writeFields(out, value);
            }

            @Override
            T readFields(JsonTokens in, List<String> consumed) {
                Object value = sealed.readFields(in, consumed);
                if (!type.isInstance(value)) {
                    throw new JsonFailure(new JsonError.Invalid(names.discriminator(),
                            names.names().get(value.getClass()), names.names().get(type)));
                }
                return (T) value;
            }
        };
    }

    /** The concrete classes of a sealed type: its permitted subtypes, a sealed one's own opened in turn. */
    static List<Class<?>> concrete(Class<?> type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        return Stream.of(type.getPermittedSubclasses()).flatMap(c -> concrete(c).stream()).toList();
    }

    /**
     * A key given twice (which of its values is meant?): refused, as the tree reader refused it. The codec checks this
     * itself, per object, rather than through Jackson's duplicate detection, which keeps a hash set for every object.
     */
    static JsonFailure duplicate(String name) {
        return new JsonFailure(new JsonError.Malformed("", "Duplicate field '" + name + "'"));
    }

    // ---- documents ----------------------------------------------------------------------------------------------

    /** A document: its {@code schemaVersion} first, then {@code value}'s fields. */
    static <T> String write(long schemaVersion, Codec.Fields<T> codec, T value) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.writeStartObject();
            out.writeNumberField(Json.SCHEMA_VERSION, schemaVersion);
            codec.writeFields(out, value);
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string does not fail", e);
        }
        return text.toString();
    }

    /**
     * The value of a document of a {@code readable} schema version ({@link JsonError.UnsupportedSchemaVersion} naming
     * {@code highest} otherwise), or why it cannot be read, naming the field. Read through the codec's own
     * {@link JsonScanner}; a document it finds malformed is read again through Jackson's parser, whose error (the one
     * this mapping has always given) is the answer.
     */
    static <T> Either<JsonError, T> read(String json, LongPredicate readable, long highest, Codec.Fields<T> codec) {
        if (json == null) {
            return Either.left(new JsonError.Malformed("$", "no text"));
        }
        try {
            return read(JsonScanner.of(json), readable, highest, codec);
        } catch (JsonScanner.Syntax malformed) {
            return readWithJackson(json, readable, highest, codec);
        }
    }

    /** As {@link #read}, through Jackson's streaming parser alone: the reference the scanner is held to. */
    static <T> Either<JsonError, T> readWithJackson(String json, LongPredicate readable, long highest,
                                                    Codec.Fields<T> codec) {
        if (json == null) {
            return Either.left(new JsonError.Malformed("$", "no text"));
        }
        return read(JacksonTokens.of(json), readable, highest, codec);
    }

    /**
     * As {@link #read}, through the scanner alone: a document it does not read is {@link JsonError.Malformed} with
     * the scanner's own words and location (for the tests that hold it to Jackson's parser).
     */
    static <T> Either<JsonError, T> readWithScannerAlone(String json, LongPredicate readable, long highest,
                                                         Codec.Fields<T> codec) {
        try {
            return read(JsonScanner.of(json), readable, highest, codec);
        } catch (JsonScanner.Syntax malformed) {
            return Either.left(new JsonError.Malformed("$", malformed.getMessage()));
        }
    }

    private static <T> Either<JsonError, T> read(JsonTokens in, LongPredicate readable, long highest,
                                                 Codec.Fields<T> codec) {
        try {
            if (in.next() != Token.START_OBJECT) {
                return Either.left(new JsonError.Malformed("$", "expected a JSON object"));
            }
            in.next();
            T value;
            if (in.current() == Token.FIELD_NAME && in.nameIs(Json.SCHEMA_VERSION)) {
                in.next();
                version(in, readable, highest);
                in.next();
                value = codec.readFields(in, List.of(Json.SCHEMA_VERSION));
            } else {
                value = versionLater(in.rest(), readable, highest, codec);
            }
            if (in.next() != Token.END) {
                return Either.left(new JsonError.Malformed("$", "more after the document"));
            }
            return Either.right(value);
        } catch (JsonFailure failure) {
            return Either.left(failure.error.field().isEmpty() ? Codec.under("$", failure).error : failure.error);
        } catch (JsonTokens.Unreadable e) {
            return Either.left(new JsonError.Malformed("$", e.getMessage()));
        }
    }

    private static <T> T versionLater(JsonTokens.Replay object, LongPredicate readable, long highest,
                                      Codec.Fields<T> codec) {
        boolean found = false;
        JsonTokens scan = object.open();
        for (Token token = scan.current(); !found && token == Token.FIELD_NAME; token = scan.next()) {
            found = scan.nameIs(Json.SCHEMA_VERSION);
            scan.next();
            if (found) {
                version(scan, readable, highest);
            }
            scan.skipChildren();
        }
        if (!found) {
            throw new JsonFailure(new JsonError.Missing(Json.SCHEMA_VERSION));
        }
        return codec.readFields(object.open(), null);
    }

    private static void version(JsonTokens in, LongPredicate readable, long highest) {
        long version;
        try {
            version = Codec.LONG.read(in);
        } catch (JsonFailure failure) {
            throw Codec.under(Json.SCHEMA_VERSION, failure);
        }
        if (!readable.test(version)) {
            throw new JsonFailure(new JsonError.UnsupportedSchemaVersion(Json.SCHEMA_VERSION, version, highest));
        }
    }
}
