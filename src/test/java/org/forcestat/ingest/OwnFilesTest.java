package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The product's own files beside the workbooks are passed over quietly, not "skipped: not a workbook". */
class OwnFilesTest {
    @Test
    void settingsNotesAndLogsAreOwnFilesNotInputs() {
        for (String name : new String[] {"README.md", "notes.MD", "forcestat.properties", "forcestat.log", "forcestat.log.1"}) {
            assertEquals(InputDiscovery.OWN_FILE, InputDiscovery.classify(Path.of("workbooks", name)).skipReason(), name);
        }
        assertEquals("not a workbook", InputDiscovery.classify(Path.of("workbooks", "photo.jpg")).skipReason());
        assertEquals("not a workbook", InputDiscovery.classify(Path.of("workbooks", "other.properties")).skipReason());
        assertNull(InputDiscovery.classify(Path.of("workbooks", "calls.xlsx")).skipReason());
    }
}
