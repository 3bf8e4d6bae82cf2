package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;

/** --quiet means "warnings and errors only": the text report leaves out Info lines but still counts them. */
class QuietReportTest {
    private static final Finding ERROR = Finding.of(Severity.ERROR, "AUDIT_TYPED_TOTAL").at("plan.xlsx", "Plan", "G10")
            .seen("£900").expected("£1,100").message("A typed total.");
    private static final Finding WARNING = Finding.of(Severity.WARNING, "AUDIT_NUMBER_AS_TEXT")
            .at("plan.xlsx", "Plan", "E8").message("A number stored as text.");
    private static final Finding INFO = Finding.of(Severity.INFO, "AUDIT_EXTERNAL_LINK").at("plan.xlsx", "Plan", "E9")
            .message("A link to another workbook.");

    private static String report(boolean quiet) {
        ValidateEngine.Result r = new ValidateEngine.Result(List.of(new ValidateEngine.FileResult(Path.of("plan.xlsx"),
                List.of(ERROR, WARNING, INFO), false, null)), 1);
        StringWriter out = new StringWriter();
        FindingsReport.text(r, new PrintWriter(out), quiet);
        return out.toString();
    }

    @Test
    void quietLeavesOutInfoButCountsIt() {
        String loud = report(false);
        String quiet = report(true);
        assertTrue(loud.contains("A link to another workbook."), loud);
        assertFalse(quiet.contains("A link to another workbook."), quiet);
        assertFalse(quiet.contains("AUDIT_EXTERNAL_LINK (1)"), quiet);
        for (String s : List.of(loud, quiet)) {
            assertTrue(s.contains("ERROR Plan!G10"), s);
            assertTrue(s.contains("A number stored as text."), s);
            assertTrue(s.contains("1 error(s), 1 warning(s), 1 info, 0 suppressed in 1 file(s)"), s);
        }
        assertEquals(loud.lines().count() - 3, quiet.lines().count(), "the rule heading and two lines of the info go");
    }
}
