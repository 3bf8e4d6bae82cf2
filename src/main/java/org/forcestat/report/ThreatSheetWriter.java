package org.forcestat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.forcestat.format.xlsx.Cells;
import org.forcestat.format.xlsx.SheetModel;
import org.forcestat.format.xlsx.StyleTable.Align;
import org.forcestat.format.xlsx.StyleTable.Font;
import org.forcestat.format.xlsx.StyleTable.Format;
import org.forcestat.format.xlsx.StyleTable.VAlign;
import org.forcestat.format.xlsx.StyleTable;
import org.forcestat.threat.DefaultRegister;
import org.forcestat.threat.Rag;
import org.forcestat.threat.ScoringModel;
import org.forcestat.threat.ThreatArea;
import org.forcestat.threat.ThreatAssessment;

/**
 * Writes the "Threat Strategy" sheet: how scores are made, then the control strategy's areas ranked
 * by risk with RAG conditional formatting and the reasons in words, then below them the evidence,
 * intelligence gaps, operations and leads; A4 landscape at 100%, a page wide, with its own page
 * breaks so that each page starts with its table's header.
 */
public final class ThreatSheetWriter {
    /** The sheet's name, for links from the Summary sheet. */
    public static final String SHEET_NAME = "Threat Strategy";

    /** The scores table's headings, one a column from A; "Why this score" spans J:L. */
    static final String[] HEADERS = {"Rank", "Threat area", "Harm", "Likelihood", "Confidence", "Capacity",
        "Capability", "Risk score", "RAG", "Why this score"};
    /** The evidence table's headings, at columns {@link #EVIDENCE_COLS} (each spanning to the next one's left). */
    static final String[] EVIDENCE_HEADERS = {"Threat area and evidence", "Intelligence gaps", "Operations", "Lead"};
    /**
     * Column widths in characters: 134 in all, one A4 landscape page across at 100% (LibreOffice prints about
     * 140 between these margins), so the 9 pt text prints at 9 pt. The scores table uses them one a column
     * with its "why" across J:L; the evidence table below it names the area above its evidence across A:G
     * (the longest text gets the most width) and its gaps across H:J.
     * Side by side, each table a page wide, a row was as tall as the other table's longest text and the
     * default register printed on 8 pages, most of them white; one above the other it takes 3.
     */
    private static final double[] WIDTHS = {5.5, 20, 6.5, 10.5, 10.5, 8.5, 10.5, 7, 7, 18, 18, 12};
    static final int COL_LIKELIHOOD = 3;
    static final int COL_RISK = 7;
    static final int COL_RAG = 8;
    static final int COL_WHY = 9;
    /** First columns of the evidence table's area and evidence, gaps, operations and lead. */
    static final int[] EVIDENCE_COLS = {0, 7, 10, 11};
    static final int COL_EVIDENCE = 0;
    private static final int LAST_COL = WIDTHS.length - 1;
    private static final float BODY_POINTS = 9;
    private static final float LINE_HEIGHT = 11.5f;
    private static final int MAX_CELL_TEXT = 32_000;
    /**
     * Points of rows a printed page holds: A4 landscape is 595 pt tall, less 0.6" margins top and bottom
     * (509 pt), less a margin for renderers that lay the rows out a little taller. The sheet breaks its own
     * pages, so a row never splits from its table's header and each page starts with the header again.
     */
    static final float PAGE_POINTS = 495;

    private ThreatSheetWriter() {
    }

    /** The three highest-ranked areas (fewer when the register is smaller), for the Summary sheet; never an unscored one. */
    public static List<ThreatAssessment> topThree(List<ThreatAssessment> ranked) {
        return ranked.stream().filter(a -> a.rag() != Rag.NOT_SCORED)
                .sorted(Comparator.comparingInt(ThreatAssessment::rank)).limit(3).toList();
    }

