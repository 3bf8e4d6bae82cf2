package org.forcestat.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDateAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Native, editable Excel charts (XDDF) whose series point at the Data_* sheets, styled with the
 * house palette and written the way both Excel and LibreOffice draw them.
 */
final class ChartFactory {

    /** Where a chart sits on its host sheet: top-left cell and the (exclusive) bottom-right cell, 0-based. */
    record Place(int col1, int row1, int col2, int row2) {
    }

    /** A series: its name (and the cell holding it, or row -1 for a literal name) and its values on the data sheet. */
    record Series(String title, int titleRow, int titleCol, CellRangeAddress values) {
    }

    /** The category labels of a chart: a column range on the data sheet, text or dates. */
    record Categories(XSSFSheet sheet, CellRangeAddress range, boolean dates) {
    }

    private ChartFactory() {
    }

    /** A clustered column chart, one colour per series. */
    static XSSFChart bar(XSSFSheet host, Place place, String title, String categoryTitle, String valueTitle,
                         Categories categories, List<Series> series, String valueFormat) {
        XSSFChart chart = newChart(host, place, title, series.size() > 1);
        XDDFChartAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bottom.setTitle(categoryTitle);
        bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis left = valueAxis(chart, valueTitle, valueFormat);
        // Excel wants bars between tick marks and no per-point colours (POI defaults differ).
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(80);
        XDDFDataSource<?> cats = categories(categories);
        for (int i = 0; i < series.size(); i++) {
            XDDFChartData.Series s = addSeries(data, cats, categories.sheet(), series.get(i));
            s.setFillProperties(solid(HouseStyle.PALETTE[i % HouseStyle.PALETTE.length]));
        }
        chart.plot(data);
        unlinkNumberFormats(chart);
        return chart;
    }

    /** A line chart; on a date axis when the categories are dates. */
    static XSSFChart line(XSSFSheet host, Place place, String title, String categoryTitle, String valueTitle,
                          Categories categories, List<Series> series, String valueFormat) {
        XSSFChart chart = newChart(host, place, title, series.size() > 1);
        XDDFChartAxis bottom;
        if (categories.dates()) {
            bottom = chart.createDateAxis(AxisPosition.BOTTOM);
            bottom.setNumberFormat("dd/mm/yyyy");
            int points = categories.range().getNumberOfCells();
            if (points > 31) {
                // about 20 date labels whatever the span, rather than one per day piled on each other
                bottom.setMajorUnit(Math.ceil(points / 20.0));
            }
        } else {
            bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        }
        bottom.setTitle(categoryTitle);
        bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis left = valueAxis(chart, valueTitle, valueFormat);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        XDDFDataSource<?> cats = categories(categories);
        for (int i = 0; i < series.size(); i++) {
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) addSeries(data, cats, categories.sheet(), series.get(i));
            XDDFLineProperties line = new XDDFLineProperties(solid(HouseStyle.PALETTE[i % HouseStyle.PALETTE.length]));
            line.setWidth(i == 0 ? 1.75 : 1.25);
            s.setLineProperties(line);
            s.setMarkerStyle(MarkerStyle.NONE);
            s.setSmooth(false);
        }
        chart.plot(data);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        unlinkNumberFormats(chart);
        return chart;
    }

    /**
     * A pie chart. LibreOffice draws a pie with no explicit point fills as an empty circle, so
     * every data point gets its own solid fill.
     */
    static XSSFChart pie(XSSFSheet host, Place place, String title, Categories categories, Series series, int points) {
        XSSFChart chart = newChart(host, place, title, true);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series s = addSeries(data, categories(categories), categories.sheet(), series);
        chart.plot(data);
        for (int i = 0; i < points; i++) {
            s.getDataPoint(i).setFillProperties(solid(HouseStyle.PALETTE[i % HouseStyle.PALETTE.length]));
        }
        CTDLbls labels = ((XDDFPieChartData.Series) s).getCTPieSer().addNewDLbls();
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(true);
        labels.addNewShowBubbleSize().setVal(false);
        CTNumFmt fmt = labels.addNewNumFmt();
        fmt.setFormatCode("0%");
        fmt.setSourceLinked(false);
        return chart;
    }

    static XDDFSolidFillProperties solid(int rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(HouseStyle.rgb(rgb)));
    }

    private static XSSFChart newChart(XSSFSheet host, Place place, String title, boolean legend) {
        XSSFDrawing drawing = host.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.col1(), place.row1(), place.col2(), place.row2());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (legend) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String title, String format) {
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(title);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.getOrAddMajorGridProperties().setLineProperties(
                new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY))));
        if (format != null) {
            left.setNumberFormat(format);
        }
        return left;
    }

    private static XDDFDataSource<?> categories(Categories c) {
        return c.dates()
                ? XDDFDataSourcesFactory.fromNumericCellRange(c.sheet(), c.range())
                : XDDFDataSourcesFactory.fromStringCellRange(c.sheet(), c.range());
    }

    private static XDDFChartData.Series addSeries(XDDFChartData data, XDDFDataSource<?> cats, XSSFSheet dataSheet, Series series) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(dataSheet, series.values());
        XDDFChartData.Series s = data.addSeries(cats, values);
        if (series.titleRow() < 0) {
            s.setTitle(series.title(), null);
        } else {
            s.setTitle(series.title(), new CellReference(dataSheet.getSheetName(), series.titleRow(), series.titleCol(), true, true));
        }
        return s;
    }

    /** POI writes axis formats sourceLinked, which makes Excel ignore them: unlink every one. */
    private static void unlinkNumberFormats(XSSFChart chart) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        for (CTValAx ax : plot.getValAxArray()) {
            if (ax.isSetNumFmt()) {
                ax.getNumFmt().setSourceLinked(false);
            }
        }
        for (CTCatAx ax : plot.getCatAxArray()) {
            if (ax.isSetNumFmt()) {
                ax.getNumFmt().setSourceLinked(false);
            }
        }
        for (CTDateAx ax : plot.getDateAxArray()) {
            if (ax.isSetNumFmt()) {
                ax.getNumFmt().setSourceLinked(false);
            }
        }
    }
}
