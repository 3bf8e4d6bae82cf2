package org.forcestat.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.forcestat.model.SheetInfo;
import org.forcestat.model.SourceInfo;

/**
 * The {@code validate} job without the command line: each file is read by ingest (the data checks
 * of SPEC §4.1), audited formula by formula (§4.2) and cross-footed when it holds savings or budget
 * sheets; suppressions from {@code forcestat.properties} beside the files are applied, and
 * annotated copies written on request. Files never stop one another.
 */
public final class ValidateEngine {
    private static final Logger LOG = LogManager.getLogger(ValidateEngine.class);
    /** Pairs (audit rule, ingest rule) that describe the same problem in the same cell; the audit's is kept. */
    private static final List<String[]> SAME = List.of(
            new String[] {NumberAsText.ID, "NUMBER_AS_TEXT"}, new String[] {ErrorValue.ID, "FORMULA_ERROR"},
            new String[] {ShortRange.ID, CrossFooting.ID}, new String[] {TypedTotal.ID, CrossFooting.ID},
            new String[] {ShortRange.ID, InconsistentFormula.ID});

    /** One file's findings, whether it could be read, and the annotated copy if one was written. */
    public record FileResult(Path file, List<Finding> findings, boolean unreadable, Path annotated) {
        public FileResult {
            findings = List.copyOf(findings);
        }
    }

    /** All files' results and the exit code of SPEC §7. */
    public record Result(List<FileResult> files, int exitCode) {
        public List<Finding> findings() {
            List<Finding> all = new ArrayList<>();
            files.forEach(f -> all.addAll(f.findings()));
            return all;
        }
    }

    private final HeaderMatcher matcher;
    private final SpreadsheetAudit audit = new SpreadsheetAudit();

    public ValidateEngine(HeaderMatcher matcher) {
        this.matcher = matcher;
    }

    public Result run(ValidateSettings s) throws IOException {
        Suppressions suppressions = Suppressions.none();
        Set<Path> folders = new LinkedHashSet<>();
        for (Path f : s.files()) {
            Path dir = f.toAbsolutePath().getParent();
            if (dir != null && folders.add(dir)) {
                suppressions = suppressions.plus(Suppressions.load(dir));
            }
        }
        List<FileResult> results = new ArrayList<>();
        Partial merged = new Partial();
        for (Path f : s.files()) {
            LOG.debug("validating {}", f.getFileName());
            Partial p = new WorkbookReader(matcher).read(f);
            boolean unreadable = p.sources().stream().anyMatch(src -> src.status() == SourceInfo.Status.UNREADABLE);
            List<Finding> findings = new ArrayList<>(p.findings());
            if (!unreadable) {
                findings.addAll(check(f, p));
            }
            merged.finance().merge(p.finance());
            results.add(new FileResult(f, dedupe(findings), unreadable, null));
        }
        List<Finding> plan = PlanCheck.check(merged.finance());
        List<FileResult> done = new ArrayList<>();
        for (FileResult r : results) {
            List<Finding> all = new ArrayList<>(r.findings());
            String name = r.file().getFileName().toString();
            plan.stream().filter(x -> x.file().equals(name)).forEach(all::add);
            all = suppressions.apply(all);
            Path annotated = null;
            if (s.annotate() && !r.unreadable()) {
                String why = Annotator.cannotAnnotate(r.file());
                if (why == null) {
                    try {
                        annotated = Annotator.annotate(r.file(), all, s.annotateDir());
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("cannot annotate " + name, e);
                        why = "the copy could not be written (" + e.getMessage() + ")";
                    }
                }
                if (why != null) {
                    all.add(new Finding(Severity.INFO, "ANNOTATE_SKIPPED", name, "", "", "", "",
                            "No annotated copy of " + name + " was written: " + why + ". Its findings are "
                                    + "listed here, each with its cell."));
                }
            }
            done.add(new FileResult(r.file(), all, r.unreadable(), annotated));
        }
        return new Result(done, exitCode(done));
    }

    /**
     * The audit and cross-footing findings of one readable file, given what ingest read from it. Used
     * by {@code run} too. Only .xlsx/.xlsm files have formulas to audit.
     */
    public List<Finding> check(Path file, Partial read) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!n.endsWith(".xlsx") && !n.endsWith(".xlsm") && !n.endsWith(".xls")) {
            return List.of();
        }
        Set<String> finance = new HashSet<>();
        List<SheetInfo> sheets = new ArrayList<>();
        boolean formulas = false;
        for (SourceInfo src : read.sources()) {
            for (SheetInfo si : src.sheets()) {
                formulas |= si.formulaCells() != 0;
                if (si.kind() == Kind.SAVINGS || si.kind() == Kind.BUDGET) {
                    finance.add(si.name());
                    sheets.add(si);
                }
            }
        }
        if (!formulas && finance.isEmpty() && !n.endsWith(".xls")) {
            // Nothing to audit: no formulas, no totals to cross-foot. Spares a second pass over a big data file.
            return List.of();
        }
        try {
            AuditWorkbook wb = new AuditReader(finance).read(file);
            List<Finding> out = new ArrayList<>(audit.audit(wb));
            AuditFindings cross = new AuditFindings(wb.file());
            for (SheetInfo si : sheets) {
                AuditSheet sheet = wb.sheet(si.name());
                if (sheet != null && sheet.complete() && si.headerRow() > 0) {
                    CrossFooting.check(sheet, si.headerRow() - 1, cross);
                }
            }
            out.addAll(cross.findings());
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.debug("audit of " + file + " failed", e);
            return List.of(new Finding(Severity.WARNING, "AUDIT_FAILED", file.getFileName().toString(), "", "", "", "",
                    file.getFileName() + ": the formulas could not be audited (" + e.getMessage()
                            + "); the data checks were still made."));
        }
    }

    /**
     * Adds the audit and cross-footing findings of a file to what ingest read from it, with
     * duplicates dropped; for {@code run}, which reads each file once through ingest.
     */
    public Partial audit(Path file, Partial read) {
        if (read.sources().stream().anyMatch(src -> src.status() == SourceInfo.Status.UNREADABLE)) {
            return read;
        }
        // A copy: watch keeps the partial it read and audits it again on every rebuild.
        Partial out = new Partial().merge(read);
        List<Finding> all = new ArrayList<>(read.findings());
        all.addAll(check(file, read));
        out.replaceFindings(dedupe(all));
        return out;
    }

    /** Drops a finding when another rule already reports the same problem at the same cell. */
    static List<Finding> dedupe(List<Finding> findings) {
        Set<String> at = new HashSet<>();
        for (Finding f : findings) {
            at.add(f.rule() + "|" + f.file() + "|" + f.sheet() + "|" + f.cell());
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            boolean covered = false;
            for (String[] pair : SAME) {
                if (pair[1].equals(f.rule()) && at.contains(pair[0] + "|" + f.file() + "|" + f.sheet() + "|" + f.cell())) {
                    covered = true;
                }
            }
            if (!covered) {
                out.add(f);
            }
        }
        return out;
    }

    static int exitCode(List<FileResult> results) {
        if (results.stream().anyMatch(FileResult::unreadable)) {
            return 2;
        }
        boolean errors = results.stream().flatMap(r -> r.findings().stream())
                .anyMatch(f -> !f.suppressed() && f.severity() == Severity.ERROR);
        return errors ? 1 : 0;
    }

    /** True when the path can be given to {@code validate}. */
    public static boolean readable(Path p) {
        return Files.isRegularFile(p) && Files.isReadable(p);
    }
}
