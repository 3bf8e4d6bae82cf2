package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.pipeline.RunEngine;
import org.forcestat.pipeline.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWiringTest {
    @TempDir
    Path dir;

    @Test
    void runAuditsEveryFileAndAppliesSuppressions() throws Exception {
        Path in = Files.createDirectory(dir.resolve("workbooks"));
        XSSFWorkbook wb = AuditFixtures.savingsPlan();
        AuditFixtures.set(wb.getSheet("Savings"), "E8", "125000");
        AuditFixtures.save(wb, in.resolve("csr.xlsx"));
        RunEngine engine = new RunEngine((summary, threats, target) -> Files.writeString(target, "summary"));
        RunSettings s = new RunSettings(List.of(in), in.resolve("out"), "Kent Police", null, null, null, 1);
        RunEngine.Result r = engine.run(s, "test", List.of());
        List<Finding> audit = r.summary().findings().stream()
                .filter(f -> f.rule().equals(NumberAsText.ID)).toList();
        assertEquals(1, audit.size(), r.summary().findings().toString());
        assertEquals(1, r.exitCode());

        Files.writeString(in.resolve("forcestat.properties"), "suppress.AUDIT_NUMBER_AS_TEXT.Savings!E8 = checked\n");
        RunEngine.Result again = engine.run(s, "test", List.of());
        assertTrue(again.summary().findings().stream().anyMatch(f -> f.rule().equals(NumberAsText.ID)
                && "checked".equals(f.suppressedReason())));
        assertEquals(0, again.exitCode(), again.summary().findings().toString());
    }
}
