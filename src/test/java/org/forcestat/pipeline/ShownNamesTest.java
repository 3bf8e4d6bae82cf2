package org.forcestat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files of one name in two folders are told apart by their folders in the repeated-record findings. */
class ShownNamesTest {
    @Test
    void aNameTwoFilesShareGetsTheFoldersThatTellThemApart() {
        Path jan = Path.of("/in/download-jan/2024-01/2024-01-kent-street.csv");
        Path again = Path.of("/in/download-feb/2024-01/2024-01-kent-street.csv");
        Path feb = Path.of("/in/download-feb/2024-02/2024-02-kent-street.csv");
        Map<Path, String> shown = RunEngine.shownNames(List.of(jan, again, feb));
        assertEquals("download-jan/2024-01/2024-01-kent-street.csv", shown.get(jan));
        assertEquals("download-feb/2024-01/2024-01-kent-street.csv", shown.get(again));
        assertEquals("2024-02-kent-street.csv", shown.get(feb));
    }
}
