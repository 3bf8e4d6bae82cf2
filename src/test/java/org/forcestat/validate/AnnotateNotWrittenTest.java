package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forcestat.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate --annotate where the copy cannot be written: the note names the folder and the way out
 * (-o DIR), never the temporary file forcestat writes first (".forcestat-tmp-...lock").
 */
class AnnotateNotWrittenTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyFolderIsNamedWithTheWayOut() {
        Path target = dir.resolve("Monthly_budget_monitoring.checked.xlsx");
        // as the JDK reports a write to a read-only mount: the temporary file's name, then the reason
        IOException e = new FileSystemException(dir.resolve(".forcestat-tmp-Monthly_budget_monitoring.checked.xlsx"
                + ".4121-0.tmp.lock").toString(), null, "Read-only file system");
        String why = Annotator.notWritten(target, e);
        assertTrue(why.startsWith("the folder " + dir.toAbsolutePath() + " is read-only"), why);
        assertTrue(why.contains("Monthly_budget_monitoring.checked.xlsx could not be written"), why);
        assertTrue(why.contains("-o DIR"), why);
        assertFalse(why.contains("forcestat-tmp") || why.contains(".lock"), why);
        String denied = Annotator.notWritten(target, new AccessDeniedException(dir.resolve(".forcestat-tmp-x.lock")
                .toString()));
        assertTrue(denied.contains("is read-only") && !denied.contains("forcestat-tmp"), denied);
    }

    @Test
    void aCopyThatCannotBeWrittenSaysSoWithoutTheTemporaryName() throws Exception {
        // -o names a file, not a folder: the copy cannot be made there
        Path book = AuditFixtures.save(AuditFixtures.savingsPlan(), dir.resolve("plan.xlsx"));
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        ValidateEngine.Result r = new ValidateEngine(new org.forcestat.ingest.HeaderMatcher()).run(
                new ValidateSettings(List.of(book), true, notAFolder, ValidateSettings.Format.TEXT));
        List<Finding> skipped = r.findings().stream().filter(f -> f.rule().equals(Rule.ANNOTATE_SKIPPED.id())).toList();
        assertEquals(1, skipped.size(), r.findings().toString());
        String m = skipped.get(0).message();
        assertTrue(m.contains("plan.checked.xlsx could not be written in " + notAFolder) && m.contains("-o DIR"), m);
        assertFalse(m.contains("forcestat-tmp"), m);
    }
}
