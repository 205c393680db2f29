package org.telecrm.examples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crm command's dispatch: help on stdout with exit 0, and usage errors on stderr with exit 64. */
class CrmTest {

    private static CrmRun crm(String... args) {
        return CrmRun.of(args);
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        for (String help : new String[]{"help", "--help", "-h"}) {
            CrmRun run = crm(help);
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("settle") && run.out().contains("generate") && run.out().contains("month-end"), run.out());
            assertTrue(run.out().contains("Exit codes"), run.out());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CrmRun run = crm("setle");
        assertEquals(Crm.USAGE, run.exit());
        assertTrue(run.err().contains("unknown command 'setle'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(Crm.USAGE, crm().exit());
    }

    @Test
    void eachCommandHasHelpThatMentionsExitCodes() {
        for (String command : new String[]{"settle", "generate", "month-end", "calendar"}) {
            CrmRun run = crm(command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().contains("Exit codes"), command + ": " + run.out());
        }
    }

    @Test
    void theBenchmarksAreNoCommandOfIts() {
        // they are crm-bench.jar's (crm-examples/crm-bench), so that crm.jar carries no JMH
        CrmRun run = crm("bench", "--quick");
        assertEquals(Crm.USAGE, run.exit());
        assertTrue(run.err().contains("unknown command 'bench'"), run.err());
    }
}
