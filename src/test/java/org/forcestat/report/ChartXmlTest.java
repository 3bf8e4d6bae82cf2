package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.forcestat.format.xlsx.ChartModel;
import org.forcestat.format.xlsx.ChartXml;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Checks the chart parts {@link ChartXml} writes: content, schema order, and POI's own schema. */
class ChartXmlTest {
    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final ChartModel.Place PLACE = new ChartModel.Place(0, 0, 8, 20);

    @Test
    void twoSeriesBarIsClusteredColumnsWithOneFillPerSeries() throws Exception {
        ChartModel chart = new ChartModel(ChartModel.Type.BAR, PLACE, "Calls by grading", ChartModel.Legend.BOTTOM);
        chart.categories = new ChartModel.Ref("Data_Calls", 1, 4, 5, 4);
        chart.categoryText = new String[] {"Immediate", "High", "Appointment", "Advice", "Crime report"};
        chart.series.add(new ChartModel.Series("Calls", new ChartModel.Ref("Data_Calls", 0, 5, 0, 5),
                new ChartModel.Ref("Data_Calls", 1, 5, 5, 5), new double[] {110000, 190000, 54000, 434000, 39000}, 0x1F4E79));
        chart.series.add(new ChartModel.Series("Last year", null,
                new ChartModel.Ref("Data_Calls", 1, 6, 5, 6), new double[] {1, 2.5, 3, 4, 5}, 0xE07B00));
        chart.categoryTitle = "Grading";
        chart.valueTitle = "Calls";
        chart.valueFormat = "#,##0";

        Element space = parseValid(ChartXml.write(chart));
        Element bar = only(space, "barChart");
        assertEquals(List.of("barDir", "grouping", "varyColors", "ser", "ser", "gapWidth", "axId", "axId"), names(bar));
        assertEquals("col", val(child(bar, "barDir")));
        assertEquals("clustered", val(child(bar, "grouping")));
        assertEquals("80", val(child(bar, "gapWidth")));

        List<Element> series = children(bar, "ser");
        assertEquals(List.of("idx", "order", "tx", "spPr", "cat", "val"), names(series.get(0)));
        assertEquals("Data_Calls!$F$1", text(path(series.get(0), "tx", "strRef", "f")));
        assertEquals("Calls", text(path(series.get(0), "tx", "strRef", "strCache", "pt", "v")));
        assertEquals("Last year", text(path(series.get(1), "tx", "v")));
        assertEquals("1F4E79", path(series.get(0), "spPr", "solidFill", "srgbClr").getAttribute("val"));
        assertEquals("E07B00", path(series.get(1), "spPr", "solidFill", "srgbClr").getAttribute("val"));
        assertEquals("Data_Calls!$E$2:$E$6", text(path(series.get(0), "cat", "strRef", "f")));
        assertEquals("Crime report", text(children(path(series.get(0), "cat", "strRef", "strCache"), "pt").get(4).getFirstChild()));
        assertEquals("Data_Calls!$F$2:$F$6", text(path(series.get(0), "val", "numRef", "f")));
        assertEquals("110000", text(path(series.get(0), "val", "numRef", "numCache", "pt", "v")));
        assertEquals("2.5", text(children(path(series.get(1), "val", "numRef", "numCache"), "pt").get(1).getFirstChild()));

        Element catAx = only(space, "catAx");
        assertEquals(List.of("axId", "scaling", "delete", "axPos", "title", "majorTickMark", "minorTickMark",
                "tickLblPos", "crossAx", "crosses", "auto"), names(catAx));
        assertEquals("low", val(child(catAx, "tickLblPos")));
        assertEquals("autoZero", val(child(catAx, "crosses")));
        Element valAx = only(space, "valAx");
        assertEquals(List.of("axId", "scaling", "delete", "axPos", "majorGridlines", "title", "numFmt", "majorTickMark",
                "minorTickMark", "tickLblPos", "crossAx", "crosses", "crossBetween"), names(valAx));
        assertEquals(List.of("orientation"), names(child(valAx, "scaling")));
        assertEquals("between", val(child(valAx, "crossBetween")));
        assertEquals("D9D9D9", path(valAx, "majorGridlines", "spPr", "ln", "solidFill", "srgbClr").getAttribute("val"));
        assertEquals("#,##0", child(valAx, "numFmt").getAttribute("formatCode"));
        assertEquals("0", child(valAx, "numFmt").getAttribute("sourceLinked"));
        assertEquals(val(child(catAx, "axId")), val(child(valAx, "crossAx")));
        assertEquals(val(child(valAx, "axId")), val(child(catAx, "crossAx")));
        assertFalse(val(child(catAx, "axId")).equals(val(child(valAx, "axId"))));

        Element c = child(space, "chart");
        assertEquals(List.of("title", "plotArea", "legend", "plotVisOnly"), names(c));
        assertEquals("b", val(path(c, "legend", "legendPos")));
        assertEquals("Calls by grading", text(path(c, "title", "tx", "rich", "p", "r", "t")));
    }

