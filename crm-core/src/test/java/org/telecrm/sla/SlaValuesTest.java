package org.telecrm.sla;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.contract.Bandwidth;
import org.telecrm.sla.contract.Region;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.quality.Availability;
import org.telecrm.sla.quality.QualityLevel;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SLA value types are valid on creation and render as their Javadoc says. */
class SlaValuesTest {

    @Nested
    class IdentifiersAreNeverBlank {

        @Test
        void blankIdentifiersAreRefused() {
            assertThrows(IllegalArgumentException.class, () -> CircuitId.of(" "));
            assertThrows(IllegalArgumentException.class, () -> SlaContractId.of(""));
            assertThrows(IllegalArgumentException.class, () -> ProvisioningOrderId.of("\t"));
            assertThrows(IllegalArgumentException.class, () -> ClaimId.of(" "));
            assertThrows(IllegalArgumentException.class, () -> QualityLevel.of(""));
            assertThrows(IllegalArgumentException.class, () -> Region.of(" "));
        }

        @Test
        void identifiersRenderAsTheirValueAndSortByIt() {
            assertEquals("DDN-1", CircuitId.of("DDN-1").toString());
            assertTrue(ClaimId.of("PF-1").compareTo(ClaimId.of("PF-2")) < 0);
            assertEquals("DDN-1/LATE_PROVISIONING/SO-7", BreachId.lateProvisioning(CircuitId.of("DDN-1"), ProvisioningOrderId.of("SO-7")).toString());
            assertEquals("DDN-1/QUALITY/2026-03", BreachId.quality(CircuitId.of("DDN-1"), YearMonth.of(2026, 3)).toString());
        }
    }

    @Nested
    class ValuesAreValidOnCreation {

        @Test
        void bandwidth() {
            assertEquals("2048 kbit/s", Bandwidth.ofKbps(2048).toString());
            assertEquals("155 Mbit/s", Bandwidth.ofMbps(155).toString());
            assertThrows(IllegalArgumentException.class, () -> Bandwidth.ofKbps(0));
        }

        @Test
        void validityPeriod() {
            ValidityPeriod p = new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
            assertTrue(p.contains(LocalDate.of(2026, 1, 1)));
            assertTrue(p.overlaps(YearMonth.of(2026, 1)));
            assertTrue(!p.overlaps(YearMonth.of(2025, 12)) && !p.overlaps(YearMonth.of(2026, 2)));
            assertThrows(IllegalArgumentException.class, () -> new ValidityPeriod(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
        }

        @Test
        void availability() {
            assertThrows(IllegalArgumentException.class, () -> new Availability(Duration.ZERO, Duration.ZERO));
            assertThrows(IllegalArgumentException.class, () -> new Availability(Duration.ofHours(2), Duration.ofHours(1)));
            assertThrows(IllegalArgumentException.class, () -> new Availability(Duration.ofHours(-1), Duration.ofHours(1)));
            assertEquals("0.0000%", new Availability(Duration.ofHours(1), Duration.ofHours(1)).toString());
        }
    }
}
