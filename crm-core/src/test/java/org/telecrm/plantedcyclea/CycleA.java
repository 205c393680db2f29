package org.telecrm.plantedcyclea;

import org.telecrm.plantedcycleb.CycleB;

/**
 * Half of a planted package cycle (test sources only), in its own top-level package because the cycle rule
 * compares the packages directly under org.telecrm.
 */
public final class CycleA {
    public CycleB other() {
        return new CycleB();
    }
}
