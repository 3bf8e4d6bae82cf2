package org.forcestat.format.xlsx;

/**
 * Writes a {@link ChartModel} as a DrawingML chart part ({@code xl/charts/chartN.xml}) straight
 * into a StringBuilder, so the summary never loads POI's XDDF or XMLBeans to draw a chart.
 *
 * <p>The output follows what POI's XDDF wrote before (the charts Excel and LibreOffice already
 * drew correctly), element for element, except that a line chart gets the {@code c:grouping} the
 * schema requires and POI left out. The chart schema is order-sensitive, so every method below
 * writes its children in the order ECMA-376 Part 1, §21.2 gives them.
 */
public final class ChartXml {
    private static final String C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Axis ids as POI numbered them; they only have to be unique within one chart. */
    private static final int CATEGORY_AXIS = 0;
    private static final int VALUE_AXIS = 1;

    /** EMUs in one point, for line widths. */
    private static final int EMU_PER_POINT = 12700;

    private ChartXml() {
    }

    /** The chart part (xl/charts/chartN.xml) for the model, as UTF-8 XML text. */
    public static String write(ChartModel chart) {
        StringBuilder b = new StringBuilder(2048 + 64 * points(chart));
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        b.append("<c:chartSpace xmlns:c=\"").append(C_NS).append("\" xmlns:a=\"").append(A_NS)
                .append("\" xmlns:r=\"").append(R_NS).append("\"><c:chart>");
        if (chart.title != null) {
            title(b, chart.title);
        } else {
            // without this Excel titles a one-series chart with the series name
            b.append("<c:autoTitleDeleted val=\"1\"/>");
        }
        b.append("<c:plotArea><c:layout/>");
        switch (chart.type) {
            case BAR -> bar(b, chart);
            case LINE -> line(b, chart);
            case PIE -> pie(b, chart);
        }
        b.append("</c:plotArea>");
        legend(b, chart.legend);
        b.append("<c:plotVisOnly val=\"1\"/>");
        if (chart.type == ChartModel.Type.LINE) {
            // an empty cell breaks the line rather than dropping it to zero
            b.append("<c:dispBlanksAs val=\"gap\"/>");
        }
        b.append("</c:chart>");
        // optional in the schema; kept because POI (and Excel) write it
        b.append("<c:printSettings><c:headerFooter/>"
                + "<c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<c:pageSetup/></c:printSettings>");
        return b.append("</c:chartSpace>").toString();
    }

    private static void bar(StringBuilder b, ChartModel chart) {
        b.append("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        for (int i = 0; i < chart.series.size(); i++) {
            ChartModel.Series s = chart.series.get(i);
            seriesStart(b, i, s);
            b.append("<c:spPr>");
            solidFill(b, s.rgb);
            b.append("</c:spPr>");
            categories(b, chart);
            values(b, s);
            b.append("</c:ser>");
        }
        b.append("<c:gapWidth val=\"80\"/>");
        axisIds(b);
        b.append("</c:barChart>");
        categoryAxis(b, chart);
        valueAxis(b, chart, "between");
    }

    private static void line(StringBuilder b, ChartModel chart) {
        // grouping is required here by the schema; POI left it out, Excel and LibreOffice forgave that
        b.append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
        for (int i = 0; i < chart.series.size(); i++) {
            ChartModel.Series s = chart.series.get(i);
            seriesStart(b, i, s);
            b.append("<c:spPr><a:ln w=\"").append(Math.round(s.lineWidth * EMU_PER_POINT)).append("\">");
            solidFill(b, s.rgb);
            if (s.dashed) {
                b.append("<a:prstDash val=\"dash\"/>");
            }
            b.append("</a:ln></c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>");
            categories(b, chart);
            values(b, s);
            b.append("<c:smooth val=\"0\"/></c:ser>");
        }
        axisIds(b);
        b.append("</c:lineChart>");
        categoryAxis(b, chart);
        // POI's default for line charts: points sit on the tick marks
        valueAxis(b, chart, "midCat");
    }

