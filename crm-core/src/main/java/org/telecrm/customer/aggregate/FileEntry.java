package org.telecrm.customer.aggregate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.StaffId;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a key-account file: what it is about, what it says, who wrote it and when. The file is an
 * append-only log: an entry is never changed or removed, a correction is a new entry.
 *
 * <pre>{@code
 * new FileEntry(FileTopic.MAJOR_EVENT, "moving headquarters to Qianhai in 2027", StaffId.of("S-0755-002"),
 *         Instant.parse("2026-05-06T01:30:00Z"));
 * }</pre>
 *
 * @param topic      what the entry is about
 * @param text       what it says (not blank)
 * @param author     who wrote it
 * @param recordedAt when it was recorded
 */
@ValueObject
public record FileEntry(FileTopic topic, String text, StaffId author, Instant recordedAt) {

    public FileEntry {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a file entry's text must not be blank");
        }
    }
}