    @Test
    void dashedLineOnDateAxisSkipsEmptyCellsButKeepsTheirCount() throws Exception {
        ChartModel chart = new ChartModel(ChartModel.Type.LINE, PLACE, "Calls per day", ChartModel.Legend.BOTTOM);
        chart.categories = new ChartModel.Ref("Data_Calls", 1, 15, 5, 15);
        chart.categoryNumbers = new double[] {41730, 41731, 41732, 41733, 41734};
        chart.dateAxis = true;
        chart.majorUnit = 19.0;
        chart.categoryTitle = "Date";
        chart.valueTitle = "Calls";
        chart.valueFormat = "#,##0";
        chart.min = 1800.0;
        ChartModel.Series calls = new ChartModel.Series("Calls", new ChartModel.Ref("Data_Calls", 0, 16, 0, 16),
                new ChartModel.Ref("Data_Calls", 1, 16, 5, 16), new double[] {2108, 2250, Double.NaN, 2301.5, 2400}, 0x1F4E79);
        calls.lineWidth = 1.75;
        ChartModel.Series limit = new ChartModel.Series("Upper limit", new ChartModel.Ref("Data_Calls", 0, 17, 0, 17),
                new ChartModel.Ref("Data_Calls", 1, 17, 5, 17), new double[] {2600, 2600, 2600, 2600, 2600}, 0xC0392B);
        limit.lineWidth = 1.0;
        limit.dashed = true;
        chart.series.add(calls);
        chart.series.add(limit);

        Element space = parseValid(ChartXml.write(chart));
        Element line = only(space, "lineChart");
        assertEquals(List.of("grouping", "varyColors", "ser", "ser", "axId", "axId"), names(line));
        List<Element> series = children(line, "ser");
        assertEquals(List.of("idx", "order", "tx", "spPr", "marker", "cat", "val", "smooth"), names(series.get(0)));
        assertEquals("none", val(path(series.get(0), "marker", "symbol")));
        assertEquals("0", val(child(series.get(0), "smooth")));

        Element ln0 = path(series.get(0), "spPr", "ln");
        Element ln1 = path(series.get(1), "spPr", "ln");
        assertEquals("22225", ln0.getAttribute("w"));
        assertEquals("12700", ln1.getAttribute("w"));
        assertEquals("1F4E79", path(ln0, "solidFill", "srgbClr").getAttribute("val"));
        assertEquals("C0392B", path(ln1, "solidFill", "srgbClr").getAttribute("val"));
        assertNull(child(ln0, "prstDash"));
        assertEquals("dash", val(child(ln1, "prstDash")));

        Element cache = path(series.get(0), "val", "numRef", "numCache");
        assertEquals("5", val(child(cache, "ptCount")));
        List<String> indexes = new ArrayList<>();
        for (Element pt : children(cache, "pt")) {
            indexes.add(pt.getAttribute("idx"));
        }
        assertEquals(List.of("0", "1", "3", "4"), indexes);
        assertEquals("2301.5", text(children(cache, "pt").get(2).getFirstChild()));

        Element cat = path(series.get(0), "cat", "numRef");
        assertEquals("Data_Calls!$P$2:$P$6", text(child(cat, "f")));
        assertEquals("dd/mm/yyyy", text(path(cat, "numCache", "formatCode")));
        assertEquals("41730", text(path(cat, "numCache", "pt", "v")));

        assertEquals(0, space.getElementsByTagNameNS(C, "catAx").getLength());
        Element dateAx = only(space, "dateAx");
        assertEquals(List.of("axId", "scaling", "delete", "axPos", "title", "numFmt", "majorTickMark", "minorTickMark",
                "tickLblPos", "crossAx", "crosses", "auto", "majorUnit"), names(dateAx));
        assertEquals("dd/mm/yyyy", child(dateAx, "numFmt").getAttribute("formatCode"));
        assertEquals("19", val(child(dateAx, "majorUnit")));
        Element valAx = only(space, "valAx");
        assertEquals(List.of("orientation", "min"), names(child(valAx, "scaling")));
        assertEquals("1800", val(path(valAx, "scaling", "min")));
        assertEquals("midCat", val(child(valAx, "crossBetween")));

        Element c = child(space, "chart");
        assertEquals(List.of("title", "plotArea", "legend", "plotVisOnly", "dispBlanksAs"), names(c));
        assertEquals("gap", val(child(c, "dispBlanksAs")));
    }

