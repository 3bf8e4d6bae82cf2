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
            // The audit listens to ingest's pass: each sheet is parsed once.
            AuditReader audited = auditable(f) ? new AuditReader(f) : null;
            Partial p = new WorkbookReader(matcher).read(f, WorkbookReader.Progress.NONE, Set.of(), audited);
            boolean unreadable = p.sources().stream().anyMatch(src -> src.status() == SourceInfo.Status.UNREADABLE);
            List<Finding> findings = new ArrayList<>(p.findings());
            if (!unreadable) {
                findings.addAll(check(f, p, audited));
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
                    } catch (Annotator.NotWritten e) {
                        LOG.debug("cannot annotate " + name, e);
                        why = e.getMessage();
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("cannot annotate " + name, e);
                        why = "the copy could not be written (" + e.getMessage() + ")";
                    }
                }
                if (why != null) {
                    all.add(Finding.of(Severity.INFO, Rule.ANNOTATE_SKIPPED.id()).at(name, "", "").message(
                            "No annotated copy of " + name + " was written: " + why + ". Its findings are "
                                    + "listed here, each with its cell."));
                }
            }
            done.add(new FileResult(r.file(), all, r.unreadable(), annotated));
        }
        return new Result(done, exitCode(done));
    }

    /** As {@link #check(Path, Partial, AuditReader)}, reading the file again for the audit. */
    public List<Finding> check(Path file, Partial read) {
        return check(file, read, null);
    }

    /** True for the files that have formulas to audit: .xlsx, .xlsm and .xls. */
    static boolean auditable(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /**
     * The audit and cross-footing findings of one readable file, given what ingest read from it.
     * Only .xlsx/.xlsm and .xls files have formulas to audit. {@code audited} is the reader that
     * listened to ingest's pass over the file; when null, the file is read again for the audit.
     */
    public List<Finding> check(Path file, Partial read, AuditReader audited) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!auditable(file)) {
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
            AuditWorkbook wb = audited != null ? audited.finish(finance) : AuditReader.read(file, finance);
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
            return List.of(Finding.of(Severity.WARNING, Rule.AUDIT_FAILED.id()).at(file.getFileName().toString(), "", "").message(
                    file.getFileName() + ": the formulas could not be audited (" + e.getMessage()
                            + "); the data checks were still made."));
        }
    }

    /**
     * Adds the audit and cross-footing findings of a file to what ingest read from it, with
     * duplicates dropped; for {@code run}, which reads each file once through ingest.
     */
    public Partial audit(Path file, Partial read) {
        return audit(file, read, null);
    }

    /**
     * Reads one file through ingest with the audit listening to the same pass (each sheet parsed
     * once), and adds the audit's findings as {@link #audit(Path, Partial)} does; for {@code run}.
     */
    public Partial read(WorkbookReader reader, Path file, WorkbookReader.Progress progress, Set<String> skip) {
        AuditReader audited = auditable(file) ? new AuditReader(file) : null;
        return audit(file, reader.read(file, progress, skip, audited), audited);
    }

    /** As {@link #read(WorkbookReader, Path, WorkbookReader.Progress, Set)}, leaving out calls an earlier file counted. */
    public Partial read(WorkbookReader reader, Path file, WorkbookReader.Progress progress, Set<String> skip,
                        org.forcestat.ingest.RepeatedCalls.Skip repeated) {
        AuditReader audited = auditable(file) ? new AuditReader(file) : null;
        return audit(file, reader.read(file, progress, skip, audited, repeated), audited);
    }

    private Partial audit(Path file, Partial read, AuditReader audited) {
        if (read.sources().stream().anyMatch(src -> src.status() == SourceInfo.Status.UNREADABLE)) {
            return read;
        }
        // A copy: watch keeps the partial it read and audits it again on every rebuild.
        Partial out = new Partial().merge(read);
        List<Finding> all = new ArrayList<>(read.findings());
        all.addAll(check(file, read, audited));
        out.replaceFindings(dedupe(all));
        return out;
    }

    /**
     * Drops a finding when another rule already reports the same problem at the same cell: the one
     * whose {@link Rule#covers} names it is kept.
     */
    static List<Finding> dedupe(List<Finding> findings) {
        Set<String> covered = new HashSet<>();
        for (Finding f : findings) {
            Rule r = Rule.of(f.rule());
            // a "part of" row names a cell of the block, not the problem: it covers nothing
            if (r != null && AuditFindings.partOf(f) == null) {
                for (String other : r.covers()) {
                    covered.add(other + "|" + f.file() + "|" + f.sheet() + "|" + f.cell());
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!covered.contains(f.rule() + "|" + f.file() + "|" + f.sheet() + "|" + f.cell())) {
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
