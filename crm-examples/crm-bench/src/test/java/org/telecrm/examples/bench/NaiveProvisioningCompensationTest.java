package org.telecrm.examples.bench;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.examples.generate.OrderGenerator;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.ProvisioningCompensation;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's baseline is a fair one: the day-by-day engine gives the library engine's answers. */
class NaiveProvisioningCompensationTest {

    private static final ProvisioningCompensation ENGINE = ProvisioningCompensation.rulesMdDefaults();
    private static final NaiveProvisioningCompensation NAIVE = new NaiveProvisioningCompensation(WorkingDayCalendar.official());

    @Property(tries = 50)
    void theNaiveEngineAgreesWithTheEngine(@ForAll long seed, @ForAll @IntRange(min = 181, max = 365) int asOfDayOf2026) {
        LocalDate asOf = LocalDate.ofYearDay(2026, asOfDayOf2026); // 2026-06-30 at the earliest: no order is accepted later
        OrderGenerator generator = new OrderGenerator(seed, 0);
        for (int i = 0; i < 100; i++) {
            ProvisioningCase c = generator.nextOrder().toCase(asOf);
            assertEquals(ENGINE.assess(c), NAIVE.assess(c), c.toString());
        }
    }
}