    @Test
    void pieFillsEveryPointAndLabelsPercentages() throws Exception {
        ChartModel chart = new ChartModel(ChartModel.Type.PIE, PLACE, "Budget split", ChartModel.Legend.RIGHT);
        chart.categories = new ChartModel.Ref("Data_Finance", 1, 4, 3, 4);
        chart.categoryText = new String[] {"Officer pay", "Staff pay", "Non-pay"};
        chart.sliceColours = HouseStyle.PALETTE;
        chart.series.add(new ChartModel.Series("Amount", new ChartModel.Ref("Data_Finance", 0, 5, 0, 5),
                new ChartModel.Ref("Data_Finance", 1, 5, 3, 5), new double[] {1.5289e8, 5.6009e7, 5.5e7}, HouseStyle.PALETTE[0]));

        Element space = parseValid(ChartXml.write(chart));
        Element pie = only(space, "pieChart");
        assertEquals(List.of("varyColors", "ser", "dLbls"), names(pie));
        assertEquals("1", val(child(pie, "varyColors")));
        Element ser = child(pie, "ser");
        assertEquals(List.of("idx", "order", "tx", "dPt", "dPt", "dPt", "cat", "val"), names(ser));
        List<Element> points = children(ser, "dPt");
        for (int i = 0; i < 3; i++) {
            assertEquals(String.valueOf(i), val(child(points.get(i), "idx")));
            assertEquals(String.format("%06X", HouseStyle.PALETTE[i]),
                    path(points.get(i), "spPr", "solidFill", "srgbClr").getAttribute("val"));
        }
        // on the chart, not the series, and without a numFmt: Gnumeric reads neither (and warns)
        Element labels = child(pie, "dLbls");
        assertEquals(List.of("showLegendKey", "showVal", "showCatName", "showSerName", "showPercent",
                "showBubbleSize"), names(labels));
        assertEquals("1", val(child(labels, "showPercent")));
        assertEquals("0", val(child(labels, "showVal")));
        assertEquals("152890000", text(path(ser, "val", "numRef", "numCache", "pt", "v")));

        assertEquals(0, space.getElementsByTagNameNS(C, "axId").getLength());
        assertEquals(0, space.getElementsByTagNameNS(C, "valAx").getLength());
        assertEquals("r", val(path(child(space, "chart"), "legend", "legendPos")));
    }

    @Test
    void indexBarCrossesAtTheBaseWithinFixedBounds() throws Exception {
        ChartModel chart = new ChartModel(ChartModel.Type.BAR, PLACE, "Calls by weekday (index)", ChartModel.Legend.NONE);
        chart.categories = new ChartModel.Ref("Data_Calls", 1, 33, 3, 33);
        chart.categoryText = new String[] {"Monday", "Tuesday", "Wednesday"};
        chart.series.add(new ChartModel.Series("Index", new ChartModel.Ref("Data_Calls", 0, 36, 0, 36),
                new ChartModel.Ref("Data_Calls", 1, 36, 3, 36), new double[] {0.945, 1.066, 0.924}, 0x1F4E79));
        chart.categoryTitle = "Weekday";
        chart.valueTitle = "Index";
        chart.valueFormat = "0.00";
        chart.min = 0.85;
        chart.max = 1.15;
        chart.crossesAt = 1.0;

        Element space = parseValid(ChartXml.write(chart));
        Element catAx = only(space, "catAx");
        assertEquals("1", val(child(catAx, "crossesAt")));
        assertNull(child(catAx, "crosses"));
        assertEquals(List.of("axId", "scaling", "delete", "axPos", "title", "majorTickMark", "minorTickMark",
                "tickLblPos", "crossAx", "crossesAt", "auto"), names(catAx));
        Element valAx = only(space, "valAx");
        assertEquals(List.of("orientation", "max", "min"), names(child(valAx, "scaling")));
        assertEquals("1.15", val(path(valAx, "scaling", "max")));
        assertEquals("0.85", val(path(valAx, "scaling", "min")));
        assertEquals("autoZero", val(child(valAx, "crosses")));
        assertEquals("Data_Calls!$AH$2:$AH$4", text(path(space, "chart", "plotArea", "barChart", "ser", "cat", "strRef", "f")));
        assertEquals(List.of("title", "plotArea", "plotVisOnly"), names(child(space, "chart")));
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String nasty = "A <b> & \"c\" > d";
        ChartModel chart = new ChartModel(ChartModel.Type.BAR, PLACE, nasty, ChartModel.Legend.BOTTOM);
        chart.categories = new ChartModel.Ref("Data & Co", 1, 0, 2, 0);
        chart.categoryText = new String[] {nasty, null};
        chart.series.add(new ChartModel.Series(nasty, null, new ChartModel.Ref("Data & Co", 1, 1, 2, 1),
                new double[] {1, 2}, 0x1F4E79));
        chart.categoryTitle = nasty;
        chart.valueTitle = nasty;
        chart.valueFormat = "\"£\"#,##0";

        Element space = parseValid(ChartXml.write(chart));
        Element c = child(space, "chart");
        assertEquals(nasty, text(path(c, "title", "tx", "rich", "p", "r", "t")));
        Element ser = path(c, "plotArea", "barChart", "ser");
        assertEquals(nasty, text(path(ser, "tx", "v")));
        assertEquals("'Data & Co'!$A$2:$A$3", text(path(ser, "cat", "strRef", "f")));
        Element strCache = path(ser, "cat", "strRef", "strCache");
        assertEquals("2", val(child(strCache, "ptCount")));
        assertEquals(1, children(strCache, "pt").size(), "an empty label has no point");
        assertEquals(nasty, text(path(strCache, "pt", "v")));
        assertEquals(nasty, text(path(c, "plotArea", "catAx", "title", "tx", "rich", "p", "r", "t")));
        assertEquals(nasty, text(path(c, "plotArea", "valAx", "title", "tx", "rich", "p", "r", "t")));
        assertEquals("\"£\"#,##0", path(c, "plotArea", "valAx", "numFmt").getAttribute("formatCode"));
    }

