package org.forcestat.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes {@code threat-register.xlsx}: the Kent control strategy of the slides, one row per area,
 * scored 1-5 (5 = worst harm, most likely, most confident, greatest capacity and capability).
 */
final class ThreatRegisterWorkbook {
    static final String FILE = "threat-register.xlsx";
    static final String SHEET = "Control strategy";
    static final String[] HEADERS = {"Threat area", "Harm", "Likelihood", "Confidence", "Capacity",
        "Capability", "Trend", "Intelligence gaps", "Operations", "Lead"};

    /** One area of the control strategy; gaps and operations are the slides' own words. */
    record Threat(String area, int harm, int likelihood, int confidence, int capacity, int capability,
                  String trend, String gaps, String operations, String lead) {
        Threat {
            for (int score : new int[] {harm, likelihood, confidence, capacity, capability}) {
                if (score < 1 || score > 5) {
                    throw new IllegalArgumentException(area + ": scores run from 1 to 5, not " + score);
                }
            }
        }

        int[] scores() {
            return new int[] {harm, likelihood, confidence, capacity, capability};
        }
    }

    static final List<Threat> THREATS = List.of(
            new Threat("Child abuse & exploitation", 5, 4, 3, 3, 3, "Rising",
                    "Live streaming of child abuse for payment (emerging trend); Online child sexual "
                            + "exploitation and abuse; Abuse of girl gang members/associates by urban street "
                            + "gangs (under-reported)",
                    "Indecent images of children: production, distribution and possession; Contact abuse "
                            + "by lone offenders, groups or gangs",
                    "Head of Public Protection"),
            new Threat("Human trafficking / modern slavery", 5, 3, 2, 2, 2, "Rising",
                    "Labour exploitation behind carwashes, restaurants, takeaways and the beauty industry; "
                            + "Victims exploited by criminals in the travelling community",
                    "National Referral Mechanism referrals; Victims mainly from Eastern Europe (Romania, "
                            + "Poland, Slovakia, Lithuania, Czech Republic, Hungary)",
                    "Head of Serious Crime Directorate"),
            new Threat("Domestic abuse, serious violence & sexual offences", 5, 5, 4, 3, 4, "Rising",
                    "Young women involved in, and affected by, gangs; Under-reporting from minority groups "
                            + "and from men as victims; Forced marriage beyond traditional focus of Asian "
                            + "countries",
                    "Managing 1,600 VSOOR nominals (over 1,500 visits every six months); Peak periods: "
                            + "summer, Christmas and weekends",
                    "Head of Public Protection"),
            new Threat("Gangs & county lines", 4, 4, 3, 3, 3, "Rising",
                    "Related violence (health data); Vulnerable children and young persons e.g. mispers; "
                            + "Thanet and Medway due to high LAC",
                    "Gangs matrix: 80 individuals in 34 gangs; County lines from London; Cuckooing",
                    "Head of Serious Crime Directorate"),
            new Threat("Organised acquisitive crime", 4, 4, 4, 4, 4, "Stable",
                    "Expansion of OCG drugs criminality across Kent; Importation and supply of Class A drugs",
                    "134 mapped organised crime groups across Essex and Kent",
                    "Head of Serious Crime Directorate"),
            new Threat("Burglary", 3, 4, 5, 4, 4, "Stable",
                    "Crimes with the greatest impact on vulnerable victims and communities",
                    "Op Liberal – artifice; Op Blade – lorry load thefts; Courier fraud",
                    "Head of Local Policing"),
            new Threat("Counter terrorism & domestic extremism", 5, 2, 3, 4, 4, "Stable",
                    "Community and open source intelligence on officer safety; Syria: attack planning and "
                            + "returning fighters; Groups in Afghanistan and Pakistan; PKK fundraising and "
                            + "travel through Kent ports; National Action (extreme right wing); Public order "
                            + "and live exports",
                    "Operation Quantify",
                    "Head of Special Branch"));

    private static final int[] WIDTHS = {28, 7, 10, 11, 9, 10, 9, 50, 45, 22};

    private ThreatRegisterWorkbook() {
    }

    /**
     * Lines the tallest wrapped cell needs: Excel does not grow a row to fit wrapped text written
     * by POI, so the height is set from the text length.
     */
    private static int lines(Threat threat) {
        String[] texts = {threat.area(), threat.gaps(), threat.operations(), threat.lead()};
        int[] columns = {0, 7, 8, 9};
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            int perLine = Math.max(1, WIDTHS[columns[i]] - 2);
            lines = Math.max(lines, (texts[i].length() + perLine - 1) / perLine);
        }
        return lines;
    }

    static Path write(Path dir) throws IOException {
        try (SampleBook book = new SampleBook("Kent Police – control strategy")) {
            Sheet sheet = book.workbook.createSheet(SHEET);
            book.header(sheet, 0, HEADERS);
            for (int i = 0; i < THREATS.size(); i++) {
                Threat threat = THREATS.get(i);
                Row row = sheet.createRow(1 + i);
                book.text(row, 0, threat.area(), book.wrapped);
                int[] scores = threat.scores();
                for (int s = 0; s < scores.length; s++) {
                    book.number(row, 1 + s, scores[s], book.text);
                }
                book.text(row, 6, threat.trend(), book.text);
                book.text(row, 7, threat.gaps(), book.wrapped);
                book.text(row, 8, threat.operations(), book.wrapped);
                book.text(row, 9, threat.lead(), book.wrapped);
                row.setHeightInPoints(15f * lines(threat));
            }
            sheet.createFreezePane(1, 1);
            SampleBook.widths(sheet, WIDTHS);
            return book.save(dir.resolve(FILE));
        }
    }
}
