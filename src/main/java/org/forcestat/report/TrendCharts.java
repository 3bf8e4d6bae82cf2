package org.forcestat.report;

import java.util.Collection;
import java.util.List;
import org.forcestat.format.xlsx.ChartModel;

/**
 * Line styles for trend charts: the series itself solid, smoothing and trend lines bold, control
 * limits and forecast intervals dashed, so a printed page reads without colour.
 */
final class TrendCharts {
    /** How one series is drawn: colour, width in points, dashed or not. */
    enum Line {
        SERIES(HouseStyle.PALETTE[0], 1.25, false),
        LIGHT_SERIES(0x9DB9D3, 0.75, false),
        AVERAGE7(HouseStyle.PALETTE[1], 1.25, false),
        AVERAGE28(HouseStyle.PALETTE[0], 2.25, false),
        TREND(HouseStyle.PALETTE[1], 2.0, true),
        CENTRE(0x6B6B6B, 1.25, true),
        LIMIT(HouseStyle.PALETTE[3], 1.25, true),
        FORECAST(HouseStyle.PALETTE[1], 2.0, false),
        INTERVAL(HouseStyle.PALETTE[1], 1.0, true);

        private final int rgb;
        private final double width;
        private final boolean dashed;

        Line(int rgb, double width, boolean dashed) {
            this.rgb = rgb;
            this.width = width;
            this.dashed = dashed;
        }
    }

    private TrendCharts() {
    }

    /** Restyles the chart's line series in order. */
    static void style(ChartModel chart, List<Line> lines) {
        for (int i = 0; i < chart.series.size() && i < lines.size(); i++) {
            Line l = lines.get(i);
            ChartModel.Series s = chart.series.get(i);
            s.rgb = l.rgb;
            s.lineWidth = l.width;
            s.dashed = l.dashed;
        }
    }

    /**
     * Starts the value axis at a round number under {@code low} when the series sit far above zero
     * (2,000 to 2,600 calls a day would otherwise be a flat line near the top of the chart).
     */
    static void floor(ChartModel chart, double low, double high) {
        if (!(low > 0) || low < 0.3 * high) {
            return;
        }
        double step = Math.pow(10, Math.floor(Math.log10(high - low)));
        chart.min = Math.floor(low / step) * step;
    }

    /**
     * Bars of an index drawn up or down from {@code base} (1.00 = average) rather than from zero, on
     * an axis just wide enough for the values, so a 10% difference is visible.
     */
    static void baseline(ChartModel chart, double base, Collection<Double> values) {
        double lo = base;
        double hi = base;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double step = 0.05;
        chart.min = Math.floor(lo / step) * step - step;
        chart.max = Math.ceil(hi / step) * step + step;
        // where the category axis meets the value axis, in value units
        chart.crossesAt = base;
    }
}
