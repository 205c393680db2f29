package org.telecrm.persistence.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A sealed type as an object whose discriminator field names the subtype, the subtype's fields after it. */
final class SealedCodec<T> extends Codec.Fields<T> {

    private final String discriminator;
    private final Map<Class<?>, String> names;
    private final Map<Class<?>, Codec.Fields<Object>> byClass = new HashMap<>();
    private final Map<String, Codec.Fields<Object>> byName = new HashMap<>();
    private final String expected;

    @SuppressWarnings("unchecked")
    SealedCodec(Class<T> type) {
        StoredNames.Sealed sealed = StoredNames.subtypesOf(type);
        if (sealed == null) {
            throw new IllegalStateException("no stored names for " + type.getName() + ": add them to StoredNames");
        }
        discriminator = sealed.discriminator();
        names = sealed.names();
        for (Class<?> subtype : Codecs.concrete(type)) {
            Codec<?> codec = Codecs.overridden(subtype) != null ? Codecs.overridden(subtype)
                    : new RecordCodec<>(subtype, sealed.leading());
            byClass.put(subtype, (Codec.Fields<Object>) codec);
            byName.put(names.get(subtype), (Codec.Fields<Object>) codec);
        }
        expected = "one of " + Codecs.concrete(type).stream().map(names::get).collect(Collectors.joining(", "));
    }

    @Override
    void writeFields(JsonGenerator out, T value) throws IOException {
        out.writeStringField(discriminator, names.get(value.getClass()));
        byClass.get(value.getClass()).writeFields(out, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    T readFields(JsonParser in, List<String> consumed) throws IOException {
        if (in.currentToken() == JsonToken.FIELD_NAME && discriminator.equals(in.currentName())) {
            in.nextToken();
            Codec.Fields<Object> subtype = subtype(in);
            in.nextToken();
            List<String> read = new ArrayList<>(consumed == null ? List.of() : consumed);
            read.add(discriminator);
            return (T) subtype.readFields(in, read);
        }
        // The discriminator comes later (a document not written by this mapping): read the object, then again.
        TokenBuffer object = Codecs.rest(in);
        Codec.Fields<Object> subtype = null;
        try (JsonParser scan = object.asParser()) {
            scan.nextToken();
            while (subtype == null && scan.nextToken() == JsonToken.FIELD_NAME) {
                boolean found = discriminator.equals(scan.currentName());
                scan.nextToken();
                if (found) {
                    subtype = subtype(scan);
                }
                scan.skipChildren();
            }
        }
        if (subtype == null) {
            throw new JsonFailure(new JsonError.Missing(discriminator));
        }
        try (JsonParser replay = object.asParser()) {
            replay.nextToken();
            replay.nextToken();
            return (T) subtype.readFields(replay, consumed);
        }
    }

    private Codec.Fields<Object> subtype(JsonParser in) throws IOException {
        try {
            String name = Codec.string(in);
            Codec.Fields<Object> subtype = byName.get(name);
            if (subtype == null) {
                throw Codec.invalid(name, expected);
            }
            return subtype;
        } catch (JsonFailure failure) {
            throw Codec.under(discriminator, failure);
        }
    }
}