    /** LibreOffice draws a pie without explicit point fills as an empty circle, so each point gets one. */
    private static void pie(StringBuilder b, ChartModel chart) {
        b.append("<c:pieChart><c:varyColors val=\"1\"/>");
        for (int i = 0; i < chart.series.size(); i++) {
            ChartModel.Series s = chart.series.get(i);
            seriesStart(b, i, s);
            for (int p = 0; p < s.cache.length; p++) {
                b.append("<c:dPt><c:idx val=\"").append(p).append("\"/><c:spPr>");
                solidFill(b, chart.sliceColours[p % chart.sliceColours.length]);
                b.append("</c:spPr></c:dPt>");
            }
            categories(b, chart);
            values(b, s);
            b.append("</c:ser>");
        }
        // labels for the whole chart, not per series, and in the default 0% format: Gnumeric reads
        // neither a series' dLbls nor a numFmt in them, and warns on opening
        b.append("<c:dLbls><c:showLegendKey val=\"0\"/><c:showVal val=\"0\"/><c:showCatName val=\"0\"/>"
                + "<c:showSerName val=\"0\"/><c:showPercent val=\"1\"/><c:showBubbleSize val=\"0\"/></c:dLbls>");
        b.append("</c:pieChart>");
    }

    /** Opens {@code c:ser} and writes idx, order and the name. */
    private static void seriesStart(StringBuilder b, int index, ChartModel.Series s) {
        b.append("<c:ser><c:idx val=\"").append(index).append("\"/><c:order val=\"").append(index).append("\"/><c:tx>");
        if (s.titleRef != null) {
            formula(b.append("<c:strRef>"), s.titleRef);
            b.append("<c:strCache><c:ptCount val=\"1\"/>");
            point(b, 0, s.title);
            b.append("</c:strCache></c:strRef>");
        } else {
            Cells.escape(b.append("<c:v>"), s.title).append("</c:v>");
        }
        b.append("</c:tx>");
    }

    /** {@code c:cat}: text labels as strRef, dates as numRef with the date format. */
    private static void categories(StringBuilder b, ChartModel chart) {
        if (chart.categories == null) {
            return;
        }
        b.append("<c:cat>");
        if (chart.dateAxis) {
            formula(b.append("<c:numRef>"), chart.categories);
            b.append("<c:numCache><c:formatCode>");
            Cells.escape(b, chart.dateFormat).append("</c:formatCode>");
            numbers(b, chart.categoryNumbers);
            b.append("</c:numCache></c:numRef>");
        } else {
            formula(b.append("<c:strRef>"), chart.categories);
            b.append("<c:strCache>");
            String[] text = chart.categoryText;
            b.append("<c:ptCount val=\"").append(text.length).append("\"/>");
            for (int i = 0; i < text.length; i++) {
                if (text[i] != null) {
                    point(b, i, text[i]);
                }
            }
            b.append("</c:strCache></c:strRef>");
        }
        b.append("</c:cat>");
    }

    private static void values(StringBuilder b, ChartModel.Series s) {
        formula(b.append("<c:val><c:numRef>"), s.values);
        b.append("<c:numCache>");
        numbers(b, s.cache);
        b.append("</c:numCache></c:numRef></c:val>");
    }

