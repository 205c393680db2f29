package org.telecrm.persistence.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.persistence.json.JsonTokens.Token;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.function.Function;

/**
 * How one Java type is written to and read from JSON: written through Jackson's generator, read from
 * {@link JsonTokens} (the codec's own {@link JsonScanner}, or Jackson's parser), no tree in between. {@link Codecs}
 * derives one for a record from its components, for a sealed type from its permitted subtypes and the names
 * {@link StoredNames} gives them, and for the plain values (text, numbers, instants, identifiers, enums, Vavr's
 * {@code Option} and {@code Seq}).
 *
 * <p>A fault is thrown as a {@link JsonFailure} whose error names the field relative to the value being read; each
 * enclosing object or array puts its own part in front ({@link #under}), so that the error that reaches the caller
 * names the path from the document root, and nothing is spent on paths while the document is sound.
 */
abstract class Codec<T> {

    /** Writes {@code value}. */
    abstract void write(JsonGenerator out, T value) throws IOException;

    /** Reads the value whose first token is the current one, leaving {@code in} on its last token. */
    abstract T read(JsonTokens in);

    /** Whether {@code value} is left out when it is a field's (an empty {@code Option}). */
    boolean absent(T value) {
        return false;
    }

    /** The value of a field that is absent or null; {@code null} when the field is required. */
    T whenMissing() {
        return null;
    }

    // ---- the parts every codec needs ----------------------------------------------------------------------------

    /** {@code failure} of a value read at {@code part} ({@code "name"} or {@code "[i]"}) of the enclosing value. */
    static JsonFailure under(String part, JsonFailure failure) {
        JsonError e = failure.error;
        String inner = e.field();
        String field = inner.isEmpty() ? part : inner.startsWith("[") ? part + inner : part + "." + inner;
        if (e instanceof JsonError.Missing) {
            return new JsonFailure(new JsonError.Missing(field));
        } else if (e instanceof JsonError.Invalid i) {
            return new JsonFailure(new JsonError.Invalid(field, i.was(), i.expected()));
        } else if (e instanceof JsonError.Malformed m) {
            return new JsonFailure(new JsonError.Malformed(field, m.detail()));
        } else if (e instanceof JsonError.NotOpened n) {
            return new JsonFailure(new JsonError.NotOpened(field, n.problem()));
        } else if (e instanceof JsonError.UnsupportedSchemaVersion u) {
            return new JsonFailure(new JsonError.UnsupportedSchemaVersion(field, u.found(), u.supported()));
        }
        return failure;   // NotRestorable: about the whole aggregate
    }

    static JsonFailure invalid(String was, String expected) {
        return new JsonFailure(new JsonError.Invalid("", was, expected));
    }

