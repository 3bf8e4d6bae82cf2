package org.forcestat.report;

import java.util.EnumMap;
import java.util.Map;
import org.forcestat.format.xlsx.StyleTable.Align;
import org.forcestat.format.xlsx.StyleTable.Font;
import org.forcestat.format.xlsx.StyleTable.Format;
import org.forcestat.format.xlsx.StyleTable.VAlign;
import org.forcestat.format.xlsx.StyleTable;

/**
 * The one palette and the fixed set of cell styles every sheet of the summary workbook uses.
 * Styles are created once per workbook: Excel limits a file to 64,000 styles, so never one per cell.
 */
final class HouseStyle {

    /** Chart and fill colours, in the order series take them (a colour-blind-safe set). */
    static final int[] PALETTE = {
        0x1F4E79, 0xE07B00, 0x2E8B57, 0xC0392B, 0x7B3F99, 0x8C6D31, 0x2AA1B3, 0x6B6B6B, 0xD4A017, 0x4A90D9, 0x9B5DE5, 0x333333
    };
    static final int NAVY = 0x1F4E79;
    static final int TILE = 0xF2F7FC;
    private static final int TILE_BORDER = 0xBDD7EE;

    /** Every style a cell can take; each maps to exactly one cell format in the workbook. */
    enum Kind {
        TITLE, SUBTITLE, SECTION, NOTE, HEADER, HEADER_RIGHT, TEXT, TEXT_WRAP, TEXT_BOLD, LINK,
        INTEGER, DECIMAL1, SHARE, GBP, GBP_MILLIONS, PVALUE, DECIMAL3, DATE, DATETIME, MONTH,
        INTEGER_BOLD, SHARE_BOLD,
        TILE_LABEL, TILE_INTEGER, TILE_DECIMAL1, TILE_SHARE, TILE_GBP_MILLIONS, TILE_TEXT,
        MISSING,
        /** Text after a column of right-aligned numbers (a verdict beside a p-value): indented so they never touch. */
        TEXT_INDENT,
        /** Plain text wrapped in a capped column ({@link Grid#wrap}), bottom-aligned like the cells beside it. */
        WRAPPED,
        /** {@link #MISSING} wrapped onto two lines in a narrow column. */
        MISSING_WRAP
    }

    private final StyleTable table;
    private final Map<Kind, Integer> styles = new EnumMap<>(Kind.class);

    HouseStyle(StyleTable table) {
        this.table = table;
        Font plain = font(false, 10, 0x000000, false);
        Font bold = font(true, 10, 0x000000, false);
        Font white = font(true, 10, 0xFFFFFF, false);
        Font title = font(true, 16, NAVY, false);
        Font section = font(true, 12, NAVY, false);
        Font note = font(false, 9, 0x595959, true);
        Font link = new Font("Arial", 10, false, false, true, 0x0563C1);
        Font tileValue = font(true, 14, NAVY, false);
        Font tileLabel = font(false, 10, 0x404040, false);

        put(Kind.TITLE, Format.of(title));
        put(Kind.SUBTITLE, Format.of(plain));
        put(Kind.SECTION, Format.of(section));
        put(Kind.NOTE, Format.of(note));
        Format header = Format.of(white).withFill(NAVY).aligned(Align.GENERAL, VAlign.CENTER).wrapped();
        put(Kind.HEADER, header);
        put(Kind.HEADER_RIGHT, header.aligned(Align.RIGHT, VAlign.CENTER));
        put(Kind.TEXT, Format.of(plain));
        put(Kind.TEXT_WRAP, Format.of(plain).aligned(Align.GENERAL, VAlign.TOP).wrapped());
        put(Kind.TEXT_BOLD, Format.of(bold));
        put(Kind.TEXT_INDENT, Format.of(plain).indented(1));
        put(Kind.LINK, Format.of(link));
        put(Kind.INTEGER, Format.of(plain).withFormat("#,##0"));
        put(Kind.DECIMAL1, Format.of(plain).withFormat("#,##0.0"));
        put(Kind.SHARE, Format.of(plain).withFormat("0.0%"));
        // the pound sign quoted, as Excel writes it: SheetJS cannot apply a bare £ (its CSV showed 61000000 for £61.0m)
        put(Kind.GBP, Format.of(plain).withFormat("\"£\"#,##0"));
        put(Kind.GBP_MILLIONS, Format.of(plain).withFormat("\"£\"#,##0.0,,\"m\""));
        // A p-value of 4e-28 shown as 0.0000 reads as "exactly zero"; under 0.001 it shows as text-like "< 0.001".
        put(Kind.PVALUE, Format.of(plain).withFormat("[<0.001]\"< 0.001\";0.000"));
        put(Kind.DECIMAL3, Format.of(plain).withFormat("#,##0.000"));
        put(Kind.DATE, Format.of(plain).withFormat("dd/mm/yyyy"));
        put(Kind.DATETIME, Format.of(plain).withFormat("dd/mm/yyyy hh:mm"));
        put(Kind.MONTH, Format.of(plain).withFormat("mmm yyyy"));
        put(Kind.INTEGER_BOLD, Format.of(bold).withFormat("#,##0"));
        put(Kind.SHARE_BOLD, Format.of(bold).withFormat("0.0%"));

        Format tile = Format.of(tileValue).withFill(TILE).withBorder(TILE_BORDER);
        put(Kind.TILE_LABEL, Format.of(tileLabel).withFill(TILE).withBorder(TILE_BORDER).aligned(Align.GENERAL, VAlign.CENTER)
                .wrapped());
        put(Kind.TILE_INTEGER, tile.withFormat("#,##0"));
        put(Kind.TILE_DECIMAL1, tile.withFormat("#,##0.0"));
        put(Kind.TILE_SHARE, tile.withFormat("0.0%"));
        put(Kind.TILE_GBP_MILLIONS, tile.withFormat("\"£\"#,##0.0,,\"m\""));
        // words in a tile ("not in these inputs"): at the tile's 14 pt bold they were cut to "se inputs"
        put(Kind.TILE_TEXT, Format.of(note).withFill(TILE).withBorder(TILE_BORDER).aligned(Align.RIGHT, VAlign.CENTER)
                .wrapped());
        put(Kind.MISSING, Format.of(note).aligned(Align.RIGHT, VAlign.BOTTOM));
        put(Kind.WRAPPED, Format.of(plain).wrapped());
        put(Kind.MISSING_WRAP, Format.of(note).aligned(Align.RIGHT, VAlign.BOTTOM).wrapped());
    }

    /** Styles of text that may run on into empty cells to its right (titles, notes): never sizes a column. */
    boolean overflows(int style) {
        for (Kind k : new Kind[] {Kind.TITLE, Kind.SUBTITLE, Kind.SECTION, Kind.NOTE}) {
            if (styles.get(k) == style) {
                return true;
            }
        }
        return false;
    }

    /** The index of a kind's cell format in the style table. */
    int get(Kind kind) {
        return styles.get(kind);
    }

    /** The value style for a tile showing a number in the given plain style. */
    static Kind tileFor(Kind plain) {
        return switch (plain) {
            case DECIMAL1 -> Kind.TILE_DECIMAL1;
            case SHARE -> Kind.TILE_SHARE;
            case GBP, GBP_MILLIONS -> Kind.TILE_GBP_MILLIONS;
            default -> Kind.TILE_INTEGER;
        };
    }

    private void put(Kind kind, Format format) {
        styles.put(kind, table.addNew(format));
    }

    private static Font font(boolean bold, int points, int rgb, boolean italic) {
        return new Font("Arial", points, bold, italic, false, rgb);
    }
}
