package org.forcestat.threat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class DefaultRegisterTest {
    private static ThreatArea area(String name) {
        return ThreatRegister.defaults().find(name).orElseThrow(() -> new AssertionError("no area " + name));
    }

    private static String facts(String name) {
        return String.join(" ", area(name).facts());
    }

    @Test
    void registerHoldsTheSeedsAreasInSlideOrder() {
        List<String> names = DefaultRegister.areas().stream().map(ThreatArea::name).toList();
        assertEquals(List.of("Child abuse & exploitation", "Human trafficking / modern slavery",
                "Domestic abuse, serious violence & sexual offences", "Gangs & county lines",
                "Organised acquisitive crime", "Burglary", "Counter terrorism & domestic extremism",
                "Digital crime", "Criminal use of firearms", "Emerging communities"), names);
        List<String> info = DefaultRegister.areas().stream()
                .filter(a -> a.kind() == ThreatArea.Kind.INFORMATION_REQUIREMENT).map(ThreatArea::name).toList();
        assertEquals(List.of("Digital crime", "Criminal use of firearms", "Emerging communities"), info);
    }

    @Test
    void registerCarriesTheSeedsFactsVerbatim() {
        assertTrue(facts("Gangs").contains("On the current Gangs matrix there are 80 individuals, representing 34 different Gangs."));
        assertTrue(facts("Gangs").contains("'county lines' travelling out of London to Kent"));
        assertTrue(facts("Gangs").contains("Cuckooing"));
        assertTrue(facts("OAC").contains("There are 134 mapped organised crime groups (OCGs) across Essex and Kent."));
        assertTrue(facts("DA").contains("1,600 VSOOR nominals compliant within our community"));
        assertTrue(facts("DA").contains("Over 1,500 visits conducted to VSOOR nominals every six months"));
        assertTrue(facts("DA").contains("1 in 4 women in the UK experience domestic abuse"));
        assertTrue(facts("DA").contains("summer, Christmas and weekends are peak periods for domestic violence"));
        assertTrue(facts("CSE").contains("Over 2,400 children were victims of sexual exploitation in gangs and groups from "
                + "August 2010 to October 2011 (HPOCC)."));
        assertTrue(facts("Modern slavery").contains("Eastern Europe"));
        assertTrue(facts("Modern slavery").contains("carwashes, restaurants and takeaways"));
        String ct = facts("Counter terrorism");
        for (String s : List.of("Syria", "Afghanistan and Pakistan", "PKK", "Kent ports", "National Action", "Live Exports")) {
            assertTrue(ct.contains(s), s);
        }
    }

    @Test
    void registerCarriesTheSeedsGapsAndOperations() {
        assertEquals(List.of("Young women involved in, and affected by, gangs",
                "Under-reporting from minority groups and from men as victims",
                "Forced marriage beyond traditional focus of Asian countries"), area("DA").gaps());
        assertEquals(List.of("Related violence (health data)", "Vulnerable children and young persons, e.g. mispers",
                "Thanet and Medway due to high LAC"), area("Gangs").gaps());
        assertEquals(List.of("Op Liberal \u2013 artifice", "Op Blade \u2013 lorry loads thefts", "Courier fraud"),
                area("Burglary").operations());
        assertTrue(area("CT").operations().get(0).startsWith("Operation Quantify"));
        assertTrue(area("Digital crime").gaps().get(0).startsWith("Information required"));
    }

    @Test
    void evidenceLinksFollowTheSpec() {
        assertEquals(List.of(org.forcestat.model.CrimeCategory.DWELLING_BURGLARY), area("Burglary").evidence());
        assertEquals("violence,sexual_offences", area("DA").evidence().stream()
                .map(org.forcestat.model.CrimeCategory::id).collect(Collectors.joining(",")));
        assertEquals("tomv,tfmv,robbery", area("OAC").evidence().stream()
                .map(org.forcestat.model.CrimeCategory::id).collect(Collectors.joining(",")));
        assertEquals("violence,robbery", area("County lines").evidence().stream()
                .map(org.forcestat.model.CrimeCategory::id).collect(Collectors.joining(",")));
    }

    @Test
    void aliasesIgnoreCasePunctuationAndAnd() {
        ThreatRegister r = ThreatRegister.defaults();
        assertEquals("Domestic abuse, serious violence & sexual offences",
                r.find("domestic abuse, serious violence and sexual offences").orElseThrow().name());
        assertEquals("Human trafficking / modern slavery", r.find("Human Trafficking and Modern Slavery").orElseThrow().name());
        assertEquals("Gangs & county lines", r.find("gangs and county-lines").orElseThrow().name());
        assertEquals("Burglary", r.find("BURGLARY").orElseThrow().name());
        assertTrue(r.find("Fly-tipping").isEmpty());
    }
}
