package org.telecrm.order.dispatch;

import org.jmolecules.ddd.types.Identifier;

import java.util.Objects;

/**
 * The identifier of a work item in a dispatch queue, e.g. its work order's number. The last key of the dispatch
 * order, so that no two different items ever tie.
 *
 * <pre>{@code
 * WorkItemId id = WorkItemId.of("GZ-2026-000123");
 * }</pre>
 */
public record WorkItemId(String value) implements Identifier, Comparable<WorkItemId> {

    public WorkItemId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkItemId of(String value) {
        return new WorkItemId(value);
    }

    @Override
    public int compareTo(WorkItemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
