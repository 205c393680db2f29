package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreCheck;

import java.time.Instant;
import java.util.Objects;

/**
 * A key account's file (客户档案, rules.md section 1: industry, organisation, major events, competition), with its
 * rules: it only grows, in time order, and each entry has text. Renders as its size.
 */
record KeyAccountFile(Seq<FileEntry> entries) {

    static final KeyAccountFile EMPTY = new KeyAccountFile(List.empty());

    KeyAccountFile {
        entries = List.ofAll(Objects.requireNonNull(entries, "file"));
    }

    /** The file as stored; {@link #check} says whether it keeps the rules. */
    static KeyAccountFile of(Seq<FileEntry> entries) {
        return new KeyAccountFile(entries);
    }

    /** Reports entries out of time order. */
    void check(RestoreCheck check) {
        check.when(entries.sliding(2).exists(p -> p.size() == 2 && p.get(1).recordedAt().isBefore(p.get(0).recordedAt())),
                "file", () -> "file entries must be in time order");
    }

    /** Appends an entry; the same entry as the last one again (a retried command): nothing changes. */
    Either<CustomerRejection, Changed<KeyAccountFile, CustomerEvent>> record(CustomerId owner, FileTopic topic,
                                                                             String text, StaffId author,
                                                                             Instant registeredAt, Instant at) {
        if (text == null || text.isBlank()) {
            return Either.left(new CustomerRejection.BlankText(owner, "text"));
        }
        FileEntry entry = new FileEntry(topic, text, author, at);
        if (entries.lastOption().contains(entry)) {
            return Either.right(Changed.nothing(this));
        }
        Instant latest = entries.lastOption().map(FileEntry::recordedAt).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return Either.left(new CustomerRejection.OutOfOrder(owner, "file entry", latest, at));
        }
        return Either.right(Changed.of(new KeyAccountFile(entries.append(entry)),
                List.of(new CustomerEvent.FileEntryAdded(owner, entry, at))));
    }

    @Override
    public String toString() {
        return "file " + entries.size() + " entries";
    }
}