    /** Writes the "Threat Strategy" sheet {@code sh}; {@code marking} goes in the page header. */
    static void write(SheetModel sh, List<ThreatAssessment> ranked, String marking) {
        Styles st = new Styles(sh.styles);
        List<ThreatAssessment> rows = ranked.stream().sorted(Comparator.comparingInt(ThreatAssessment::rank)).toList();
        ScoringModel model = rows.isEmpty() ? ScoringModel.defaults() : rows.get(0).model();
        for (int c = 0; c < WIDTHS.length; c++) {
            sh.width(c, (int) Math.round(WIDTHS[c] * 256));
        }
        int r = 0;
        int title = r++;
        sh.height(title, 24);
        text(sh, title, 0, "Threat, risk and harm: control strategy", st.title);
        merge(sh, title, 0, LAST_COL);

        boolean example = !rows.isEmpty() && rows.stream().allMatch(a -> DefaultRegister.SOURCE.equals(a.source()));
        if (example) {
            // the seed's register stands in until the user's own: say so before anything else on the page
            int notice = r++;
            text(sh, notice, 0, EXAMPLE_NOTICE, st.wrapHeading);
            merge(sh, notice, 0, LAST_COL);
            // 11 pt bold is about 1.3 times as wide as the 9 pt body
            sh.height(notice, TextLines.lines(EXAMPLE_NOTICE, tableWidth() * 10 / 11 / 1.1) * 14 + 4);
        }
        int sub = r++;
        long unscored = rows.stream().filter(a -> a.rag() == Rag.NOT_SCORED).count();
        String subText = (example ? "The example register's threat areas, scored and ranked by risk (1 = highest). Source: "
                + DefaultRegister.SOURCE + "."
                : "The threat areas of the register in the inputs, with its own scores and words, ranked by risk "
                + "(1 = highest). Source: " + files(rows) + ".")
                + (unscored == 0 ? "" : " " + unscored + (unscored == 1 ? " area is" : " areas are")
                + " not scored, as a score is missing or unreadable: listed last, unranked.")
                + " Likelihood in bold blue was moved by the crime-trend evidence.";
        text(sh, sub, 0, subText, st.wrapNote);
        merge(sh, sub, 0, LAST_COL);
        sh.height(sub, height(subText, tableWidth()));

        int how = r++;
        text(sh, how, 0, "How scores are made", st.heading);
        merge(sh, how, 0, LAST_COL);
        for (String line : model.describe()) {
            int row = r++;
            text(sh, row, 0, line, st.wrapNote);
            merge(sh, row, 0, LAST_COL);
            sh.height(row, height(line, tableWidth()));
        }
        r++;

        Pages pages = new Pages(sh);
        for (int row = 0; row < r; row++) {
            pages.used += sh.height(row);
        }
        int headerRow = r;
        float headerHeight = 2 * LINE_HEIGHT + 4;
        Runnable scoresHeader = () -> {
            int row = pages.row++;
            sh.height(row, headerHeight);
            for (int c = 0; c < HEADERS.length; c++) {
                text(sh, row, c, HEADERS[c], st.header);
            }
            cover(sh, row, COL_WHY, LAST_COL, st.header);
            pages.used += headerHeight;
        };
        pages.row = r;
        List<float[]> heights = rows.stream().map(a -> new float[] {scoresHeight(a), evidenceHeight(a)}).toList();
        pages.keep(headerHeight + (rows.isEmpty() ? 0 : heights.get(0)[0]));
        scoresHeader.run();
        List<Integer> scoreRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (pages.breakUnless(heights.get(i)[0])) {
                scoresHeader.run();
            }
            scoreRows.add(pages.row);
            writeScores(sh, pages.row, rows.get(i), heights.get(i)[0], st);
            pages.used += heights.get(i)[0];
            pages.row++;
        }
        if (!rows.isEmpty()) {
            ragFormatting(sh, scoreRows);
        }

