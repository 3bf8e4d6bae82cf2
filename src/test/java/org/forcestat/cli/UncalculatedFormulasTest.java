package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook written by a program that does not calculate (openpyxl, for one) saves each formula
 * without its result. Such cells are not zeros: one error names them, and a day's total left
 * uncalculated is the sum of its gradings, as where the sheet has no total column.
 */
class UncalculatedFormulasTest {
    @TempDir
    Path tmp;

    /** Three days of calls; the total in G is =SUM(B:F), with its result saved only if {@code cached}. */
    private Path callsPerDay(String name, boolean cached) throws Exception {
        int[][] days = {{250, 467, 157, 1116, 118}, {240, 470, 150, 1120, 127}, {261, 455, 160, 1100, 131}};
        StringBuilder rows = new StringBuilder(MinimalXlsx.row(1, "Date", "Immediate", "High", "Appointment", "Advice",
                "Crime report", "Total calls"));
        for (int d = 0; d < days.length; d++) {
            int r = d + 2;
            // Dates as UK text: a bare serial beside the SUM would rightly make the audit ask whether it belongs in it.
            String row = MinimalXlsx.row(r, "0" + (d + 1) + "/04/2014", days[d][0], days[d][1], days[d][2], days[d][3],
                    days[d][4]);
            int sum = 0;
            for (int n : days[d]) {
                sum += n;
            }
            String total = "<c r=\"G" + r + "\"><f>SUM(B" + r + ":F" + r + ")</f>" + (cached ? "<v>" + sum + "</v>" : "")
                    + "</c>";
            rows.append(row.replace("</row>", total + "</row>"));
        }
        Path in = Files.createDirectories(tmp.resolve(name));
        MinimalXlsx.write(in.resolve("calls.xlsx"), MinimalXlsx.worksheet(rows.toString()));
        return in;
    }

    private CommandRun run(Path in) throws Exception {
        return CommandRun.of("run", in.toString(), "-o", tmp.resolve(in.getFileName() + "-out").toString(), "--quiet");
    }

    @Test
    void formulasSavedWithoutResultsAreOneErrorAndTheTotalsComeFromTheGradings() throws Exception {
        CommandRun r = run(callsPerDay("script", false));
        List<CommandRun.Row3> errors = r.findings().stream().filter(f -> f.severity().equals("Error")).toList();
        assertEquals(1, errors.size(), errors.toString());
        CommandRun.Row3 e = errors.get(0);
        assertEquals("FORMULA_NOT_CALCULATED", e.rule());
        assertTrue(e.message().contains("3 formula cell(s), the first at G2 (=SUM(B2:F2))"), e.message());
        assertTrue(e.message().contains("let it recalculate, and save it"), e.message());
        // 2108 + 2107 + 2107 calls, worked out from the gradings above.
        assertEquals(6322, r.metrics().get("calls.total"), 1e-9);
        assertEquals(Main.VALIDATION_ERRORS, r.exitCode(), r.printed());
    }

    @Test
    void formulasSavedWithTheirResultsRaiseNothing() throws Exception {
        CommandRun r = run(callsPerDay("excel", true));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity().equals("Error")), r.findings().toString());
        assertEquals(6322, r.metrics().get("calls.total"), 1e-9);
        assertEquals(Main.OK, r.exitCode(), r.printed());
    }
}
