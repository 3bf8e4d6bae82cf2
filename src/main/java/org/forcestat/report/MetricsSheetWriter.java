package org.forcestat.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.model.Metric;
import org.forcestat.report.HouseStyle.Kind;

/**
 * The Metrics sheet: {@code Id | Label | Value | Unit | Period | Source}, one row per metric in the
 * order given, formatted by unit. A figure that derives from others (per day = total / days, a
 * share, a change) is a live formula over their cells, with its value cached so readers that do
 * not recalculate (openpyxl, previewers) still show it. Outside readers rely on this layout.
 */
final class MetricsSheetWriter {
    static final String SHEET = "Metrics";
    /** 0-based column of Value. */
    static final int VALUE_COL = 2;
    private static final int FIRST_ROW = 1;

    private MetricsSheetWriter() {
    }

    /** Writes the sheet and returns where each metric landed, for the live links elsewhere. */
    static MetricLinks write(BookModel book, Grid g, List<Metric> metrics, String marking) {
        return write(book, g, metrics, List.of(), marking);
    }

    /**
     * As above, with the figures the inputs cannot give listed after the others: their Value is the
     * text "not in these inputs" (never a 0 an outside reader would take for a count) and their
     * Label says why.
     */
    static MetricLinks write(BookModel book, Grid g, List<Metric> metrics, List<Metric.Absent> absent,
                             String marking) {
        g.header(0, 0, "Id", "Label", "Value", "Unit", "Period", "Source");
        int row = FIRST_ROW;
        for (Metric m : metrics) {
            g.text(row, 0, m.id());
            g.text(row, 1, m.label());
            g.number(row, VALUE_COL, m.value(), MetricFormats.kindFor(m));
            g.text(row, 3, m.unit());
            g.text(row, 4, m.period());
            g.text(row, 5, m.source(), Kind.TEXT);
            row++;
        }
        for (Metric.Absent a : absent) {
            g.text(row, 0, a.id());
            g.text(row, 1, a.label() + " (" + Metric.NOT_IN_INPUTS + ": " + a.reason() + ")");
            g.text(row, VALUE_COL, Metric.NOT_IN_INPUTS, Kind.MISSING);
            g.text(row, 3, a.unit());
            g.text(row, 4, a.period());
            g.text(row, 5, a.source(), Kind.TEXT);
            row++;
        }
        if (metrics.isEmpty() && absent.isEmpty()) {
            g.text(row, 0, "(none)");
            g.text(row, 1, "No figures could be computed from the inputs");
            row++;
        }
        liveFormulas(g, metrics);
        names(book, metrics);
        Tables.create(g.sheet(), "MetricList", 0, 0, row - 1, 5);
        g.freeze(1);
        g.minWidth(2, 14);
        g.finish(marking);
        return new MetricLinks(metrics, FIRST_ROW, absent);
    }

    /**
     * A defined name per figure ({@code calls_per_day} for {@code calls.per_day}), so other
     * workbooks and formulas can refer to a headline figure by name.
     */
    private static void names(BookModel book, List<Metric> metrics) {
        for (int i = 0; i < metrics.size(); i++) {
            String name = metrics.get(i).id().replaceAll("[^A-Za-z0-9_]", "_");
            if (!book.hasName(name)) {
                book.names.add(new BookModel.Name(name, -1, SHEET + "!$C$" + (FIRST_ROW + i + 1)));
            }
        }
    }

    /**
     * Each derived metric's formula over other metric ids, in braces. A figure over the days or calls
     * that carry its own field divides by that field's count where it differs from the whole
     * ({@code calls.channel.days}, {@code crimes.violence.days}), listed only then.
     */
    static Map<String, String> derivations(List<Metric> metrics) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        metrics.forEach(m -> ids.add(m.id()));
        String callDays = "{calls.days}";
        String channelDays = ids.contains("calls.channel.days") ? "{calls.channel.days}" : callDays;
        String stormDays = ids.contains("calls.storm.days") ? "{calls.storm.days}" : callDays;
        String stormCalls = ids.contains("calls.storm.calls") ? "{calls.storm.calls}" : "{calls.total}";
        String graded = ids.contains("calls.graded.total") ? "{calls.graded.total}" : "{calls.total}";
        Map<String, String> d = new LinkedHashMap<>();
        d.put("calls.per_day", "{calls.total}/{calls.days}");
        d.put("calls.999.per_day", "{calls.channel.999.total}/" + channelDays);
        d.put("incidents.per_day", "{calls.storm.total}/" + stormDays);
        d.put("calls.no_storm.share", "(" + stormCalls + "-{calls.storm.total})/" + stormCalls);
        d.put("crimes.per_day", "{crimes.total}/{crimes.days}");
        d.put("asb.per_day", "{asb.total}/" + (ids.contains("asb.days") ? "{asb.days}" : "{crimes.days}"));
        d.put("crimes.rolling12.change", "{crimes.rolling12.current}-{crimes.rolling12.previous}");
        d.put("crimes.rolling12.change_share", "{crimes.rolling12.change}/{crimes.rolling12.previous}");
        d.put("finance.savings_gap", "{finance.savings_required}-{finance.savings_planned_next3}");
        d.put("finance.staff_share",
                "({finance.budget.officer_pay}+{finance.budget.staff_pay}+{finance.budget.pcso_pay})/{finance.budget}");
        for (Metric m : metrics) {
            String id = m.id();
            if (id.startsWith("calls.grading.") && id.endsWith(".share")) {
                d.put(id, "{" + id.replace(".share", ".total") + "}/" + graded);
            } else if (id.startsWith("crimes.") && id.endsWith(".per_day") && !id.equals("crimes.per_day")) {
                String own = id.replace(".per_day", ".days");
                d.put(id, "{" + id.replace(".per_day", ".total") + "}/"
                        + (ids.contains(own) ? "{" + own + "}" : "{crimes.days}"));
            }
        }
        return d;
    }

    private static final Pattern ID = Pattern.compile("\\{([a-z0-9_.]+)}");

    /**
     * Replaces derived values by formulas over the cells they derive from, where every input is on the
     * sheet and the formula, worked out over those cells' values, gives the value computed in Java
     * (so Excel's recalculation can never show a different number); otherwise the plain value stays.
     */
    private static void liveFormulas(Grid g, List<Metric> metrics) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            rowOf.put(metrics.get(i).id(), FIRST_ROW + i);
        }
        derivations(metrics).forEach((id, template) -> {
            Integer row = rowOf.get(id);
            if (row == null) {
                return;
            }
            Matcher m = ID.matcher(template);
            StringBuilder formula = new StringBuilder();
            while (m.find()) {
                Integer from = rowOf.get(m.group(1));
                if (from == null) {
                    return;
                }
                m.appendReplacement(formula, "\\$C\\$" + (from + 1));
            }
            m.appendTail(formula);
            SheetModel.CellData cell = g.sheet().find(row, VALUE_COL);
            double result = Arithmetic.evaluate(formula.toString(), r -> {
                SheetModel.CellData from = g.sheet().find(r, VALUE_COL);
                return from == null || !from.isNumber() ? Double.NaN : from.number;
            });
            if (cell.isNumber() && Math.abs(result - cell.number) <= 1e-9 * Math.max(1, Math.abs(cell.number))) {
                cell.formula = formula.toString();
            }
        });
    }
}
