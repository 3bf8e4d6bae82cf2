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
 * Writes the "Threat Strategy" sheet (SPEC §6 item 5): how scores are made, then the control
 * strategy's areas ranked by risk with RAG conditional formatting, the reasons in words, the
 * evidence, intelligence gaps, operations and leads; printable landscape, one page wide.
 */
public final class ThreatSheetWriter {
    /** The sheet's name, for links from the Summary sheet. */
    public static final String SHEET_NAME = "Threat Strategy";

    static final String[] HEADERS = {"Rank", "Threat area", "Harm", "Likelihood", "Confidence", "Capacity",
        "Capability", "Risk score", "RAG", "Why this score", "Rank", "Threat area", "Evidence", "Intelligence gaps",
        "Operations", "Lead"};
    /**
     * Column widths in characters. The sheet prints on A4 landscape at 100% in two blocks of columns, each a
     * page wide (about 140 characters between the margins): the scores and why (Rank to Why this score, 130.5)
     * and, beginning again with Rank and Threat area, the evidence, gaps, operations and lead (131.5). The
     * second block has its own Rank and Threat area rather than repeating columns A:B on every page, which
     * printed the notes above the table cut off at column B beside the evidence.
     */
    private static final double[] WIDTHS = {5.5, 20, 6.5, 10.5, 10.5, 8.5, 10.5, 7, 7, 44, 5.5, 20, 46, 26, 22, 12};
    static final int COL_LIKELIHOOD = 3;
    static final int COL_RAG = 8;
    /** The first column of the second printed block (its own Rank, then Threat area and Evidence). */
    static final int SECOND_BLOCK = 10;
    static final int COL_EVIDENCE = SECOND_BLOCK + 2;
    /** Notes above and below the table span the first block, which is on every first page across. */
    private static final int LAST_COL = SECOND_BLOCK - 1;
    private static final float BODY_POINTS = 9;
    private static final float LINE_HEIGHT = 11.5f;
    private static final int MAX_CELL_TEXT = 32_000;

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
            sh.height(notice, TextLines.lines(EXAMPLE_NOTICE, firstBlock() * 10 / 11 / 1.1) * 14 + 4);
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
        sh.height(sub, height(subText, firstBlock()));

        int how = r++;
        text(sh, how, 0, "How scores are made", st.heading);
        merge(sh, how, 0, LAST_COL);
        for (String line : model.describe()) {
            int row = r++;
            text(sh, row, 0, line, st.wrapNote);
            merge(sh, row, 0, LAST_COL);
            sh.height(row, height(line, firstBlock()));
        }
        r++;

        int headerRow = r++;
        sh.height(headerRow, 2 * LINE_HEIGHT + 4);
        for (int c = 0; c < HEADERS.length; c++) {
            text(sh, headerRow, c, HEADERS[c], st.header);
        }
        sh.columnBreaks.add(SECOND_BLOCK);
        int first = r;
        for (ThreatAssessment a : rows) {
            writeArea(sh, r++, a, st);
        }
        int last = r - 1;

        if (!rows.isEmpty()) {
            ragFormatting(sh, first, last);
        }
        r++;
        int foot = r;
        String footText = example ? "Facts, intelligence gaps and operations are quoted from the example control "
                + "strategy; it gives no leads or scores, so its scores are forcestat's starting judgement, not any "
                + "force's assessment. Add your own threat register to the input folder to rank your own areas."
                : "Scores, intelligence gaps, operations, leads and trends are the register's own; the Data lines are the "
                + "trends of the crime figures in these inputs, linked to an area by its name.";
        text(sh, foot, 0, footText, st.wrapNote);
        merge(sh, foot, 0, LAST_COL);
        sh.height(foot, height(footText, firstBlock()));

        sh.freeze(headerRow + 1, 2);
        sh.printTitles = new int[] {headerRow, headerRow};
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

