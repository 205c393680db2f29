package org.telecrm.architecture.planted;

import java.time.LocalDate;

/** A planted violation: domain code reading the clock instead of taking the date as an argument. */
public final class PlantedClock {
    public boolean isOverdue(LocalDate due) {
        return LocalDate.now().isAfter(due);
    }
}
