package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit keeps what fits in a 256 MB heap, whatever the size of the data sheet it is given. */
class AuditLimitsTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @TempDir
    Path dir;

    /** One sheet whose column B holds =A{r}*2 on each of {@code rows} rows. */
    private Path formulaColumn(int rows) throws Exception {
        Path f = dir.resolve("formulas-" + rows + ".xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f));
             Writer w = new OutputStreamWriter(z, StandardCharsets.UTF_8)) {
            put(z, w, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, w, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC + "\"><sheets>"
                    + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, w, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                    + DOC + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            for (int r = 1; r <= rows; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c><c r=\"B" + r + "\"><f>A" + r
                        + "*2</f><v>" + 2 * r + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            z.closeEntry();
        }
        return f;
    }

    private static void put(ZipOutputStream z, Writer w, String name, String xml) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        w.write(xml);
        w.flush();
        z.closeEntry();
    }

    @Test
    void formulasPastTheLimitAreNotKeptAndTheSheetSaysSo() throws Exception {
        AuditWorkbook wb = new AuditReader(Set.of()).read(formulaColumn(AuditReader.MAX_FORMULAS + 5));
        AuditSheet s = wb.sheet("Data");
        assertEquals(AuditReader.MAX_FORMULAS, s.formulas().size());
        assertFalse(s.complete());
        assertTrue(wb.notes().stream().anyMatch(n -> n.contains("more formulas than the audit checks in one file "
                + "(100,000); the formulas after the first 100,000 were not checked")), wb.notes().toString());
    }

    @Test
    void pastAThousandFindingsOfARuleInASheetTheRestAreCountedInOne() {
        AuditFindings out = new AuditFindings("big.xlsx");
        AuditSheet data = new AuditSheet("Data", 0, false);
        AuditSheet other = new AuditSheet("Other", 1, false);
        for (int r = 1; r <= 1_500; r++) {
            out.add(Severity.WARNING, "INCONSISTENT_FORMULA", data, "B" + r, "", "", "odd one out");
        }
        out.add(Severity.WARNING, "INCONSISTENT_FORMULA", data, "B7", "", "", "the same cell again is not counted");
        for (int r = 1; r <= 1_000; r++) {
            out.add(Severity.ERROR, "TYPED_TOTAL", data, "C" + r, "", "", "typed over");
        }
        out.add(Severity.WARNING, "INCONSISTENT_FORMULA", other, "A1", "", "", "another sheet counts on its own");
        List<Finding> all = out.findings();
        // 1,000 listed + 1 counting 500 more; exactly 1,000 typed totals, none more; 1 on the other sheet
        assertEquals(1_000 + 1 + 1_000 + 1, all.size());
        List<Finding> counted = all.stream().filter(f -> f.cell().isEmpty()).toList();
        assertEquals(1, counted.size(), counted.toString());
        Finding more = counted.get(0);
        assertEquals("INCONSISTENT_FORMULA", more.rule());
        assertEquals("Data", more.sheet());
        assertEquals(Severity.WARNING, more.severity());
        assertEquals("500 more", more.seen());
        assertTrue(more.message().startsWith("big.xlsx, sheet 'Data': 500 more INCONSISTENT_FORMULA finding(s) like those"
                + " above are not listed one by one (the first 1,000 are)."), more.message());
        assertEquals("big.xlsx, sheet 'Data', cell B1000: odd one out", all.get(999).message(), "the first 1,000 in order");
    }

    @Test
    void aSheetWithinTheLimitIsKeptWhole() throws Exception {
        AuditWorkbook wb = new AuditReader(Set.of()).read(formulaColumn(1_000));
        AuditSheet s = wb.sheet("Data");
        assertEquals(1_000, s.formulas().size());
        assertTrue(s.complete());
        assertEquals(List.of(), wb.notes());
    }

    /**
     * The caps fit the heap Java was given: as before in 256 MB and more, fewer in 64 MB (2,500 bytes
     * a formula, 420 a cell), where 200,000 formulas ran out of memory and exited 70.
     */
    @Test
    void theCapsShrinkWithASmallHeap() {
        assertEquals(List.of(100_000, 600_000), List.of(AuditReader.caps(256L << 20)[0], AuditReader.caps(256L << 20)[1]));
        assertEquals(List.of(100_000, 600_000), List.of(AuditReader.caps(6L << 30)[0], AuditReader.caps(6L << 30)[1]));
        // 67,108,864 / 2,500 = 26,843; 67,108,864 / 420 = 159,783
        assertEquals(List.of(26_843, 159_783), List.of(AuditReader.caps(64L << 20)[0], AuditReader.caps(64L << 20)[1]));
    }
}
