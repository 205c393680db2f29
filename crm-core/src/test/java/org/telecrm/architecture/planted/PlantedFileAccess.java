package org.telecrm.architecture.planted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A planted violation: domain code reading a file. Test sources only; never part of crm-core. */
public final class PlantedFileAccess {
    public String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
