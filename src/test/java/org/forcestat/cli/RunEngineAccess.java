package org.forcestat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test access to RunEngine's package-private helpers from other packages' tests. */
public final class RunEngineAccess {
    private RunEngineAccess() {
    }

    public static Map<String, List<String>> headerSynonyms(List<Path> inputs) throws IOException {
        return RunEngine.headerSynonyms(inputs);
    }
}
