package org.telecrm.examples.bench;

import org.junit.jupiter.api.Test;
import org.telecrm.examples.Crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** crm-bench's command line: an unknown option is a usage error, before any benchmark runs. */
class BenchCommandTest {

    @Test
    void benchRejectsUnknownOptions() {
        MonthEndScaleTest.BenchRun run = MonthEndScaleTest.crm("bench", "--fast");
        assertEquals(Crm.USAGE, run.exit());
        assertTrue(run.err().contains("unknown option --fast"), run.err());
    }
}
