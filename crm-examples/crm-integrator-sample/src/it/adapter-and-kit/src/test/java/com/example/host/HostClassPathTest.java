package com.example.host;

import org.junit.jupiter.api.Test;

import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the two dependencies put on the host's class path: the library, and nothing the host did not choose. */
class HostClassPathTest {

    private static final ClassLoader LOADER = HostClassPathTest.class.getClassLoader();

    @Test
    void noLoggingBindingSilencesTheHostsLogging() throws Exception {
        assertFalse(LOADER.getResources("META-INF/services/org.slf4j.spi.SLF4JServiceProvider").hasMoreElements(),
                "an SLF4J provider came with telecrm");
        assertNull(LOADER.getResource("org/slf4j/impl/StaticLoggerBinder.class"), "an SLF4J 1.x binding came with telecrm");
    }

    @Test
    void noBenchmarksAndNoCommand() {
        assertNull(LOADER.getResource("org/openjdk/jmh/Main.class"), "JMH came with telecrm");
        assertNull(LOADER.getResource("org/telecrm/examples/Crm.class"), "the crm command came with telecrm");
    }

    @Test
    void theOnlyDriverIsTheHostsChoice() {
        List<String> drivers = new ArrayList<>();
        ServiceLoader.load(Driver.class, LOADER).forEach(driver -> drivers.add(driver.getClass().getName()));
        assertEquals(List.of("org.h2.Driver"), drivers);
    }
}
