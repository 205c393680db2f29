package org.telecrm.sla.provisioning;

/** A term's value together with where it came from. */
public record Sourced<T>(T value, TermSource source) {

    @Override
    public String toString() {
        return value + " from " + source;
    }
}
