package org.forcestat.threat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline: a significant rise in dwelling burglary in the crime data raises the Burglary
 * area's likelihood on the Threat Strategy sheet, and the sheet says why; a flat series does not.
 */
class ThreatEvidenceEndToEndTest {
    @TempDir
    Path dir;

    /** 24 months of police.uk-style monthly counts: burglary {@code before} a month, then {@code after}. */
    private Path crimes(String name, int before, int after) throws Exception {
        int[] months = new int[24];
        for (int i = 0; i < 24; i++) {
            months[i] = i < 12 ? before : after;
        }
        return crimes(name, months);
    }

    /** 24 months of police.uk-style monthly counts with burglary as given. */
    private Path crimes(String name, int[] burglary) throws Exception {
        Path in = Files.createDirectories(dir.resolve(name));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Crimes");
            Row h = sh.createRow(0);
            h.createCell(0).setCellValue("Month");
            h.createCell(1).setCellValue("Crime type");
            h.createCell(2).setCellValue("Count");
            int r = 1;
            for (int i = 0; i < 24; i++) {
                String month = YearMonth.of(2014, 6).plusMonths(i).toString();
                for (String[] line : new String[][] {{"Dwelling burglary", String.valueOf(burglary[i])},
                    {"Violence against the person", "2700"}}) {
                    Row row = sh.createRow(r++);
                    row.createCell(0).setCellValue(month);
                    row.createCell(1).setCellValue(line[0]);
                    row.createCell(2).setCellValue(Double.parseDouble(line[1]));
                }
            }
            try (OutputStream out = Files.newOutputStream(in.resolve("crimes.xlsx"))) {
                wb.write(out);
            }
        }
        return in;
    }

    private Row burglaryRow(Path in) throws Exception {
        Path out = dir.resolve(in.getFileName() + "-out");
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertTrue(cl.execute("run", in.toString(), "-o", out.toString(), "--quiet") <= 1);
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(summary));
        Sheet sh = wb.getSheet("Threat Strategy");
        assertNotNull(sh);
        for (Row r : sh) {
            var area = r.getCell(1);
            if (area != null && area.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && area.getStringCellValue().startsWith("Burglary")) {
                return r;
            }
        }
        throw new AssertionError("no Burglary row");
    }

    private static double defaultLikelihood() {
        return ThreatRegister.defaults().find("Burglary").orElseThrow().scores().likelihood();
    }

    @Test
    void aSignificantRiseInDwellingBurglaryRaisesTheBurglaryLikelihood() throws Exception {
        // 400 a month then 480: 4,800 vs 5,760 over 12 months each; z = 960 / sqrt(10,560) = 9.3, p far below 0.05.
        Row r = burglaryRow(crimes("rise", 400, 480));
        double expected = Math.min(5, defaultLikelihood() + 1);
        assertEquals(expected, r.getCell(3).getNumericCellValue());
        String why = r.getCell(9).getStringCellValue();
        assertTrue(why.contains("Likelihood raised"), why);
        assertTrue(why.contains("dwelling burglary rose 4,800"), why);
    }

    @Test
    void aRiseThatTheMonthsOwnVariationExplainsLeavesTheLikelihoodAlone() throws Exception {
        // 400, 460, 340 repeated, then 480, 420, 440, 380, 520, 280, 490, 430, 410, 350, 500, 340: 4,800 -> 5,040
        // (+5%). The two totals alone give p = 0.016 (scipy binomtest), which used to raise the likelihood; the
        // same-month differences (80, -40, 100, -20, 60, -60, 90, -30, 70, -50, 40, 0) have mean 20 and sd 59.4,
        // t = 1.167 on 11 df, p = 0.268 (scipy ttest_1samp): within normal variation.
        int[] months = {400, 460, 340, 400, 460, 340, 400, 460, 340, 400, 460, 340,
            480, 420, 440, 380, 520, 280, 490, 430, 410, 350, 500, 340};
        Row r = burglaryRow(crimes("noisy", months));
        assertEquals(defaultLikelihood(), r.getCell(3).getNumericCellValue());
        String why = r.getCell(9).getStringCellValue();
        assertTrue(!why.contains("Likelihood raised"), why);
        assertTrue(why.contains("no change beyond normal variation"), why);
    }

    @Test
    void aFlatSeriesLeavesTheLikelihoodAsRegistered() throws Exception {
        // 400 vs 402 a month: 4,800 vs 4,824, p about 0.8: no significant change.
        Row r = burglaryRow(crimes("flat", 400, 402));
        assertEquals(defaultLikelihood(), r.getCell(3).getNumericCellValue());
        assertTrue(!r.getCell(9).getStringCellValue().contains("Likelihood raised"));
    }
}
