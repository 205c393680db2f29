package org.telecrm.persistence.json;

import com.fasterxml.jackson.core.JsonGenerator;
import org.telecrm.persistence.json.JsonTokens.Token;

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
    private final List<String> discriminatorOnly;

    @SuppressWarnings("unchecked")
    SealedCodec(Class<T> type) {
        StoredNames.Sealed sealed = StoredNames.subtypesOf(type);
        if (sealed == null) {
            throw new IllegalStateException("no stored names for " + type.getName() + ": add them to StoredNames");
        }
        discriminator = sealed.discriminator();
        discriminatorOnly = List.of(discriminator);
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
    T readFields(JsonTokens in, List<String> consumed) {
        if (in.current() == Token.FIELD_NAME && in.nameIs(discriminator)) {
            in.next();
            Codec.Fields<Object> subtype = subtype(in);
            in.next();
            List<String> read = discriminatorOnly;
            if (consumed != null) {
                read = new ArrayList<>(consumed);
                read.add(discriminator);
            }
            return (T) subtype.readFields(in, read);
        }
        // The discriminator comes later (a document not written by this mapping): read the object, then again.
        JsonTokens.Replay object = in.rest();
        Codec.Fields<Object> subtype = null;
        JsonTokens scan = object.open();
        for (Token token = scan.current(); subtype == null && token == Token.FIELD_NAME; token = scan.next()) {
            boolean found = scan.nameIs(discriminator);
            scan.next();
            if (found) {
                subtype = subtype(scan);
            }
            scan.skipChildren();
        }
        if (subtype == null) {
            throw new JsonFailure(new JsonError.Missing(discriminator));
        }
        return (T) subtype.readFields(object.open(), consumed);
    }

    private Codec.Fields<Object> subtype(JsonTokens in) {
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
