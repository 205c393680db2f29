package org.telecrm.architecture.planted;

/** A planted violation: domain code printing. */
public final class PlantedConsoleOutput {
    public void report(String what) {
        System.out.println(what);
    }
}
