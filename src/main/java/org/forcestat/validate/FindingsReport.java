package org.forcestat.validate;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;

/** Prints validation results: a readable report grouped by file and rule with counts, or CSV for machines. */
public final class FindingsReport {
    static final String CSV_HEADER = "severity,rule,file,sheet,cell,seen,expected,message,suppressed";

    private FindingsReport() {
    }

    public static void text(ValidateEngine.Result result, PrintWriter out) {
        text(result, out, false);
    }

    /**
     * The text report; {@code quiet} (--quiet: "warnings and errors only") leaves out the lines of
     * Info and suppressed findings, which the closing counts still include.
     */
    public static void text(ValidateEngine.Result result, PrintWriter out, boolean quiet) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int suppressed = 0;
        for (ValidateEngine.FileResult f : result.files()) {
            List<Finding> all = f.findings();
            out.println(printable(String.valueOf(f.file().getFileName())) + (all.isEmpty() ? ": no findings" : ": " + all.size() + " finding(s)"));
            Map<String, List<Finding>> byRule = new TreeMap<>();
            // "part of" rows (the cells of the block a mistake breaks) are shown under their finding, not one by one
            Map<String, List<String>> parts = new LinkedHashMap<>();
            for (Finding x : all) {
                String of = AuditFindings.partOf(x);
                if (quiet && (x.suppressed() || x.severity() == Severity.INFO)) {
                    continue;
                }
                if (of != null) {
                    parts.computeIfAbsent(x.rule() + "|" + x.sheet() + "|" + of, k -> new java.util.ArrayList<>()).add(x.cell());
                } else {
                    byRule.computeIfAbsent(x.rule(), k -> new java.util.ArrayList<>()).add(x);
                }
            }
            for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
                out.println("  " + e.getKey() + " (" + e.getValue().size() + ")");
                for (Finding x : e.getValue()) {
                    String where = x.sheet().isEmpty() ? "" : x.sheet() + (x.cell().isEmpty() ? "" : "!" + x.cell());
                    out.println("    " + x.severity().label().toUpperCase(java.util.Locale.ROOT)
                            + (where.isEmpty() ? "" : " " + printable(where))
                            + (x.suppressed() ? " [suppressed: " + x.suppressedReason() + "]" : ""));
                    out.println("      " + printable(x.message()));
                    if (!x.seen().isEmpty() || !x.expected().isEmpty()) {
                        out.println("      seen: " + printable(x.seen())
                                + (x.expected().isEmpty() ? "" : "   expected: " + printable(x.expected())));
                    }
                    List<String> with = parts.get(x.rule() + "|" + x.sheet() + "|" + x.cell());
                    if (with != null) {
                        out.println("      the block it breaks: " + (with.size() <= 12 ? String.join(", ", with)
                                : String.join(", ", with.subList(0, 12)) + " and " + (with.size() - 12) + " more"));
                    }
                }
            }
            if (f.annotated() != null) {
                out.println("  annotated copy: " + printable(String.valueOf(f.annotated())));
            }
            for (Finding x : all) {
                if (AuditFindings.partOf(x) != null) {
                    continue; // counted with its finding
                }
                if (x.suppressed()) {
                    suppressed++;
                } else if (x.severity() == Severity.ERROR) {
                    errors++;
                } else if (x.severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    infos++;
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.findings().stream().filter(x -> AuditFindings.partOf(x) == null).map(Finding::rule).sorted()
                .forEach(r -> counts.merge(r, 1, Integer::sum));
        out.println();
        out.println("Findings per rule: " + (counts.isEmpty() ? "none" : counts.toString().replaceAll("[{}]", "")));
        out.printf("%d error(s), %d warning(s), %d info, %d suppressed in %d file(s)%n", errors, warnings, infos,
                suppressed, result.files().size());
        out.flush();
    }

    /** Control characters the console would act on (and bidirectional overrides that reorder text). */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    /**
     * A file or sheet name, or a message naming them, as the text report prints it: newlines as \n,
     * tabs as \t, other control characters as ?, as the console log does ({@code cli.ConsoleLog}), so a
     * sheet named with a line break cannot start a forged line of the report.
     */
    static String printable(String v) {
        return CONTROL.matcher(v.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")).replaceAll("?");
    }

    public static void csv(ValidateEngine.Result result, PrintWriter out) {
        out.print(CSV_HEADER + "\r\n");
        for (Finding f : result.findings()) {
            String[] v = {f.severity().label(), f.rule(), f.file(), f.sheet(), f.cell(), f.seen(), f.expected(),
                f.message(), f.suppressed() ? f.suppressedReason() : ""};
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                b.append(i > 0 ? "," : "").append(field(v[i]));
            }
            out.print(b + "\r\n");
        }
        out.flush();
    }

    /** A CSV field: neutralised against formula injection, then quoted when it must be (RFC 4180). */
    static String field(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            // Excel would run "=cmd()" typed into a cell; a leading apostrophe makes it text.
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
