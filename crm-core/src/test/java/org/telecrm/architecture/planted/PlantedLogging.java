package org.telecrm.architecture.planted;

import java.util.logging.Logger;

/** A planted violation: domain code logging. */
public final class PlantedLogging {
    private static final Logger LOG = Logger.getLogger("planted");

    public void report(String what) {
        LOG.info(what);
    }
}
