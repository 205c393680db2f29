package org.telecrm.examples.monthend;

import java.io.PrintStream;

/** Progress on stderr: a line when a stage starts, every 10 seconds while it runs, and when it ends. */
final class Progress {
    /** How often a running stage says how far it is. */
    static final long EVERY_NANOS = 10_000_000_000L;
    private final PrintStream err;
    private long last = System.nanoTime();

    Progress(PrintStream err) {
        this.err = err;
    }

    Counter stage(String name) {
        last = System.nanoTime();
        err.println("month-end: " + name + " ...");
        err.flush();
        return new Counter(name, this);
    }

    void tick(Counter c) {
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
            last = now;
            err.println("month-end:   " + c.line());
            err.flush();
        }
    }

    void done(Counter c) {
        // elapsed time on stderr only: the reports and stdout stay the same bytes run after run
        err.println("month-end: " + c.line() + " (" + (System.nanoTime() - c.started) / 1_000_000 + " ms)");
        err.flush();
    }
}
