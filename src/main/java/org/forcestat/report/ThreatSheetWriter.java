package org.forcestat.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.threat.DefaultRegister;
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
        "Capability", "Risk score", "RAG", "Why this score", "Evidence", "Intelligence gaps", "Operations", "Lead"};
    /** Column widths in characters, chosen so the sheet prints one A4 landscape page wide at a readable size. */
    private static final double[] WIDTHS = {5.5, 21, 6.5, 9.5, 10.5, 8.5, 9.5, 7, 7, 40, 44, 25, 21, 11};
    static final int COL_LIKELIHOOD = 3;
    static final int COL_RAG = 8;
    private static final int LAST_COL = HEADERS.length - 1;
    private static final float BODY_POINTS = 9;
    private static final float LINE_HEIGHT = 11.5f;
    private static final int MAX_CELL_TEXT = 32_000;

    private static final Map<XSSFWorkbook, Styles> STYLES = Collections.synchronizedMap(new WeakHashMap<>());

    private ThreatSheetWriter() {
    }

    /** The three highest-ranked areas (fewer when the register is smaller), for the Summary sheet. */
    public static List<ThreatAssessment> topThree(List<ThreatAssessment> ranked) {
        return ranked.stream().sorted(Comparator.comparingInt(ThreatAssessment::rank)).limit(3).toList();
    }

    /** Adds the "Threat Strategy" sheet to {@code wb}; {@code marking} goes in the page header. */
    public static void write(XSSFWorkbook wb, List<ThreatAssessment> ranked, String marking) {
        Styles st = STYLES.computeIfAbsent(wb, Styles::new);
        XSSFSheet sh = wb.createSheet(SHEET_NAME);
        List<ThreatAssessment> rows = ranked.stream().sorted(Comparator.comparingInt(ThreatAssessment::rank)).toList();
        ScoringModel model = rows.isEmpty() ? ScoringModel.defaults() : rows.get(0).model();
        for (int c = 0; c < WIDTHS.length; c++) {
            sh.setColumnWidth(c, (int) Math.round(WIDTHS[c] * 256));
        }
        int r = 0;
        XSSFRow title = sh.createRow(r++);
        title.setHeightInPoints(24);
        text(title, 0, "Threat, risk and harm: control strategy", st.title);
        merge(sh, title.getRowNum(), 0, LAST_COL);

        XSSFRow sub = sh.createRow(r++);
        long updated = rows.stream().filter(a -> !DefaultRegister.SOURCE.equals(a.source())).count();
        text(sub, 0, "The control strategy's threat areas, scored and ranked by risk (1 = highest). Source: "
                + DefaultRegister.SOURCE + (updated == 0 ? "." : "; " + updated + (updated == 1 ? " area" : " areas")
                + " updated or added from a THREATS workbook, as each area says.")
                + " Likelihood in bold blue was moved by the crime-trend evidence.", st.note);
        merge(sh, sub.getRowNum(), 0, LAST_COL);

        XSSFRow how = sh.createRow(r++);
        text(how, 0, "How scores are made", st.heading);
        merge(sh, how.getRowNum(), 0, LAST_COL);
        for (String line : model.describe()) {
            XSSFRow row = sh.createRow(r++);
            text(row, 0, line, st.wrapNote);
            merge(sh, row.getRowNum(), 0, LAST_COL);
            row.setHeightInPoints(height(line, total(WIDTHS)));
        }
        r++;

        int headerRow = r++;
        XSSFRow head = sh.createRow(headerRow);
        head.setHeightInPoints(2 * LINE_HEIGHT + 4);
        for (int c = 0; c < HEADERS.length; c++) {
            text(head, c, HEADERS[c], st.header);
        }
        int first = r;
        for (ThreatAssessment a : rows) {
            writeArea(sh.createRow(r++), a, st);
        }
        int last = r - 1;

        if (!rows.isEmpty()) {
            ragFormatting(sh, first, last);
        }
        r++;
        XSSFRow foot = sh.createRow(r);
        text(foot, 0, "Facts, intelligence gaps and operations are quoted from the control strategy; the default register "
                + "gives no leads or scores, so its scores are forcestat's starting judgement until a THREATS workbook "
                + "replaces them.", st.note);
        merge(sh, foot.getRowNum(), 0, LAST_COL);

        sh.createFreezePane(2, headerRow + 1);
        sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        pageSetup(sh, marking);
    }

    private static void writeArea(XSSFRow row, ThreatAssessment a, Styles st) {
        num(row, 0, a.rank(), st.rank);
        XSSFCell area = row.createCell(1);
        area.setCellStyle(st.wrap);
        area.setCellValue(areaText(a, st));
        num(row, 2, a.weightedHarm(), st.harm);
        num(row, COL_LIKELIHOOD, a.likelihood(), a.adjustments().isEmpty() ? st.score : st.adjusted);
        num(row, 4, a.confidence(), st.score);
        num(row, 5, a.capacity(), st.score);
        num(row, 6, a.capability(), st.score);
        num(row, 7, a.riskScore(), st.risk);
        text(row, COL_RAG, a.rag().label(), st.rag);
        String evidence = evidence(a);
        String gaps = bullets(a.gaps());
        String ops = bullets(a.operations());
        String lead = a.lead().isEmpty() ? "Not set" : a.lead();
        text(row, 9, a.explanation(), st.wrap);
        text(row, 10, evidence, st.wrap);
        text(row, 11, gaps.isEmpty() ? "None recorded" : gaps, st.wrap);
        text(row, 12, ops.isEmpty() ? "None recorded" : ops, st.wrap);
        text(row, 13, lead, st.wrap);
        float h = Math.max(height(areaPlain(a), WIDTHS[1]), height(a.explanation(), WIDTHS[9]));
        h = Math.max(h, height(evidence, WIDTHS[10]));
        h = Math.max(h, height(gaps, WIDTHS[11]));
        h = Math.max(h, height(ops, WIDTHS[12]));
        h = Math.max(h, height(lead, WIDTHS[13]));
        row.setHeightInPoints(Math.min(409, h));
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

    private static XSSFRichTextString areaText(ThreatAssessment a, Styles st) {
        String plain = clip(areaPlain(a));
        XSSFRichTextString t = new XSSFRichTextString(plain);
        int nameEnd = Math.min(plain.length(), a.area().length());
        t.applyFont(0, nameEnd, st.boldFont);
        if (nameEnd < plain.length()) {
            t.applyFont(nameEnd, plain.length(), st.smallGreyFont);
        }
        return t;
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

    private static void ragFormatting(XSSFSheet sh, int first, int last) {
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        ConditionalFormattingRule red = rule(cf, "\"Red\"", "FFC7CE", "9C0006");
        ConditionalFormattingRule amber = rule(cf, "\"Amber\"", "FFEB9C", "9C5700");
        ConditionalFormattingRule green = rule(cf, "\"Green\"", "C6EFCE", "006100");
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first, last, COL_RAG, COL_RAG)},
                new ConditionalFormattingRule[] {red, amber, green});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String value, String fill, String font) {
        ConditionalFormattingRule r = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, value);
        PatternFormatting p = r.createPatternFormatting();
        p.setFillBackgroundColor(new XSSFColor(hex(fill), null));
        p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        r.createFontFormatting().setFontColor(new XSSFColor(hex(font), null));
        return r;
    }

    private static void pageSetup(XSSFSheet sh, String marking) {
        String mark = marking == null || marking.isBlank() ? "OFFICIAL" : marking.strip();
        // "&" starts a header code in Excel; a literal ampersand is written "&&".
        sh.getHeader().setCenter("&B" + mark.replace("&", "&&"));
        sh.getFooter().setLeft(SHEET_NAME);
        sh.getFooter().setCenter("Page &P of &N");
        sh.getFooter().setRight("&B" + mark.replace("&", "&&"));
        PrintSetup ps = sh.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setMargin(PageMargin.LEFT, 0.4);
        sh.setMargin(PageMargin.RIGHT, 0.4);
        sh.setMargin(PageMargin.TOP, 0.6);
        sh.setMargin(PageMargin.BOTTOM, 0.6);
        sh.setMargin(PageMargin.HEADER, 0.25);
        sh.setMargin(PageMargin.FOOTER, 0.25);
    }

    /** Row height for wrapped text: lines needed at this column width, at the body font. */
    static float height(String text, double widthChars) {
        // Proportional 9pt text fits about 1.45 characters per width unit of the default 11pt "0"
        // (measured in LibreOffice; Calibri in Excel fits about as many; 1.4 leaves a small margin).
        double perLine = Math.max(1, (widthChars - 1) * 1.4);
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(para.length() / perLine));
        }
        return lines * LINE_HEIGHT + 4;
    }

    private static double total(double[] widths) {
        double t = 0;
        for (double w : widths) {
            t += w;
        }
        return t;
    }

    private static void text(XSSFRow row, int col, String value, XSSFCellStyle style) {
        XSSFCell c = row.createCell(col);
        c.setCellValue(clip(value));
        c.setCellStyle(style);
    }

    private static void num(XSSFRow row, int col, double value, XSSFCellStyle style) {
        XSSFCell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static String clip(String s) {
        return s.length() <= MAX_CELL_TEXT ? s : s.substring(0, MAX_CELL_TEXT - 1) + "\u2026";
    }

    private static void merge(XSSFSheet sh, int row, int from, int to) {
        sh.addMergedRegion(new CellRangeAddress(row, row, from, to));
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    /** The sheet's styles, made once per workbook: POI workbooks hold at most 64,000 styles. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle heading;
        final XSSFCellStyle note;
        final XSSFCellStyle wrapNote;
        final XSSFCellStyle header;
        final XSSFCellStyle wrap;
        final XSSFCellStyle rank;
        final XSSFCellStyle harm;
        final XSSFCellStyle score;
        final XSSFCellStyle adjusted;
        final XSSFCellStyle risk;
        final XSSFCellStyle rag;
        final XSSFFont boldFont;
        final XSSFFont smallGreyFont;

        Styles(XSSFWorkbook wb) {
            XSSFFont body = font(wb, BODY_POINTS, false, null);
            boldFont = font(wb, BODY_POINTS, true, null);
            smallGreyFont = font(wb, BODY_POINTS - 1, false, "595959");
            title = wb.createCellStyle();
            title.setFont(font(wb, 16, true, "1F3864"));
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            heading = wb.createCellStyle();
            heading.setFont(font(wb, 11, true, "1F3864"));
            note = wb.createCellStyle();
            note.setFont(font(wb, BODY_POINTS, false, "404040"));
            wrapNote = wb.createCellStyle();
            wrapNote.cloneStyleFrom(note);
            wrapNote.setWrapText(true);
            wrapNote.setVerticalAlignment(VerticalAlignment.TOP);

            header = boxed(wb);
            header.setFont(font(wb, BODY_POINTS, true, "FFFFFF"));
            header.setFillForegroundColor(new XSSFColor(hex("1F3864"), null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setAlignment(HorizontalAlignment.CENTER);

            wrap = boxed(wb);
            wrap.setFont(body);
            wrap.setWrapText(true);
            rank = centred(wb, body, "0");
            rank.setFont(font(wb, 12, true, null));
            harm = centred(wb, body, "0.0#");
            score = centred(wb, body, "General");
            adjusted = centred(wb, font(wb, BODY_POINTS, true, "0070C0"), "General");
            risk = centred(wb, boldFont, "0.0");
            rag = centred(wb, boldFont, "@");
        }

        private static XSSFCellStyle boxed(XSSFWorkbook wb) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            XSSFColor grey = new XSSFColor(hex("A6A6A6"), null);
            s.setTopBorderColor(grey);
            s.setBottomBorderColor(grey);
            s.setLeftBorderColor(grey);
            s.setRightBorderColor(grey);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static XSSFCellStyle centred(XSSFWorkbook wb, XSSFFont f, String format) {
            XSSFCellStyle s = boxed(wb);
            s.setFont(f);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        private static XSSFFont font(XSSFWorkbook wb, float points, boolean bold, String rgb) {
            XSSFFont f = wb.createFont();
            f.setFontName("Calibri");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            if (rgb != null) {
                f.setColor(new XSSFColor(hex(rgb), null));
            }
            return f;
        }
    }
}
