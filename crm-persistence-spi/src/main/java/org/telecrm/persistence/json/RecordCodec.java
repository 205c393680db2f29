package org.telecrm.persistence.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.telecrm.persistence.json.JsonTokens.Token;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;

/** A record as an object of its components. */
final class RecordCodec<R> extends Codec.Fields<R> {

    private final String[] names;
    private final SerializedString[] keys;
    private final Codec<Object>[] codecs;
    private final Method[] accessors;
    private final int[] writeOrder;
    /** The names in the order they are written, where a written document's next field is looked for first. */
    private final String[] written;
    private final Constructor<R> constructor;
    private final String refusedAt;

    @SuppressWarnings("unchecked")
    RecordCodec(Class<R> type, List<String> leading) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length > Long.SIZE) {
            throw new IllegalStateException(type.getName() + " has more components than the codec tracks");
        }
        names = Stream.of(components).map(Codecs::storedName).toArray(String[]::new);
        keys = Stream.of(names).map(SerializedString::new).toArray(SerializedString[]::new);
        accessors = Stream.of(components).map(c -> Codecs.accessible(c.getAccessor())).toArray(Method[]::new);
        codecs = new Codec[components.length];
        for (int i = 0; i < components.length; i++) {
            codecs[i] = (Codec<Object>) Codecs.of(components[i].getGenericType());
        }
        List<String> order = new ArrayList<>(leading.stream().filter(List.of(names)::contains).toList());
        Stream.of(names).filter(n -> !order.contains(n)).forEach(order::add);
        writeOrder = order.stream().mapToInt(n -> List.of(names).indexOf(n)).toArray();
        written = order.toArray(String[]::new);
        constructor = Codecs.canonical(type);
        refusedAt = Codecs.refusedField(type, names.length == 0 ? "" : names[names.length - 1]);
    }

    @Override
    void writeFields(JsonGenerator out, R value) throws IOException {
        for (int i : writeOrder) {
            Object component = Codecs.get(accessors[i], value);
            if (!codecs[i].absent(component)) {
                out.writeFieldName(keys[i]);
                codecs[i].write(out, component);
            }
        }
    }

    @Override
    R readFields(JsonTokens in, List<String> consumed) {
        Object[] read = new Object[names.length];
        long seen = 0;
        List<String> others = consumed;   // copied only when a field of no component comes
        int next = 0;   // where in the write order the next field is looked for first
        for (Token token = in.current(); token == Token.FIELD_NAME; token = in.next()) {
            int w = find(in, next);
            int i = w < 0 ? -1 : writeOrder[w];
            next = w + 1;
            String name = i < 0 ? in.name() : names[i];
            Token value = in.next();
            if (i < 0) {
                // a field of a later version, or of no version: tolerated, but only once
                others = once(others, others == consumed, name);
                in.skipChildren();
                continue;
            } else if ((seen & (1L << i)) != 0) {
                throw Codecs.duplicate(name);
            }
            seen |= 1L << i;
            if (value != Token.NULL) {
                try {
                    read[i] = codecs[i].read(in);
                } catch (JsonFailure failure) {
                    throw Codec.under(names[i], failure);
                }
            }
        }
        for (int i = 0; i < read.length; i++) {
            if (read[i] == null && (read[i] = codecs[i].whenMissing()) == null) {
                throw new JsonFailure(new JsonError.Missing(names[i]));
            }
        }
        try {
            return Codecs.construct(constructor, read);
        } catch (IllegalArgumentException refused) {
            throw new JsonFailure(new JsonError.Invalid(refusedAt, "a value refused", refused.getMessage()));
        }
    }

    /** The current field's place in the write order, looked for from {@code from} on first; -1 if none. */
    private int find(JsonTokens in, int from) {
        for (int w = from; w < written.length; w++) {
            if (in.nameIs(written[w])) {
                return w;
            }
        }
        for (int w = 0; w < from && w < written.length; w++) {
            if (in.nameIs(written[w])) {
                return w;
            }
        }
        return -1;
    }

    private static List<String> once(List<String> others, boolean shared, String name) {
        if (others != null && others.contains(name)) {
            throw Codecs.duplicate(name);
        }
        List<String> seen = others == null ? new ArrayList<>(2) : shared ? new ArrayList<>(others) : others;
        seen.add(name);
        return seen;
    }
}
