package org.telecrm.privacy.purpose;

import io.vavr.collection.SortedSet;

import java.time.Instant;
import java.util.Objects;

/**
 * Personal information held for one purpose, on one basis, since a moment.
 *
 * @param purpose     why
 * @param information which kinds of personal information (not empty)
 * @param basis       on what ground
 * @param since       when the register recorded it
 */
public record Processing(Purpose purpose, SortedSet<PersonalInformation> information, LawfulBasis basis,
                         Instant since) {

    public Processing {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(information, "information");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(since, "since");
        if (information.isEmpty()) {
            throw new IllegalArgumentException("a purpose holds some personal information, was none");
        }
    }
}
