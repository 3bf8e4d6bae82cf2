package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
    void aSheetWithinTheLimitIsKeptWhole() throws Exception {
        AuditWorkbook wb = new AuditReader(Set.of()).read(formulaColumn(1_000));
        AuditSheet s = wb.sheet("Data");
        assertEquals(1_000, s.formulas().size());
        assertTrue(s.complete());
        assertEquals(java.util.List.of(), wb.notes());
    }
}
