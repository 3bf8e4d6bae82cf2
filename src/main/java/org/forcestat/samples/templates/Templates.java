package org.forcestat.samples.templates;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.ingest.Layout;

/** The catalogue of templates {@code forcestat templates} writes, one per input kind, in README order. */
public final class Templates {
    private Templates() {
    }

    public static List<Template> all() {
        List<Template> all = new ArrayList<>();
        all.add(CallTemplates.perDay());
        all.add(CallTemplates.perCall());
        all.add(CrimeTemplates.crimes());
        all.add(CrimeTemplates.totals());
        all.add(FinanceTemplates.savings());
        all.add(FinanceTemplates.budget());
        all.add(FinanceTemplates.facts());
        all.add(ThreatTemplate.register());
        return List.copyOf(all);
    }

    /** The template written to {@code file}, e.g. {@code calls-per-day.xlsx}. */
    public static Template named(String file) {
        return all().stream().filter(t -> t.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no template " + file));
    }

    /** The header {@code run} tries first for a field: the first of its synonyms in {@link Layout}. */
    static String header(Layout layout, String field) {
        List<String> synonyms = layout.synonyms().get(field);
        if (synonyms == null) {
            throw new IllegalArgumentException(layout + " has no field " + field);
        }
        return synonyms.get(0);
    }
}