    private static void writeArea(SheetModel sh, int row, ThreatAssessment a, Styles st) {
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
        num(sh, row, 7, a.riskScore(), st.risk);
        text(sh, row, COL_RAG, a.rag().label(), st.rag);
        String evidence = evidence(a);
        String gaps = bullets(a.gaps());
        String ops = bullets(a.operations());
        String lead = a.lead().isEmpty() ? "Not set" : a.lead();
        text(sh, row, 9, a.explanation(), st.wrap);
        // the second printed block names the threat again, so its page reads on its own
        if (a.rag() == Rag.NOT_SCORED) {
            text(sh, row, SECOND_BLOCK, "\u2013", st.rank);
        } else {
            num(sh, row, SECOND_BLOCK, a.rank(), st.rank);
        }
        sh.rich(row, SECOND_BLOCK + 1, areaText(a, st), st.wrap);
        text(sh, row, COL_EVIDENCE, evidence, st.wrap);
        text(sh, row, COL_EVIDENCE + 1, gaps.isEmpty() ? "None recorded" : gaps, st.wrap);
        text(sh, row, COL_EVIDENCE + 2, ops.isEmpty() ? "None recorded" : ops, st.wrap);
        text(sh, row, COL_EVIDENCE + 3, lead, st.wrap);
        float h = Math.max(height(areaPlain(a), WIDTHS[1]), height(a.explanation(), WIDTHS[9]));
        h = Math.max(h, height(evidence, WIDTHS[COL_EVIDENCE]));
        h = Math.max(h, height(gaps, WIDTHS[COL_EVIDENCE + 1]));
        h = Math.max(h, height(ops, WIDTHS[COL_EVIDENCE + 2]));
        h = Math.max(h, height(lead, WIDTHS[COL_EVIDENCE + 3]));
        sh.height(row, Math.min(409, h));
    }

    private static String areaPlain(ThreatAssessment a) {
        StringBuilder b = new StringBuilder(a.area());
        if (a.kind() == ThreatArea.Kind.INFORMATION_REQUIREMENT) {
            b.append('\n').append(a.kind().label());
        }
        if (!DefaultRegister.SOURCE.equals(a.source()) && !a.source().isEmpty()) {
            String src = a.source().startsWith(DefaultRegister.SOURCE + "; ")
                    ? a.source().substring(DefaultRegister.SOURCE.length() + 2) : "from " + a.source();
            b.append('\n').append(Character.toUpperCase(src.charAt(0))).append(src.substring(1));
        }
        return b.toString();
    }

    /** The area's name in bold, then what it is and where it came from in small grey type. */
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

    private static void ragFormatting(SheetModel sh, int first, int last) {
        StyleTable styles = sh.styles;
        String range = Cells.range(first, COL_RAG, last, COL_RAG);
        sh.equalRules(range, List.of(new SheetModel.EqualRule("\"Red\"", styles.dxf(0xFFC7CE, 0x9C0006)),
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
        // 262 characters wide: fitted to one page across it printed on A3 (A4 made its 9 pt text about 5 pt),
        // which a manager's printer does not take. On A4 at 100% in two blocks of columns, each a page wide,
        // the text prints at 9 pt; Rank and Threat area and the header row repeat on every page, and pages run
        // across, then down, so each threat's scores and its evidence are on facing pages.
        sh.paperSize = 9;
        sh.fitToPage = false;
        sh.scale = 100;
        sh.overThenDown = true;
    }

    /** Row height for wrapped text: lines needed at this column width, at the body font. */
    static float height(String text, double widthChars) {
        // lines from Arial's character widths (TextLines works at 10 pt; 9 pt text is 0.9 times as wide)
        return TextLines.lines(text, widthChars * 10 / BODY_POINTS) * LINE_HEIGHT + 4;
    }

    /** Characters of width of the first printed block of columns, which the notes above the table span. */
    private static double firstBlock() {
        double t = 0;
        for (int c = 0; c < SECOND_BLOCK; c++) {
            t += WIDTHS[c];
        }
        return t;
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
        final Font boldFont;
        final Font smallGreyFont;

        Styles(StyleTable table) {
            Font body = font(BODY_POINTS, false, null);
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
