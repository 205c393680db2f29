package org.telecrm.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crm command's dispatch: help on stdout with exit 0, and usage errors on stderr with exit 64. */
class CrmTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run crm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Crm.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        for (String help : new String[]{"help", "--help", "-h"}) {
            Run run = crm(help);
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("settle") && run.out().contains("generate") && run.out().contains("bench"), run.out());
            assertTrue(run.out().contains("Exit codes"), run.out());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run run = crm("setle");
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
        for (String command : new String[]{"settle", "generate", "bench"}) {
            Run run = crm(command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().contains("Exit codes"), command + ": " + run.out());
        }
    }

    @Test
    void benchRejectsUnknownOptions() {
        Run run = crm("bench", "--fast");
        assertEquals(Crm.USAGE, run.exit());
        assertTrue(run.err().contains("unknown option --fast"), run.err());
    }
}
