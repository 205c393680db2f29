package org.telecrm.persistence.json;

import org.telecrm.kernel.RestoreError;

import java.util.Objects;

/** Carries a {@link JsonError} out of a nested read to {@link Json#read}, which turns it into a Left. */
final class JsonFailure extends RuntimeException {

    final transient JsonError error;

    JsonFailure(JsonError error) {
        super(error.message(), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** A well-formed document whose aggregate refused to be restored: {@link JsonError.NotRestorable} at {@code $}. */
    static JsonFailure notRestorable(RestoreError refused) {
        return new JsonFailure(new JsonError.NotRestorable("$", refused));
    }
}