    /**
     * ptCount is the full length; an empty cell (NaN) has no {@code c:pt}, as Excel writes it. So
     * has an infinity, which no cell holds and xsd:double would spell INF, not Java's Infinity.
     */
    private static void numbers(StringBuilder b, double[] values) {
        b.append("<c:ptCount val=\"").append(values.length).append("\"/>");
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                b.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Cells.number(values[i])).append("</c:v></c:pt>");
            }
        }
    }

    private static void point(StringBuilder b, int index, String text) {
        b.append("<c:pt idx=\"").append(index).append("\"><c:v>");
        Cells.escape(b, text).append("</c:v></c:pt>");
    }

    private static void formula(StringBuilder b, ChartModel.Ref ref) {
        Cells.escape(b.append("<c:f>"), ref.formula()).append("</c:f>");
    }

    private static void axisIds(StringBuilder b) {
        b.append("<c:axId val=\"").append(CATEGORY_AXIS).append("\"/><c:axId val=\"").append(VALUE_AXIS).append("\"/>");
    }

    /** The bottom axis: a date axis on dates, else a text axis; crossing the value axis at crossesAt when set. */
    private static void categoryAxis(StringBuilder b, ChartModel chart) {
        String tag = chart.dateAxis ? "c:dateAx" : "c:catAx";
        b.append('<').append(tag).append("><c:axId val=\"").append(CATEGORY_AXIS).append("\"/>")
                .append("<c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"b\"/>");
        if (chart.categoryTitle != null) {
            title(b, chart.categoryTitle);
        }
        if (chart.dateAxis) {
            numberFormat(b, chart.dateFormat);
        }
        b.append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>");
        if (chart.categoryLabelAngle != 0) {
            // the labels' text body turned (in 60,000ths of a degree); no a:endParaRPr, which Gnumeric cannot read
            b.append("<c:txPr><a:bodyPr rot=\"").append(chart.categoryLabelAngle * 60_000)
                    .append("\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr></a:p></c:txPr>");
        }
        b.append("<c:crossAx val=\"").append(VALUE_AXIS).append("\"/>");
        if (chart.crossesAt != null) {
            b.append("<c:crossesAt val=\"").append(Cells.number(chart.crossesAt)).append("\"/>");
        } else {
            b.append("<c:crosses val=\"autoZero\"/>");
        }
        // auto=0: the axis stays text (or date) whatever the cells hold
        b.append("<c:auto val=\"0\"/>");
        if (chart.dateAxis && chart.majorUnit != null) {
            b.append("<c:majorUnit val=\"").append(Cells.number(chart.majorUnit)).append("\"/>");
        }
        b.append("</").append(tag).append('>');
    }

    /** The left axis, with light grey gridlines; inside c:scaling the schema wants orientation, max, min. */
    private static void valueAxis(StringBuilder b, ChartModel chart, String crossBetween) {
        b.append("<c:valAx><c:axId val=\"").append(VALUE_AXIS).append("\"/><c:scaling><c:orientation val=\"minMax\"/>");
        if (chart.max != null) {
            b.append("<c:max val=\"").append(Cells.number(chart.max)).append("\"/>");
        }
        if (chart.min != null) {
            b.append("<c:min val=\"").append(Cells.number(chart.min)).append("\"/>");
        }
        b.append("</c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>")
                .append("<c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>");
        if (chart.valueTitle != null) {
            title(b, chart.valueTitle);
        }
        if (chart.valueFormat != null) {
            numberFormat(b, chart.valueFormat);
        }
        b.append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"").append(CATEGORY_AXIS).append("\"/><c:crosses val=\"autoZero\"/>")
                .append("<c:crossBetween val=\"").append(crossBetween).append("\"/></c:valAx>");
    }

    /** sourceLinked=0: a linked format makes Excel ignore the one given here. */
    private static void numberFormat(StringBuilder b, String format) {
        Cells.escape(b.append("<c:numFmt formatCode=\""), format).append("\" sourceLinked=\"0\"/>");
    }

    /** A chart or axis title as one rich-text run, beside (not over) the plot. */
    private static void title(StringBuilder b, String text) {
        b.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"0\"/><a:lstStyle/>")
                .append("<a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r><a:rPr lang=\"en\"/><a:t>");
        Cells.escape(b, text).append("</a:t></a:r></a:p>")
                .append("</c:rich></c:tx><c:layout/><c:overlay val=\"0\"/></c:title>");
    }

    private static void legend(StringBuilder b, ChartModel.Legend legend) {
        String pos = switch (legend) {
            case NONE -> null;
            case BOTTOM -> "b";
            case RIGHT -> "r";
        };
        if (pos != null) {
            b.append("<c:legend><c:legendPos val=\"").append(pos).append("\"/><c:overlay val=\"0\"/></c:legend>");
        }
    }

    private static void solidFill(StringBuilder b, int rgb) {
        b.append("<a:solidFill><a:srgbClr val=\"").append(hex(rgb)).append("\"/></a:solidFill>");
    }

    /** 0xRRGGBB as six upper-case hex digits, as srgbClr wants. */
    private static String hex(int rgb) {
        String h = Integer.toHexString(rgb & 0xFFFFFF).toUpperCase(java.util.Locale.ROOT);
        return "000000".substring(h.length()) + h;
    }

    /** A rough count of cached points, to size the builder once. */
    private static int points(ChartModel chart) {
        int n = 0;
        for (ChartModel.Series s : chart.series) {
            n += 2 * s.cache.length;
        }
        return n;
    }
}
