package org.telecrm.persistence.json;

import java.util.Objects;

/** Carries a {@link JsonError} out of a nested read to {@link Json#read}, which turns it into a Left. */
final class JsonFailure extends RuntimeException {

    final transient JsonError error;

    JsonFailure(JsonError error) {
        super(error.message(), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
    }
}
