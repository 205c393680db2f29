package org.telecrm.plantedcycleb;

import org.telecrm.plantedcyclea.CycleA;

/** The other half of a planted package cycle. */
public final class CycleB {
    public CycleA other() {
        return new CycleA();
    }
}
