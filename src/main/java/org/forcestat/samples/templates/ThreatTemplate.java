package org.forcestat.samples.templates;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.ingest.Layout;
import org.forcestat.model.Kind;

/** The threat register template: one row per threat area, scored on forcestat's MoRiLE-style scales. */
final class ThreatTemplate {
    private ThreatTemplate() {
    }

    static Template register() {
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(Templates.header(Layout.THREATS, "area"),
                "The threat or priority area in your own words, e.g. Burglary. One row per area.",
                "Your register is ranked as it is: forcestat's built-in example register is then not used.",
                Format.LONG_TEXT, null, 30, "Burglary"));
        score(cols, "harm_physical", "Physical harm to victims", 2);
        score(cols, "harm_psychological", "Psychological harm to victims", 4);
        score(cols, "harm_financial", "Financial harm", 3);
        score(cols, "harm_community", "Harm to the community", 3);
        score(cols, "harm_vulnerability", "How vulnerable the victims are", 4);
        cols.add(new Column(Templates.header(Layout.THREATS, "likelihood"),
                "How likely the harm is over the next year: 1 (rare) to 5 (almost certain).",
                "Risk = weighted harm x likelihood x position factor. A significant rise in a linked crime trend "
                        + "raises likelihood by 1.", Format.SCORE, DropDown.SCORE, 11, 3));
        cols.add(new Column(Templates.header(Layout.THREATS, "confidence"),
                "How sure you are of the assessment: 1 (low) to 5 (high), or High / Medium / Low.",
                "Shown beside the score, not in it.", Format.SCORE, DropDown.CONFIDENCE, 11, 4));
        cols.add(new Column(Templates.header(Layout.THREATS, "capacity"),
                "The force's capacity to deal with the threat: 1 (poorly placed) to 5 (well placed).",
                "Organisational position = mean of capacity and capability; poorly placed raises the risk.",
                Format.SCORE, DropDown.SCORE, 10, 3));
        cols.add(new Column(Templates.header(Layout.THREATS, "capability"),
                "The force's capability (skills, tools) against the threat: 1 (poorly placed) to 5 (well placed).",
                "Organisational position = mean of capacity and capability; poorly placed raises the risk.",
                Format.SCORE, DropDown.SCORE, 10, 4));
        cols.add(new Column(Templates.header(Layout.THREATS, "trend"),
                "Which way the threat is heading: pick Rising, Stable or Falling (or type your own word).",
                "Shown on the Threat Strategy sheet.", Format.TEXT, DropDown.TREND, 10, "Stable"));
        cols.add(new Column(Templates.header(Layout.THREATS, "intelligence_gaps"),
                "What you do not know yet. Separate several gaps with semicolons (;).",
                "Listed on the Threat Strategy sheet, one per line.", Format.LONG_TEXT, null, 40,
                "Crimes with the greatest impact on vulnerable victims and communities"));
        cols.add(new Column(Templates.header(Layout.THREATS, "operations"),
                "The operations and activity against the threat. Separate several with semicolons (;).",
                "Listed on the Threat Strategy sheet, one per line.", Format.LONG_TEXT, null, 40,
                "Op Liberal – artifice; Op Blade – lorry load thefts; Courier fraud"));
        cols.add(new Column(Templates.header(Layout.THREATS, "lead"),
                "The lead officer or owner (a role, e.g. Head of Local Policing).",
                "Shown on the Threat Strategy sheet.", Format.TEXT, null, 24, "Head of Local Policing"));
        return new Template("threat-register.xlsx", "Threat register", Kind.THREATS, "Threat register (control strategy)",
                List.of("The control strategy's threat areas, each scored for harm, likelihood, confidence and the "
                                + "force's position on forcestat's 1-5 scales (in the style of MoRiLE).",
                        "Your areas are ranked alone; the Kent control strategy forcestat ships is shown only as an "
                                + "example when no register is given."),
                cols,
                List.of("Threat Strategy sheet: every area scored, ranked and rated Red / Amber / Green, with the "
                                + "reasons; the top three on the Summary.",
                        "Weighted harm uses the five harm columns (weights in forcestat.properties); if you only have "
                                + "one harm score, replace the five with one column headed Harm.",
                        "Scores may be 1-5 or risk-matrix words (Critical ... Negligible, Almost certain ... Rare, "
                                + "Excellent ... Poor). A blank, unreadable or out-of-range score is on the Validation "
                                + "sheet and the area is listed unscored, never given a made-up score."),
                false);
    }

    private static void score(List<Column> cols, String field, String what, int example) {
        cols.add(new Column(Templates.header(Layout.THREATS, field),
                what + ": 1 (minimal) to 5 (critical).",
                "One of the five harm dimensions, weighted into the harm score.", Format.SCORE, DropDown.SCORE, 11,
                example));
    }
}
