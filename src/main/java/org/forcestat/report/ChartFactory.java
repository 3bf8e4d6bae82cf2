package org.forcestat.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.format.xlsx.ChartModel;
import org.forcestat.format.xlsx.ChartModel.Legend;
import org.forcestat.format.xlsx.ChartModel.Place;
import org.forcestat.format.xlsx.ChartModel.Ref;
import org.forcestat.format.xlsx.ChartModel.Type;
import org.forcestat.format.xlsx.SheetModel;

/**
 * Native, editable Excel charts whose series point at the Data_* sheets, styled with the house
 * palette and written the way both Excel and LibreOffice draw them (see {@link ChartXml}).
 */
final class ChartFactory {

    /** A series: its name (and the cell holding it, or row -1 for a literal name) and its values on the data sheet. */
    record Series(String title, int titleRow, int titleCol, CellRangeAddress values) {
    }

    /** The category labels of a chart: a column range on the data sheet, text or dates. */
    record Categories(SheetModel sheet, CellRangeAddress range, boolean dates) {
    }

    private ChartFactory() {
    }

    /** A clustered column chart, one colour per series. */
    static ChartModel bar(SheetModel host, Place place, String title, String categoryTitle, String valueTitle,
                          Categories categories, List<Series> series, String valueFormat) {
        ChartModel chart = chart(host, Type.BAR, place, title, series.size() > 1 ? Legend.BOTTOM : Legend.NONE,
                categories, series);
        // A bar's height is its value: an axis from 37,500 draws a 3% rise three times taller. Renderers
        // choose such a start for large values unless told (an index chart re-bases its bars itself).
        boolean negative = chart.series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.cache))
                .anyMatch(v -> v < 0);
        if (!negative) {
            chart.min = 0.0;
        }
        return axes(chart, categoryTitle, valueTitle, valueFormat);
    }

    /**
     * Pixels of a chart beside its plot: the value axis's labels and title and the margins (106 px of the
     * Finance chart's 504 in LibreOffice's print, measured).
     */
    private static final int BESIDE_PLOT_PX = 106;
    /** Room a label wants between it and the next. */
    private static final int LABEL_GAP_PX = 6;

    /**
     * -45 degrees when the text category labels, side by side at the charts' 10 pt, are wider than the plot
     * of a chart {@code chartPx} pixels wide, else 0. Level labels that do not fit run together in
     * LibreOffice ("2011/122012/13" under the Finance chart's 8 years, 434 px of labels in a 398 px plot);
     * turned, each has the room of a line's height. Taken as a whole, a long label borrows room from short
     * ones beside it, as both renderers centre each label on its place (the weekdays stay level).
     */
    static int labelAngle(double chartPx, String[] labels) {
        if (labels == null || labels.length == 0) {
            return 0;
        }
        double wanted = 0;
        for (String l : labels) {
            wanted += TextLines.width(l) / TextLines.SAFETY + LABEL_GAP_PX;
        }
        return wanted > chartPx - BESIDE_PLOT_PX ? -45 : 0;
    }

    /** A line chart; on a date axis when the categories are dates, with about 20 date labels whatever the span. */
    static ChartModel line(SheetModel host, Place place, String title, String categoryTitle, String valueTitle,
                           Categories categories, List<Series> series, String valueFormat) {
        ChartModel chart = axes(chart(host, Type.LINE, place, title, series.size() > 1 ? Legend.BOTTOM : Legend.NONE,
                categories, series), categoryTitle, valueTitle, valueFormat);
        int points = categories.range().getNumberOfCells();
        if (categories.dates() && points > 31) {
            chart.majorUnit = Math.ceil(points / 20.0);
        }
        for (int i = 0; i < chart.series.size(); i++) {
            chart.series.get(i).lineWidth = i == 0 ? 1.75 : 1.25;
        }
        return chart;
    }

    /**
     * A pie chart, with a percentage on each slice. Every slice gets its own fill, as LibreOffice
     * draws a pie with none as an empty circle.
     */
    static ChartModel pie(SheetModel host, Place place, String title, Categories categories, Series series) {
        return chart(host, Type.PIE, place, title, Legend.RIGHT, categories, List.of(series));
    }

    private static ChartModel chart(SheetModel host, Type type, Place place, String title, Legend legend,
                                    Categories categories, List<Series> series) {
        ChartModel chart = new ChartModel(type, place, title, legend);
        chart.sliceColours = HouseStyle.PALETTE;
        SheetModel data = categories.sheet();
        chart.categories = ref(data, categories.range());
        chart.dateAxis = categories.dates();
        if (categories.dates()) {
            chart.categoryNumbers = numbers(data, categories.range());
        } else {
            chart.categoryText = texts(data, categories.range());
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Ref titleRef = s.titleRow() < 0 ? null : new Ref(data.name, s.titleRow(), s.titleCol(), s.titleRow(), s.titleCol());
            // the saved name is the cell's text whatever the caller called the series: a reader that does not
            // recalculate shows the cache, so it must never differ from the cell ("Crimes per day" vs "Per day")
            SheetModel.CellData named = titleRef == null ? null : data.find(s.titleRow(), s.titleCol());
            String name = named != null && !named.isNumber() ? named.shownText() : s.title();
            chart.series.add(new ChartModel.Series(name, titleRef, ref(data, s.values()), numbers(data, s.values()),
                    HouseStyle.PALETTE[i % HouseStyle.PALETTE.length]));
        }
        host.charts.add(chart);
        return chart;
    }

    private static ChartModel axes(ChartModel chart, String categoryTitle, String valueTitle, String valueFormat) {
        chart.categoryTitle = categoryTitle;
        chart.valueTitle = valueTitle;
        chart.valueFormat = valueFormat;
        return chart;
    }

    private static Ref ref(SheetModel sheet, CellRangeAddress r) {
        return new Ref(sheet.name, r.getFirstRow(), r.getFirstColumn(), r.getLastRow(), r.getLastColumn());
    }

    /** The range's values, row by row: NaN where a cell is empty or text. */
    private static double[] numbers(SheetModel sheet, CellRangeAddress r) {
        double[] v = new double[r.getNumberOfCells()];
        int i = 0;
        for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
            for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                SheetModel.CellData c = sheet.find(row, col);
                v[i++] = c != null && c.isNumber() ? c.number : Double.NaN;
            }
        }
        return v;
    }

    /** The range's cells as shown (a number in its format); empty text for an empty cell. */
    private static String[] texts(SheetModel sheet, CellRangeAddress r) {
        String[] t = new String[r.getNumberOfCells()];
        int i = 0;
        for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
            for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                SheetModel.CellData c = sheet.find(row, col);
                t[i++] = c == null ? "" : c.isNumber() ? NumberText.shown(sheet.format(c), c.number) : c.shownText();
            }
        }
        return t;
    }
}