    @Test
    void untitledChartTurnsOffTheAutomaticTitle() throws Exception {
        ChartModel chart = new ChartModel(ChartModel.Type.LINE, PLACE, null, ChartModel.Legend.NONE);
        chart.categories = new ChartModel.Ref("Data_Crime", 1, 0, 2, 0);
        chart.categoryText = new String[] {"Apr 2014", "May 2014"};
        chart.series.add(new ChartModel.Series("Crimes", null, new ChartModel.Ref("Data_Crime", 1, 1, 2, 1),
                new double[] {7000, 7100}, 0x1F4E79));

        Element c = child(parseValid(ChartXml.write(chart)), "chart");
        assertEquals(List.of("autoTitleDeleted", "plotArea", "plotVisOnly", "dispBlanksAs"), names(c));
        assertEquals("1", val(child(c, "autoTitleDeleted")));
        Element catAx = path(c, "plotArea", "catAx");
        assertNull(child(catAx, "title"));
        assertNull(child(catAx, "numFmt"));
        assertNull(path(c, "plotArea", "valAx", "numFmt"));
    }

    /**
     * Parses with the JDK (namespace-aware) and with POI's generated schema classes, and validates
     * {@code c:chart} against the schema. Only that subtree: poi-ooxml-lite lacks the compiled
     * type of {@code c:pageSetup}'s attributes, so validating the whole chartSpace throws
     * SchemaTypeLoaderException whatever the content; printSettings is fixed text anyway.
     */
    private static Element parseValid(String xml) throws Exception {
        ChartSpaceDocument doc = ChartSpaceDocument.Factory.parse(xml);
        List<XmlError> errors = new ArrayList<>();
        boolean valid = doc.getChartSpace().getChart().validate(new XmlOptions().setErrorListener(errors));
        assertTrue(valid, () -> "schema errors: " + errors);
        assertNotNull(doc.getChartSpace().getPrintSettings());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals(C, root.getNamespaceURI());
        assertEquals("chartSpace", root.getLocalName());
        assertEquals(A, root.lookupNamespaceURI("a"));
        return root;
    }

    private static Element only(Element root, String local) {
        NodeList found = root.getElementsByTagNameNS(C, local);
        assertEquals(1, found.getLength(), "one c:" + local);
        return (Element) found.item(0);
    }

    private static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element x && (local == null || x.getLocalName().equals(local))) {
                out.add(x);
            }
        }
        return out;
    }

    private static Element child(Element e, String local) {
        List<Element> found = children(e, local);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Follows the first child of each name; null when one is missing. */
    private static Element path(Element e, String... locals) {
        for (String local : locals) {
            if (e == null) {
                return null;
            }
            e = child(e, local);
        }
        return e;
    }

    private static List<String> names(Element e) {
        List<String> out = new ArrayList<>();
        for (Element x : children(e, null)) {
            out.add(x.getLocalName());
        }
        return out;
    }

    private static String val(Element e) {
        assertNotNull(e);
        return e.getAttribute("val");
    }

    private static String text(Node e) {
        assertNotNull(e);
        return e.getTextContent();
    }
}