        pages.skip(8);
        Runnable evidenceHeader = () -> {
            int row = pages.row++;
            sh.height(row, headerHeight);
            for (int i = 0; i < EVIDENCE_HEADERS.length; i++) {
                text(sh, row, EVIDENCE_COLS[i], EVIDENCE_HEADERS[i], st.header);
                cover(sh, row, EVIDENCE_COLS[i], spanEnd(i), st.header);
            }
            pages.used += headerHeight;
        };
        if (!rows.isEmpty()) {
            pages.keep(20 + headerHeight + heights.get(0)[1]);
            int heading = pages.row++;
            sh.height(heading, 20);
            text(sh, heading, 0, "Evidence, intelligence gaps, operations and leads", st.heading);
            merge(sh, heading, 0, LAST_COL);
            pages.used += 20;
            evidenceHeader.run();
            for (int i = 0; i < rows.size(); i++) {
                if (pages.breakUnless(heights.get(i)[1])) {
                    evidenceHeader.run();
                }
                writeEvidence(sh, pages.row, rows.get(i), heights.get(i)[1], st);
                pages.used += heights.get(i)[1];
                pages.row++;
            }
        }
        String footText = example ? "Facts, intelligence gaps and operations are quoted from the example control "
                + "strategy; it gives no leads or scores, so its scores are forcestat's starting judgement, not any "
                + "force's assessment. Add your own threat register to the input folder to rank your own areas."
                : "Scores, intelligence gaps, operations, leads and trends are the register's own; the Data lines are the "
                + "trends of the crime figures in these inputs, linked to an area by its name.";
        float footHeight = height(footText, tableWidth());
        pages.skip(8);
        pages.breakUnless(footHeight);
        int foot = pages.row;
        text(sh, foot, 0, footText, st.wrapNote);
        merge(sh, foot, 0, LAST_COL);
        sh.height(foot, footHeight);

