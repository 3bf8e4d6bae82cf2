package org.forcestat.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.forcestat.model.SheetInfo;
import org.forcestat.model.SourceInfo;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.RunInfo;

/** The Sources sheet: every input file (hash, size, modified, status), each of its sheets, and the run itself. */
final class SourcesSheetWriter {
    static final String SHEET = "Sources";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private SourcesSheetWriter() {
    }

    static void write(Grid g, List<SourceInfo> sources, RunInfo run) {
        g.text(0, 0, "Sources", Kind.TITLE);
        g.freeze(1);
        g.text(2, 0, "Input files", Kind.SECTION);
        g.header(3, 0, "File", "SHA-256", "Size (bytes)", "Modified", "Status", "Sheets");
        int row = 4;
        for (SourceInfo s : sources) {
            g.text(row, 0, s.file());
            g.text(row, 1, s.sha256());
            g.number(row, 2, s.size(), Kind.INTEGER);
            if (s.modified() != null) {
                g.dateTime(row, 3, LocalDateTime.ofInstant(s.modified(), LONDON));
            }
            g.text(row, 4, s.status().label());
            g.number(row, 5, s.sheets().size(), Kind.INTEGER);
            row++;
        }
        if (sources.isEmpty()) {
            g.text(row++, 0, "No input files were found");
        }
        Tables.create(g.sheet(), "InputFiles", 3, 0, row - 1, 5);

        row += 1;
        g.text(row++, 0, "Sheets read", Kind.SECTION);
        int header = row;
        g.header(row++, 0, "File", "Sheet", "Kind", "Hidden", "Header row", "Rows read", "Rows rejected");
        for (SourceInfo s : sources) {
            for (SheetInfo sh : s.sheets()) {
                g.text(row, 0, s.file());
                g.text(row, 1, sh.name());
                g.text(row, 2, sh.kind() == null ? "" : sh.kind().label());
                g.text(row, 3, sh.hidden() ? "Hidden" : "");
                if (sh.headerRow() > 0) {
                    g.number(row, 4, sh.headerRow(), Kind.INTEGER);
                }
                g.number(row, 5, sh.rowsRead(), Kind.INTEGER);
                g.number(row, 6, sh.rowsRejected(), Kind.INTEGER);
                row++;
            }
        }
        if (row == header + 1) {
            g.text(row++, 0, "No sheets were read");
        }
        Tables.create(g.sheet(), "InputSheets", header, 0, row - 1, 6);

        row += 1;
        g.text(row++, 0, "This run", Kind.SECTION);
        row = pair(g, row, "Force", run.forceName() == null ? "not named (use --force-name, or a Force name fact)" : run.forceName());
        row = pair(g, row, "Protective marking", run.marking());
        row = pair(g, row, "Generated at", run.generatedAt() == null ? "" : Labels.DAY_TIME.format(run.generatedAt()));
        row = pair(g, row, "Tool version", "forcestat " + run.toolVersion());
        row = pair(g, row, "Input folder", run.inputFolder());
        row = pair(g, row, "Options", run.options().isEmpty() ? "(defaults)" : String.join(" ", run.options()));
        g.minWidth(1, 20);
        // printed one page wide: file names, hashes, kinds and the run's options wrap rather than widen it
        g.wrap(0, 30);
        g.wrap(1, 34);
        g.wrap(2, 24);
        g.finish(run.marking());
    }

    private static int pair(Grid g, int row, String label, String value) {
        g.text(row, 0, label, Kind.TEXT_BOLD);
        g.text(row, 1, value == null ? "" : value);
        return row + 1;
    }
}
