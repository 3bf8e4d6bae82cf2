package org.forcestat.threat;

import static org.forcestat.model.CrimeCategory.DWELLING_BURGLARY;
import static org.forcestat.model.CrimeCategory.ROBBERY;
import static org.forcestat.model.CrimeCategory.SEXUAL_OFFENCES;
import static org.forcestat.model.CrimeCategory.TFMV;
import static org.forcestat.model.CrimeCategory.TOMV;
import static org.forcestat.model.CrimeCategory.VIOLENCE;

import java.util.List;
import org.forcestat.threat.ThreatArea.Kind;

/**
 * The Kent control strategy of the seed slides ("Threat Risk and Harm", SPEC §5) as the default
 * register. Facts, gaps and operations are the slides' words; the slides give no scores and no
 * leads, so the scores below are forcestat's own starting judgement, to be replaced by a THREATS
 * workbook:
 *
 * <pre>
 * area                         phys psych fin comm vuln  L  conf cap capab  risk  RAG
 * Domestic abuse, SV & SO        5    5    2    3    4   5   4    3   4    19.7  Red
 * Child abuse & exploitation     4    5    1    3    5   4   3    2   3    16.8  Red
 * Gangs & county lines           4    3    2    4    5   4   3    3   3    15.4  Red
 * Human trafficking / MS         4    4    3    3    5   3   2    2   2    13.2  Amber
 * Organised acquisitive crime    2    2    4    4    3   4   3    3   3    11.0  Amber
 * Counter terrorism & DE         5    4    2    5    2   3   2    3   4    10.7  Amber
 * Burglary                       2    4    3    3    4   3   4    3   4     9.0  Amber
 * Digital crime (info req.)      1    3    4    2    3   3   1    2   3     7.4  Green
 * Emerging communities (info)    2    3    2    3    4   2   1    2   2     6.3  Green
 * Criminal use of firearms (info)5    4    1    4    2   1   1    3   3     3.5  Green
 * </pre>
 * Why: the slides lead with exploitation, DA and gangs (high physical and psychological harm to
 * vulnerable victims); burglary and organised acquisitive crime are mainly financial and community
 * harm with established operations (position 3.5 and 3); the three "other information required"
 * areas have low confidence (1) because the slides only ask for information on them.
 */
public final class DefaultRegister {
    /** The source every default area names. */
    public static final String SOURCE = "Kent control strategy (default register)";

    private DefaultRegister() {
    }

