package org.forcestat.threat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A force's own strategic assessment, scored in a MoRiLE-style sheet in risk-matrix words (marking and
 * title rows, harm by dimension, H/M/L confidence): the Threat Strategy ranks exactly its areas with its
 * scores, none of the example register's, and an area with an unreadable score is listed unscored.
 */
class OwnRegisterEndToEndTest {
    @TempDir
    Path dir;

    private static final String[] HEADER = {"Priority Area", "Physical", "Psychological", "Financial", "Community",
        "Vulnerability", "Likelihood", "Confidence (H/M/L)", "Capacity", "Capability", "Lead"};

    private Path register() throws Exception {
        return register("in", ROWS);
    }

    private static final String[][] ROWS = {
            {"Serious Violence", "Critical", "Substantial", "Minimal", "Substantial", "Moderate", "Likely", "High",
                "Adequate", "Good", "Supt Violence"},
            {"Exploitation of Vulnerable Adults", "Substantial", "Critical", "Negligible", "Moderate", "Critical",
                "Almost certain", "Medium", "Limited", "Poor", "DCI Safeguarding"},
            {"Drug Supply", "Moderate", "Moderate", "Moderate", "Moderate", "Moderate", "Possible", "Low", "Good", "Good",
                "DI Drugs"},
            {"Rural Crime", "Minimal", "Minimal", "Minimal", "Minimal", "Minimal", "Unlikely", "Low", "Adequate", "Adequate",
                "Insp Rural"},
            {"Hate Crime", "Moderate", "Substantial", "Minimal", "Critical", "Substantial", "TBC", "Low", "Adequate",
                "Adequate", "Insp Cohesion"}};

    private Path register(String folder, String[][] rows) throws Exception {
        Path in = Files.createDirectories(dir.resolve(folder));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("MoRiLE 2017");
            sh.createRow(0).createCell(0).setCellValue("OFFICIAL-SENSITIVE");
            sh.createRow(1).createCell(0).setCellValue("Strategic Assessment 2017 - MoRiLE scoring");
            Row h = sh.createRow(3);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(4 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(in.resolve("Strategic_Assessment_2017.xlsx"))) {
                wb.write(out);
            }
        }
        return in;
    }

    private Path run(Path in, int exit) throws Exception {
        Path out = dir.resolve(in.getFileName() + "-out");
        var cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(exit, cl.execute("run", in.toString(), "-o", out.toString(), "--quiet"), err.toString());
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
    }

    @Test
    void aRegisterWithNoAreaScoredListsNoTopThreatsAndSaysWhy() throws Exception {
        String[][] rows = {ROWS[4], {"Cyber Crime", "Substantial", "Moderate", "Critical", "Moderate", "Moderate", "n/a",
            "Low", "Limited", "Limited", "DI Cyber"}};
        Path summary = run(register("unscored", rows), 1);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(summary))) {
            StringBuilder all = new StringBuilder();
            for (Row r : wb.getSheet("Summary")) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        all.append(c.getStringCellValue()).append('\n');
                    }
                }
            }
            assertTrue(all.toString().contains("No area of the threat register could be scored"), all.toString());
            assertFalse(all.toString().contains("Hate Crime"));
            assertFalse(all.toString().contains("No threat register was assessed"));
        }
    }

    @Test
    void theRegisterInTheInputsIsRankedAloneInItsOwnWords() throws Exception {
        Path in = register();
        Path out = dir.resolve("out");
        var cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        // exit 1: Hate Crime's likelihood "TBC" is an error
        assertEquals(1, cl.execute("run", in.toString(), "-o", out.toString(), "--quiet"), err.toString());
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(summary))) {
            Sheet sh = wb.getSheet("Threat Strategy");
            List<String> areas = new ArrayList<>();
            List<String> risks = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            boolean table = false;
            for (Row r : sh) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        all.append(c.getStringCellValue()).append('\n');
                    }
                }
                Cell a = r.getCell(0);
                if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals("Rank")) {
                    table = true;
                    continue;
                }
                if (a != null && a.getCellType() == CellType.STRING
                        && a.getStringCellValue().startsWith("Threat area and evidence")) {
                    table = false; // the evidence table below the scores (one row an area again)
                }
                if (table && r.getCell(1) != null && r.getCell(8) != null) {
                    areas.add(r.getCell(1).getStringCellValue().split("\n")[0]);
                    Cell risk = r.getCell(7);
                    risks.add((risk.getCellType() == CellType.NUMERIC ? String.valueOf(risk.getNumericCellValue()) : "")
                            + " " + r.getCell(8).getStringCellValue());
                }
            }
            // by hand, weights .30/.20/.10/.15/.25, words Critical 5 .. Negligible 1, Almost certain 5 .. Rare 1,
            // Excellent 5 .. Poor 1; factor 1 + 0.2 * (3 - position) / 2:
            // Exploitation: harm 1.2 + 1.0 + 0.1 + 0.45 + 1.25 = 4.0, likelihood 5, position (2 + 1) / 2 = 1.5,
            //   factor 1.15: 23.0 Red
            // Serious Violence: 1.5 + 0.8 + 0.2 + 0.6 + 0.75 = 3.85, likelihood 4, position 3.5, factor 0.95:
            //   14.63 -> 14.6 Amber
            // Drug Supply: 3 x 3 x 0.9 (position 4) = 8.1 Amber; Rural Crime: 2 x 2 x 1.0 = 4.0 Green
            // Hate Crime: likelihood "TBC", not scored, listed last
            assertEquals(List.of("Exploitation of Vulnerable Adults", "Serious Violence", "Drug Supply", "Rural Crime",
                    "Hate Crime"), areas);
            assertEquals(List.of("23.0 Red", "14.6 Amber", "8.1 Amber", "4.0 Green", " Not scored"), risks);
            for (String kent : List.of("Child abuse", "Gangs", "Counter terrorism", "Organised acquisitive", "Digital crime",
                    "Emerging communities", "Information requirement", "VSOOR", "Example register")) {
                assertFalse(all.toString().contains(kent), kent + " on the sheet of a force's own register");
            }
            assertTrue(all.toString().contains("Supt Violence"));
        }
    }
}
