package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.RowHandler;
import org.forcestat.ingest.SheetMeta;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.ingest.WorkbookSource;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the audit listens to ingest's pass (each sheet parsed once) and sees what reading the
 * file on its own sees: values, formulas with shared ones expanded, hidden rows and columns.
 */
class OnePassTest {
    @TempDir
    Path dir;

    /** The savings plan with row 10 and column C hidden and its totals stored as shared formulas. */
    private Path plan() throws Exception {
        XSSFWorkbook wb = AuditFixtures.savingsPlan();
        wb.getSheet("Savings").getRow(9).setZeroHeight(true);
        wb.getSheet("Savings").setColumnHidden(2, true);
        Path f = AuditFixtures.save(wb, dir.resolve("plan.xlsx"));
        AuditFixtures.patch(f, "xl/worksheets/sheet1.xml", x -> {
            String y = x.replace("<f>SUM(D5:K5)</f>", "<f t=\"shared\" ref=\"L5:L16\" si=\"0\">SUM(D5:K5)</f>");
            for (int r = 6; r <= 16; r++) {
                y = y.replace("<f>SUM(D" + r + ":K" + r + ")</f>", "<f t=\"shared\" si=\"0\"/>");
            }
            return y;
        });
        return f;
    }

    /** Counts the sheets handed to the audit. */
    private static final class Counting implements WorkbookReader.Listener {
        final AuditReader audit;
        final Map<String, Integer> sheets = new HashMap<>();

        Counting(AuditReader audit) {
            this.audit = audit;
        }

        @Override
        public void opened(WorkbookSource source) throws java.io.IOException {
            audit.opened(source);
        }

        @Override
        public RowHandler sheet(SheetMeta sheet) {
            sheets.merge(sheet.name(), 1, Integer::sum);
            return audit.sheet(sheet);
        }
    }

    @Test
    void theAuditSeesInIngestsPassWhatItSeesReadingTheFileAlone() throws Exception {
        Path f = plan();
        Counting listener = new Counting(new AuditReader(f));
        Partial read = new WorkbookReader(new HeaderMatcher()).read(f, WorkbookReader.Progress.NONE, Set.of(), listener);
        assertEquals(Map.of("Savings", 1), listener.sheets, "each sheet handed over once, in ingest's pass");
        assertFalse(read.sources().isEmpty());
        AuditWorkbook together = listener.audit.finish(Set.of("Savings"));
        AuditWorkbook alone = AuditReader.read(f, Set.of("Savings"));

        AuditSheet s = together.sheet("Savings");
        assertNotNull(s);
        assertTrue(s.money());
        // shared formulas expanded: L10 is =SUM(D10:K10), stored as <f t="shared" si="0"/>
        assertEquals("SUM(D10:K10)", s.get(9, 11).formula().text());
        assertEquals("SUM(D16:K16)", s.get(15, 11).formula().text());
        assertEquals("SUM(D5:D16)", s.get(16, 3).formula().text());
        assertTrue(s.hiddenRows().get(9));
        assertEquals(1, s.hiddenRows().cardinality());
        assertTrue(s.hiddenCols().get(2));
        assertEquals(1, s.hiddenCols().cardinality());
        // 1 title + 12 header cells + 12 lines x 12 cells + 10 on the total row
        assertEquals(1 + 12 + 12 * 12 + 10, s.size());
        assertEquals(12 + 9, s.formulas().size());

        AuditSheet a = alone.sheet("Savings");
        assertEquals(a.size(), s.size());
        assertEquals(a.hiddenRows(), s.hiddenRows());
        assertEquals(a.hiddenCols(), s.hiddenCols());
        List<String> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        a.cells().forEach(c -> x.add(c.a1() + " " + c.type() + " " + c.shown()));
        s.cells().forEach(c -> y.add(c.a1() + " " + c.type() + " " + c.shown()));
        assertEquals(x, y);
    }

    @Test
    void validateInOnePassFindsWhatTheAuditFindsReadingTheFileAgain() throws Exception {
        Path f = plan();
        ValidateEngine engine = new ValidateEngine(new HeaderMatcher());
        List<Finding> onePass = engine.run(new ValidateSettings(List.of(f), false, null, ValidateSettings.Format.CSV))
                .findings();
        Partial read = new WorkbookReader(new HeaderMatcher()).read(f);
        List<Finding> twoPasses = new ArrayList<>(read.findings());
        twoPasses.addAll(engine.check(f, read));
        assertEquals(ValidateEngine.dedupe(twoPasses), onePass);
        // the hidden row of numbers inside the totals is found in the one pass
        assertTrue(onePass.stream().anyMatch(g -> g.rule().equals(HiddenInput.ID) && g.cell().equals("D17")), onePass.toString());
    }
}