    /** The default areas, in the slides' order. */
    public static List<ThreatArea> areas() {
        return List.of(
                new ThreatArea("Child abuse & exploitation", Kind.PRIORITY,
                        List.of("Child abuse and exploitation", "Child sexual exploitation", "CSE", "CSEA",
                                "Child abuse", "Child exploitation", "Child criminal exploitation", "CCE"),
                        List.of("The most common reasons for children to be trafficked are sexual exploitation and "
                                        + "criminal exploitation (A Strategic Assessment on the Nature and Scale of Human "
                                        + "Trafficking in 2012).",
                                "Over 2,400 children were victims of sexual exploitation in gangs and groups from "
                                        + "August 2010 to October 2011 (HPOCC).",
                                "Trend: the production, distribution and possession of indecent images of children, with "
                                        + "live streaming of child abuse for payment, is an emerging trend.",
                                "Trend: online child sexual exploitation and abuse.",
                                "Trend: contact sexual abuse of children in the UK by lone (non-familial) offenders, groups "
                                        + "or gangs; abuse by urban street gangs of girl gang members/associates is "
                                        + "under-reported but recognised as a threat."),
                        List.of(), List.of(), "", "",
                        ThreatScores.of(4, 5, 1, 3, 5, 4, 3, 2, 3), List.of(), SOURCE),
                new ThreatArea("Human trafficking / modern slavery", Kind.PRIORITY,
                        List.of("Human trafficking", "Modern slavery", "Human trafficking and modern slavery",
                                "Trafficking", "Labour exploitation", "HTMS"),
                        List.of("Most victims of labour exploitation in the UK come from Eastern Europe, mainly Romania, "
                                        + "Poland, Slovakia, Lithuania, the Czech Republic and Hungary.",
                                "More victims exploited by criminals in the traveling community have been referred "
                                        + "through the National Referral Mechanism than any other victim type.",
                                "Human trafficking for labour exploitation within Kent is also encountered under the "
                                        + "fa\u00e7ade of businesses such as carwashes, restaurants and takeaways, and those "
                                        + "in the beauty industry."),
                        List.of(), List.of(), "", "",
                        ThreatScores.of(4, 4, 3, 3, 5, 3, 2, 2, 2), List.of(), SOURCE),
                new ThreatArea("Domestic abuse, serious violence & sexual offences", Kind.PRIORITY,
                        List.of("DA, serious violence & sexual offences", "DA", "Domestic abuse", "Domestic violence",
                                "Serious violence", "Sexual offences", "DA and sexual offences",
                                "Domestic abuse and sexual offences", "VAWG", "Violence against women and girls"),
                        List.of("1 in 4 women in the UK experience domestic abuse.",
                                "Managing sexual offenders in Kent: 1,600 VSOOR nominals compliant within our community.",
                                "Over 1,500 visits conducted to VSOOR nominals every six months.",
                                "Peak times: summer, Christmas and weekends are peak periods for domestic violence."),
                        List.of("Young women involved in, and affected by, gangs",
                                "Under-reporting from minority groups and from men as victims",
                                "Forced marriage beyond traditional focus of Asian countries"),
                        List.of(), "", "",
                        ThreatScores.of(5, 5, 2, 3, 4, 5, 4, 3, 4), List.of(VIOLENCE, SEXUAL_OFFENCES), SOURCE),
                new ThreatArea("Gangs & county lines", Kind.PRIORITY,
                        List.of("Gangs", "County lines", "Gangs and county lines", "Gangs county lines", "Cuckooing",
                                "Urban street gangs"),
                        List.of("On the current Gangs matrix there are 80 individuals, representing 34 different Gangs.",
                                "Intelligence shows a strong presence of 'county lines' travelling out of London to Kent "
                                        + "in order to sell drugs, usually class A.",
                                "Cuckooing: gangs exploit vulnerable people, such as youngsters, addicts or adults with "
                                        + "other vulnerabilities, e.g. mental health problems."),
                        List.of("Related violence (health data)",
                                "Vulnerable children and young persons, e.g. mispers",
                                "Thanet and Medway due to high LAC"),
                        List.of(), "", "",
                        ThreatScores.of(4, 3, 2, 4, 5, 4, 3, 3, 3), List.of(VIOLENCE, ROBBERY), SOURCE),
                new ThreatArea("Organised acquisitive crime", Kind.PRIORITY,
                        List.of("OAC", "Organised crime", "Organised crime groups", "OCG", "OCGs",
                                "Serious and organised crime", "SOC"),
                        List.of("There are 134 mapped organised crime groups (OCGs) across Essex and Kent.",
                                "Drugs criminality is associated with OCGs across Kent and continues to expand. The "
                                        + "importation and supply of Class A drugs remains the biggest threat."),
                        List.of(), List.of(), "", "",
                        ThreatScores.of(2, 2, 4, 4, 3, 4, 3, 3, 3), List.of(TOMV, TFMV, ROBBERY), SOURCE),
                new ThreatArea("Burglary", Kind.PRIORITY,
                        List.of("Dwelling burglary", "Residential burglary", "Domestic burglary", "Burglary dwelling"),
                        List.of("Tackling crimes that have the greatest impact on our vulnerable victims and communities."),
                        List.of(),
                        List.of("Op Liberal \u2013 artifice", "Op Blade \u2013 lorry loads thefts", "Courier fraud"),
                        "", "",
                        ThreatScores.of(2, 4, 3, 3, 4, 3, 4, 3, 4), List.of(DWELLING_BURGLARY), SOURCE),
                new ThreatArea("Counter terrorism & domestic extremism", Kind.PRIORITY,
                        List.of("Counter terrorism", "Counter terrorism and domestic extremism", "CT", "CTDE",
                                "Terrorism", "Domestic extremism", "Extremism"),
                        List.of("The threat from Syria, both in terms of attack planning and returning fighters.",
                                "The threat from groups in Afghanistan and Pakistan.",
                                "Threat posed by individuals raising funds for the PKK or travelling through Kent ports.",
                                "The threat from National Action (extreme right wing).",
                                "Public order in relation to Live Exports."),
                        List.of(),
                        List.of("Operation Quantify \u2013 identifying community intelligence and open source "
                                + "intelligence, particularly around officer safety"),
                        "", "",
                        ThreatScores.of(5, 4, 2, 5, 2, 3, 2, 3, 4), List.of(), SOURCE),
                informationRequired("Digital crime", List.of("Cyber crime", "Cybercrime", "Cyber", "Online crime"),
                        ThreatScores.of(1, 3, 4, 2, 3, 3, 1, 2, 3)),
                informationRequired("Criminal use of firearms", List.of("Firearms", "Guns", "Gun crime", "Firearms crime"),
                        ThreatScores.of(5, 4, 1, 4, 2, 1, 1, 3, 3)),
                informationRequired("Emerging communities", List.of("New communities", "Emerging community"),
                        ThreatScores.of(2, 3, 2, 3, 4, 2, 1, 2, 2)));
    }

    private static ThreatArea informationRequired(String name, List<String> aliases, ThreatScores scores) {
        return new ThreatArea(name, Kind.INFORMATION_REQUIREMENT, aliases,
                List.of("Listed under \"Other information required on\" in the control strategy."),
                List.of("Information required: the control strategy asks for information on this area and gives no "
                        + "assessment yet"),
                List.of(), "", "", scores, List.of(), SOURCE);
    }
}
