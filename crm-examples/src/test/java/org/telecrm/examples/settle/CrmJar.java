package org.telecrm.examples.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting the packaged crm.jar as a user would, for the integration tests (run by failsafe after packaging). */
final class CrmJar {

    private CrmJar() {
    }

    /** A process builder for {@code java <jvmOptions> -jar crm.jar <args>}, with stderr kept in a file. */
    static ProcessBuilder command(List<String> jvmOptions, String... args) throws IOException {
        String property = System.getProperty("crm.jar");
        assertTrue(property != null, "the crm.jar system property must point to the shaded jar (failsafe sets it)");
        Path jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), "no crm.jar at " + jar + ": run mvn verify, which packages it first");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(Files.createTempFile("crm-stderr", ".txt").toFile());
    }
}