    /** What the current token holds, for an error text. */
    static String was(JsonTokens in) {
        Token token = in.current();
        if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
            in.skipChildren();
            return token == Token.START_OBJECT ? "an object" : "an array";
        }
        return token == Token.STRING ? "\"" + in.text() + "\"" : in.text();
    }

    static String string(JsonTokens in) {
        if (in.current() != Token.STRING) {
            throw invalid(was(in), "a string");
        }
        return in.text();
    }

    // ---- plain values -------------------------------------------------------------------------------------------

    /** Text turned into a value by {@code parse}; its refusal (a java.time or an argument exception) is invalid. */
    static <T> Codec<T> text(Function<String, T> parse, Function<T, String> show, String expected) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator out, T value) throws IOException {
                out.writeString(show.apply(value));
            }

            @Override
            T read(JsonTokens in) {
                String text = string(in);
                try {
                    return parse.apply(text);
                } catch (DateTimeException | IllegalArgumentException refused) {
                    throw invalid(text, expected);
                }
            }
        };
    }

    static final Codec<String> STRING = text(Function.identity(), Function.identity(), "a string");

    static final Codec<Long> LONG = new Codec<>() {
        @Override
        void write(JsonGenerator out, Long value) throws IOException {
            out.writeNumber(value);
        }

        @Override
        Long read(JsonTokens in) {
            if (!in.current().isWhole()) {
                throw invalid(was(in), "a whole number");
            }
            return in.longValue();
        }
    };

    static final Codec<Integer> INT = new Codec<>() {
        @Override
        void write(JsonGenerator out, Integer value) throws IOException {
            out.writeNumber(value);
        }

        @Override
        Integer read(JsonTokens in) {
            if (in.current() != Token.INT) {
                throw invalid(was(in), "a whole number (int)");
            }
            return (int) in.longValue();
        }
    };

    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        void write(JsonGenerator out, Boolean value) throws IOException {
            out.writeBoolean(value);
        }

        @Override
        Boolean read(JsonTokens in) {
            Token token = in.current();
            if (token != Token.TRUE && token != Token.FALSE) {
                throw invalid(was(in), "true or false");
            }
            return token == Token.TRUE;
        }
    };

    // ---- containers ---------------------------------------------------------------------------------------------

    /** An {@code Option}: the field is left out when empty, and an absent or null field reads as empty. */
    static <T> Codec<Option<T>> option(Codec<T> element) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator out, Option<T> value) throws IOException {
                element.write(out, value.get());
            }

            @Override
            Option<T> read(JsonTokens in) {
                return Option.some(element.read(in));
            }

            @Override
            boolean absent(Option<T> value) {
                return value.isEmpty();
            }

            @Override
            Option<T> whenMissing() {
                return Option.none();
            }
        };
    }

    /** A {@code Seq} as an array, in order; read back as a Vavr {@code List}. */
    static <T> Codec<Seq<T>> seq(Codec<T> element) {
        return new Codec<>() {
            @Override
            void write(JsonGenerator out, Seq<T> value) throws IOException {
                out.writeStartArray();
                for (T item : value) {
                    element.write(out, item);
                }
                out.writeEndArray();
            }

            @Override
            Seq<T> read(JsonTokens in) {
                if (in.current() != Token.START_ARRAY) {
                    throw invalid(was(in), "an array");
                }
                ArrayList<T> items = new ArrayList<>();
                while (in.next() != Token.END_ARRAY) {
                    try {
                        if (in.current() == Token.NULL) {
                            throw invalid("null", "a value");
                        }
                        items.add(element.read(in));
                    } catch (JsonFailure failure) {
                        throw under("[" + items.size() + "]", failure);
                    }
                }
                List<T> list = List.empty();   // built from the end: one cell per item
                for (int k = items.size() - 1; k >= 0; k--) {
                    list = list.prepend(items.get(k));
                }
                return list;
            }
        };
    }

    /**
     * A value stored as another ({@code M}, typically a record of the stored layout): written as {@code to} makes it,
     * read as {@code from} makes it of what was read; a refusal of {@code from} is invalid at {@code refusedAt}.
     */
    static <T, M> Codec.Fields<T> mapped(Codec.Fields<M> stored, Function<T, M> to, Function<M, T> from,
                                         String refusedAt) {
        return new Fields<>() {
            @Override
            void writeFields(JsonGenerator out, T value) throws IOException {
                stored.writeFields(out, to.apply(value));
            }

            @Override
            T readFields(JsonTokens in, java.util.List<String> consumed) {
                M read = stored.readFields(in, consumed);
                try {
                    return from.apply(read);
                } catch (IllegalArgumentException refused) {
                    throw new JsonFailure(new JsonError.Invalid(refusedAt, "a value refused", refused.getMessage()));
                }
            }
        };
    }

    /** A codec of a JSON object, whose fields can be written into, and read from, an object already begun. */
    abstract static class Fields<T> extends Codec<T> {

        /** Writes the value's fields (not the braces). */
        abstract void writeFields(JsonGenerator out, T value) throws IOException;

        /**
         * Reads the fields from the current token (a field name, or the end of the object) to the end of the
         * object, where it leaves {@code in}; {@code consumed}, when not null, are the fields of this object the
         * caller has read already (the schema version, a discriminator): each is refused if it comes again.
         */
        abstract T readFields(JsonTokens in, java.util.List<String> consumed);

        @Override
        final void write(JsonGenerator out, T value) throws IOException {
            out.writeStartObject();
            writeFields(out, value);
            out.writeEndObject();
        }

        @Override
        final T read(JsonTokens in) {
            if (in.current() != Token.START_OBJECT) {
                throw invalid(was(in), "an object");
            }
            in.next();
            return readFields(in, null);
        }
    }
}
