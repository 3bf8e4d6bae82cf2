package org.forcestat.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.forcestat.model.ThreatInput;

/**
 * Reads a threat register row by row. Numeric scores go to {@code scores}; text goes to
 * {@code text}, a score given as text (e.g. "High") under its field name for the threat stage to
 * judge, and each field's cell as {@code cell.<field>} so findings can name it.
 */
final class ThreatReader implements KindReader {
    private static final Set<String> TEXT_FIELDS = Set.of("trend", "intelligence_gaps", "operations", "lead");

    private final SheetContext ctx;
    private final HeaderMatch h;

    ThreatReader(SheetContext ctx, HeaderMatch h) {
        this.ctx = ctx;
        this.h = h;
    }

    @Override
    public void row(SheetRow row) {
        int areaCol = h.col("area");
        String area = Values.text(row.get(areaCol));
        if (area.isEmpty()) {
            return;
        }
        Map<String, Double> scores = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        h.columns().forEach((field, col) -> {
            if (field.equals("area")) {
                return;
            }
            Cell c = row.get(col);
            text.put("cell." + field, row.ref(col));
            if (c.isBlank()) {
                return;
            }
            if (TEXT_FIELDS.contains(field)) {
                text.put(field, Values.text(c));
            } else if (c.isNumber()) {
                scores.put(field, c.number());
            } else {
                text.put(field, Values.text(c));
            }
        });
        ctx.partial().addThreat(new ThreatInput(area, scores, text, ctx.ref(row.ref(areaCol))));
        ctx.read();
    }
}