        sh.freeze(headerRow + 1, 2);
        pageSetup(sh, marking);
    }

    /** The files the areas came from ("threats.xlsx, Register!A5" gives "threats.xlsx"), in order. */
    private static String files(List<ThreatAssessment> rows) {
        java.util.LinkedHashSet<String> files = new java.util.LinkedHashSet<>();
        for (ThreatAssessment a : rows) {
            int comma = a.source().indexOf(", ");
            files.add(comma < 0 ? a.source() : a.source().substring(0, comma));
        }
        return String.join("; ", files);
    }

    /** The printed pages as the sheet is written: the next row, and the points used on its page. */
    private static final class Pages {
        private final SheetModel sh;
        int row;
        float used;

        Pages(SheetModel sh) {
            this.sh = sh;
        }

        /** Starts a new page unless {@code points} more fit on this one; true when it did. */
        boolean breakUnless(float points) {
            if (used + points <= PAGE_POINTS || used == 0) {
                return false;
            }
            sh.rowBreaks.add(row - 1);
            used = 0;
            return true;
        }

        /** Starts a new page unless {@code points} (a heading with what follows it) fit on this one. */
        void keep(float points) {
            breakUnless(points);
        }

        /** An empty row of {@code points}, left out at the top of a page. */
        void skip(float points) {
            if (used > 0) {
                sh.height(row++, points);
                used += points;
            }
        }
    }

    private static int spanEnd(int i) {
        return i + 1 < EVIDENCE_COLS.length ? EVIDENCE_COLS[i + 1] - 1 : LAST_COL;
    }

    /** Merges {@code from..to} in {@code row}, the covered cells in the same style (so borders and fill print). */
    private static void cover(SheetModel sh, int row, int from, int to, int style) {
        if (to > from) {
            for (int c = from + 1; c <= to; c++) {
                sh.text(row, c, "", style);
            }
            merge(sh, row, from, to);
        }
    }

    private static float scoresHeight(ThreatAssessment a) {
        return Math.min(409, Math.max(height(areaPlain(a), WIDTHS[1]), height(a.explanation(), span(COL_WHY, LAST_COL))));
    }

    private static float evidenceHeight(ThreatAssessment a) {
        float h = 0;
        String[] texts = evidenceTexts(a);
        for (int i = 0; i < texts.length; i++) {
            h = Math.max(h, height(texts[i], span(EVIDENCE_COLS[i], spanEnd(i))));
        }
        return Math.min(409, h);
    }

    /** The area's rank, name, RAG and score, the line above its evidence. */
    private static String evidenceTitle(ThreatAssessment a) {
        if (a.rag() == Rag.NOT_SCORED) {
            return "\u2013 " + a.area() + " (" + a.rag().label() + ")";
        }
        return a.rank() + ". " + a.area() + " (" + a.rag().label() + ", " + String.format(java.util.Locale.UK, "%.1f",
                a.riskScore()) + ")";
    }

    /** After the title: where the scores came from, when from the user's register ("" when not). */
    private static String evidenceSource(ThreatAssessment a) {
        String src = sourceText(a);
        return src.isEmpty() ? "" : ". " + src;
    }

    /** The area and its evidence, gaps, operations and lead, as the evidence table shows them. */
    private static String[] evidenceTexts(ThreatAssessment a) {
        String gaps = bullets(a.gaps());
        String ops = bullets(a.operations());
        return new String[] {evidenceTitle(a) + evidenceSource(a) + "\n" + evidence(a), gaps.isEmpty() ? "None recorded" : gaps,
            ops.isEmpty() ? "None recorded" : ops, a.lead().isEmpty() ? "Not set" : a.lead()};
    }

    private static void writeScores(SheetModel sh, int row, ThreatAssessment a, float height, Styles st) {
        if (a.rag() == Rag.NOT_SCORED) {
            text(sh, row, 0, "\u2013", st.rank);
        } else {
            num(sh, row, 0, a.rank(), st.rank);
        }
        sh.rich(row, 1, areaText(a, st), st.wrap);
        num(sh, row, 2, a.weightedHarm(), st.harm);
        num(sh, row, COL_LIKELIHOOD, a.likelihood(), a.adjustments().isEmpty() ? st.score : st.adjusted);
        num(sh, row, 4, a.confidence(), st.score);
        num(sh, row, 5, a.capacity(), st.score);
        num(sh, row, 6, a.capability(), st.score);
        num(sh, row, COL_RISK, a.riskScore(), st.risk);
        text(sh, row, COL_RAG, a.rag().label(), st.rag);
        text(sh, row, COL_WHY, a.explanation(), st.wrap);
        cover(sh, row, COL_WHY, LAST_COL, st.wrap);
        sh.height(row, height);
    }

    private static void writeEvidence(SheetModel sh, int row, ThreatAssessment a, float height, Styles st) {
        String[] texts = evidenceTexts(a);
        String title = evidenceTitle(a);
        String source = evidenceSource(a);
        List<SheetModel.Run> runs = new ArrayList<>(List.of(new SheetModel.Run(st.boldFont, title)));
        if (!source.isEmpty()) {
            runs.add(new SheetModel.Run(st.smallGreyFont, source));
        }
        runs.add(new SheetModel.Run(st.bodyFont, clip(texts[0].substring(title.length() + source.length()))));
        sh.rich(row, 0, runs, st.wrap);
        cover(sh, row, 0, spanEnd(0), st.wrap);
        for (int i = 1; i < texts.length; i++) {
            text(sh, row, EVIDENCE_COLS[i], texts[i], st.wrap);
            cover(sh, row, EVIDENCE_COLS[i], spanEnd(i), st.wrap);
        }
        sh.height(row, height);
    }

    /** The area's name, and under it "Information requirement" for an area the strategy asks about. */
    private static String areaPlain(ThreatAssessment a) {
        return a.kind() == ThreatArea.Kind.INFORMATION_REQUIREMENT ? a.area() + "\n" + a.kind().label() : a.area();
    }

    /** Where the area's scores came from when not only the default register ("Updated from ..."), or "". */
    private static String sourceText(ThreatAssessment a) {
        if (DefaultRegister.SOURCE.equals(a.source()) || a.source().isEmpty()) {
            return "";
        }
        String src = a.source().startsWith(DefaultRegister.SOURCE + "; ")
                ? a.source().substring(DefaultRegister.SOURCE.length() + 2) : "from " + a.source();
        return Character.toUpperCase(src.charAt(0)) + src.substring(1);
    }

    /** The area's name in bold, then what it is in grey type. */
    private static List<SheetModel.Run> areaText(ThreatAssessment a, Styles st) {
        String plain = clip(areaPlain(a));
        int nameEnd = Math.min(plain.length(), a.area().length());
        List<SheetModel.Run> runs = new ArrayList<>();
        runs.add(new SheetModel.Run(st.boldFont, plain.substring(0, nameEnd)));
        if (nameEnd < plain.length()) {
            runs.add(new SheetModel.Run(st.smallGreyFont, plain.substring(nameEnd)));
        }
        return runs;
    }

    /** The intelligence picture (facts), then the data, then the analyst's own trend statement. */
    private static String evidence(ThreatAssessment a) {
        List<String> parts = new ArrayList<>();
        for (String f : a.facts()) {
            parts.add("\u2022 " + f);
        }
        for (String e : a.evidence()) {
            parts.add("Data: " + e + ".");
        }
        if (!a.trend().isEmpty()) {
            parts.add("Analyst's trend: " + a.trend());
        }
        return parts.isEmpty() ? "No evidence recorded" : String.join("\n", parts);
    }

    private static String bullets(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join("\n", items.stream().map(s -> "\u2022 " + s).toList());
    }

    /** RAG colours on the scores rows' RAG cells (a header repeated after a page break is left out). */
    private static void ragFormatting(SheetModel sh, List<Integer> rows) {
        StyleTable styles = sh.styles;
        List<String> ranges = new ArrayList<>();
        int from = rows.get(0);
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || rows.get(i) != rows.get(i - 1) + 1) {
                ranges.add(Cells.range(from, COL_RAG, rows.get(i - 1), COL_RAG));
                from = i < rows.size() ? rows.get(i) : from;
            }
        }
        sh.equalRules(String.join(" ", ranges), List.of(new SheetModel.EqualRule("\"Red\"", styles.dxf(0xFFC7CE, 0x9C0006)),
                new SheetModel.EqualRule("\"Amber\"", styles.dxf(0xFFEB9C, 0x9C5700)),
                new SheetModel.EqualRule("\"Green\"", styles.dxf(0xC6EFCE, 0x006100))));
    }

    /** Shown above the default register: it is the seed's example, not the user's own strategy. */
    static final String EXAMPLE_NOTICE = "Example register: the Kent Police control strategy of 2016 (the slides forcestat "
            + "comes from), shown until you add your own threat register to the input folder (forcestat templates writes one).";

    private static void pageSetup(SheetModel sh, String marking) {
        String mark = marking == null || marking.isBlank() ? "OFFICIAL" : marking.strip();
        // "&" starts a header code in Excel; a literal ampersand is written "&&".
        sh.header = "&C&B" + mark.replace("&", "&&") + "&R" + SHEET_NAME;
        sh.footer = "&L" + SHEET_NAME + "&CPage &P of &N&R&B" + mark.replace("&", "&&");
        sh.margins = new double[] {0.4, 0.4, 0.6, 0.6, 0.25, 0.25};
        // 262 characters wide in one row, fitted to one page across it printed on A3 (A4 made its 9 pt text
        // about 5 pt); the two tables one above the other are a page wide on A4 at 100%, the text at 9 pt.
        sh.paperSize = 9;
        sh.fitToPage = false;
        sh.scale = 100;
    }

    /** Row height for wrapped text: lines needed at this column width, at the body font. */
    static float height(String text, double widthChars) {
        // lines from Arial's character widths (TextLines works at 10 pt; 9 pt text is 0.9 times as wide)
        return TextLines.lines(text, widthChars * 10 / BODY_POINTS) * LINE_HEIGHT + 4;
    }

    /** Characters of width of the columns {@code from..to} merged (each column's 5 px of padding is text room too). */
    private static double span(int from, int to) {
        double t = (to - from) * 5 / 7.0;
        for (int c = from; c <= to; c++) {
            t += WIDTHS[c];
        }
        return t;
    }

    /** Characters of width of the whole table, which the notes above and below it span. */
    private static double tableWidth() {
        return span(0, LAST_COL);
    }

    private static void text(SheetModel sh, int row, int col, String value, int style) {
        sh.text(row, col, clip(value), style);
    }

    /** A score not given (NaN) is left blank: never a 0 or a made-up value. */
    private static void num(SheetModel sh, int row, int col, double value, int style) {
        if (Double.isNaN(value)) {
            sh.text(row, col, "", style);
            return;
        }
        sh.number(row, col, value, style);
    }

    private static String clip(String s) {
        return s.length() <= MAX_CELL_TEXT ? s : s.substring(0, MAX_CELL_TEXT - 1) + "\u2026";
    }

    private static void merge(SheetModel sh, int row, int from, int to) {
        sh.merge(row, from, row, to);
    }

    /** The sheet's cell formats and the two fonts of the area name's rich text. */
    private static final class Styles {
        private static final int BORDER = 0xA6A6A6;
        private static final int DARK_BLUE = 0x1F3864;
        final int title;
        final int heading;
        final int wrapHeading;
        final int note;
        final int wrapNote;
        final int header;
        final int wrap;
        final int rank;
        final int harm;
        final int score;
        final int adjusted;
        final int risk;
        final int rag;
        final Font bodyFont;
        final Font boldFont;
        final Font smallGreyFont;

        Styles(StyleTable table) {
            Font body = font(BODY_POINTS, false, null);
            bodyFont = body;
            boldFont = font(BODY_POINTS, true, null);
            // the body size, in grey: one point smaller printed under 8 pt on A3
            smallGreyFont = font(BODY_POINTS, false, 0x595959);
            title = table.add(Format.of(font(16, true, DARK_BLUE)).aligned(Align.GENERAL, VAlign.CENTER));
            heading = table.add(Format.of(font(11, true, DARK_BLUE)));
            wrapHeading = table.add(Format.of(font(11, true, DARK_BLUE)).aligned(Align.GENERAL, VAlign.TOP).wrapped());
            Format noteFormat = Format.of(font(BODY_POINTS, false, 0x404040));
            note = table.add(noteFormat);
            wrapNote = table.add(noteFormat.aligned(Align.GENERAL, VAlign.TOP).wrapped());
            Format boxed = Format.of(body).withBorder(BORDER).aligned(Align.GENERAL, VAlign.TOP);
            header = table.add(Format.of(font(BODY_POINTS, true, 0xFFFFFF)).withBorder(BORDER).withFill(DARK_BLUE)
                    .aligned(Align.CENTER, VAlign.CENTER).wrapped());
            wrap = table.add(boxed.wrapped());
            Format centred = boxed.aligned(Align.CENTER, VAlign.TOP);
            rank = table.add(new Format(font(12, true, null), "0", null, BORDER, Align.CENTER, VAlign.TOP, false, 0));
            harm = table.add(centred.withFormat("0.0#"));
            score = table.add(centred);
            adjusted = table.add(new Format(font(BODY_POINTS, true, 0x0070C0), "General", null, BORDER, Align.CENTER,
                    VAlign.TOP, false, 0));
            risk = table.add(new Format(boldFont, "0.0", null, BORDER, Align.CENTER, VAlign.TOP, false, 0));
            rag = table.add(new Format(boldFont, "@", null, BORDER, Align.CENTER, VAlign.TOP, false, 0));
        }

        private static Font font(float points, boolean bold, Integer rgb) {
            // Arial, like the rest of the workbook: LibreOffice has its metric twin (Liberation Sans) everywhere,
            // where Calibri without Carlito fell back to a wider font and overran the row heights
            return Font.of("Arial", points, bold, rgb);
        }
    }
}
