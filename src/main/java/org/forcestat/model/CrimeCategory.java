package org.forcestat.model;

import java.util.Optional;

/**
 * The seed's crime categories (SPEC §2.2), police.uk's merged groups, and anti-social behaviour,
 * which is an incident and never counted as a crime.
 */
public enum CrimeCategory {
    DWELLING_BURGLARY("dwelling_burglary", "Dwelling burglary", true, false,
            "Dwelling burglary", "Burglary dwelling", "Domestic burglary", "Residential burglary", "Burglary - residential"),
    TFMV("tfmv", "Theft from motor vehicle", true, false,
            "Theft from motor vehicle", "Theft from a motor vehicle", "TFMV", "Theft from vehicle"),
    TOMV("tomv", "Theft of motor vehicle", true, false,
            "Theft of motor vehicle", "Theft of a motor vehicle", "TOMV", "Theft of vehicle", "Vehicle theft"),
    VIOLENCE("violence", "Violent crime", true, false,
            "Violent crime", "Violence", "Violence against the person", "Violence with injury",
            "Violence without injury", "Assault", "Violent crimes"),
    SEXUAL_OFFENCES("sexual_offences", "Sexual offences", true, false,
            "Sexual offences", "Sexual offence", "Sexual"),
    THEFT("theft", "Theft", true, false,
            "Theft", "Other theft", "Shoplifting", "Theft from the person", "Bicycle theft", "Thefts"),
    ROBBERY("robbery", "Robbery", true, false, "Robbery", "Robberies"),
    OTHER("other", "Other crime", true, false,
            "Other crime", "Other", "Criminal damage and arson", "Criminal damage", "Arson", "Drugs",
            "Public order", "Possession of weapons", "Public disorder and weapons", "Other offences", "Non-dwelling burglary", "Burglary other"),
    // Combined groups are named for what they are, not for police.uk: a Home Office table's "Vehicle offences"
    // lands here too, and "(police.uk)" on its summary misnamed the source.
    BURGLARY_ALL("burglary_all", "Burglary (all, not split)", true, true, "Burglary"),
    VEHICLE_CRIME("vehicle_crime", "Vehicle crime (not split)", true, true, "Vehicle crime"),
    VIOLENCE_AND_SEXUAL("violence_and_sexual", "Violence and sexual offences (not split)", true, true,
            "Violence and sexual offences"),
    // ONS's offence group "Theft offences" holds domestic and non-domestic burglary, vehicle offences, theft from
    // the person, bicycle theft, shoplifting and all other theft: a source that gives only the group gives none of
    // dwelling burglary, TFMV, TOMV or theft alone.
    THEFT_OFFENCES("theft_offences", "Theft offences (not split)", true, true, "Theft offences"),
    ASB("asb", "Anti-social behaviour", false, false,
            "Anti-social behaviour", "Antisocial behaviour", "ASB", "Anti social behaviour");

    private static final Vocabulary<CrimeCategory> WORDS = new Vocabulary<>(CrimeCategory.class, c -> c.synonyms);

    private final String id;
    private final String label;
    private final boolean crime;
    private final boolean merged;
    private final String[] synonyms;

    CrimeCategory(String id, String label, boolean crime, boolean merged, String... synonyms) {
        this.id = id;
        this.label = label;
        this.crime = crime;
        this.merged = merged;
        this.synonyms = synonyms;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** False for anti-social behaviour, which is an incident and never in crime totals. */
    public boolean isCrime() {
        return crime;
    }

    /**
     * True for the groups that merge seed categories, whose split is not available: police.uk's, and
     * ONS's "Theft offences".
     */
    public boolean isMerged() {
        return merged;
    }

    /**
     * True for police.uk's merged groups (burglary, vehicle crime, violence and sexual offences), which
     * its street-level download always gives in place of their parts; false for ONS's "Theft offences",
     * which police.uk splits into shoplifting, bicycle theft and the rest.
     */
    public boolean isPoliceUkGroup() {
        return merged && this != THEFT_OFFENCES;
    }

    /**
     * The police.uk group this category is a part of (violence is in "Violence and sexual offences"),
     * or itself: theft stays theft, as police.uk gives it on its own.
     */
    public CrimeCategory group() {
        for (CrimeCategory g : values()) {
            if (g.isPoliceUkGroup() && g.parts().contains(this)) {
                return g;
            }
        }
        return this;
    }

    /**
     * The seed categories a merged group holds (violence and sexual offences for "Violence and sexual
     * offences"); empty for every other category. A source that counts the group cannot give these
     * parts (SPEC §3: absent, never 0).
     */
    public java.util.Set<CrimeCategory> parts() {
        return switch (this) {
            case BURGLARY_ALL -> java.util.EnumSet.of(DWELLING_BURGLARY);
            case VEHICLE_CRIME -> java.util.EnumSet.of(TFMV, TOMV);
            case VIOLENCE_AND_SEXUAL -> java.util.EnumSet.of(VIOLENCE, SEXUAL_OFFENCES);
            case THEFT_OFFENCES -> java.util.EnumSet.of(DWELLING_BURGLARY, TFMV, TOMV, THEFT);
            default -> java.util.EnumSet.noneOf(CrimeCategory.class);
        };
    }

    /**
     * The categories a source gives when the rows it holds are of {@code seen}. A source with rows of
     * violence and of theft (the two largest groups, in any all-crime export or return of more than a
     * few days; ONS's "Theft offences" counts as theft) is taken for all recorded crime: it gives every seed category, so one without rows is a
     * real 0, except the parts of a merged group it counts (police.uk's "Burglary" says nothing of
     * dwelling burglary alone). Any other source is an extract of some offences (a theft-only,
     * vehicle-crime or acquisitive-crime listing) and gives only the categories it has rows of: the
     * others are absent, never 0 (SPEC §3). Merged groups and ASB are given only where the source has
     * rows of them (a crime recording system's export is silent on ASB, which is no zero).
     */
    public static java.util.Set<CrimeCategory> givenBy(java.util.Set<CrimeCategory> seen) {
        return givenBy(seen, false);
    }

    /**
     * As {@link #givenBy(java.util.Set)}, for a source known to hold all recorded crime whatever its rows
     * ({@code allCrime}: police.uk's street-level download, whose 14 categories are all of crime and ASB).
     */
    public static java.util.Set<CrimeCategory> givenBy(java.util.Set<CrimeCategory> seen, boolean allCrime) {
        boolean all = allCrime || (seen.contains(VIOLENCE) || seen.contains(VIOLENCE_AND_SEXUAL))
                && (seen.contains(THEFT) || seen.contains(THEFT_OFFENCES));
        java.util.Set<CrimeCategory> out = java.util.EnumSet.noneOf(CrimeCategory.class);
        for (CrimeCategory c : values()) {
            if (c == ASB || c.isMerged() || !all) {
                if (seen.contains(c)) {
                    out.add(c);
                }
            } else {
                out.add(c);
            }
        }
        for (CrimeCategory c : seen) {
            out.removeAll(c.parts());
        }
        if (allCrime) {
            // police.uk never splits burglary, vehicle crime or violence from sexual offences: a month
            // without rows of one of its groups still says nothing of the group's parts.
            for (CrimeCategory g : values()) {
                if (g.isPoliceUkGroup()) {
                    out.add(g);
                    out.removeAll(g.parts());
                }
            }
        }
        return out;
    }

    /**
     * Whether sources that give {@code given} count all recorded crime: every seed category, on its
     * own or inside a merged group (police.uk's download does; a theft-only extract does not).
     */
    public static boolean coversAllCrime(java.util.Collection<CrimeCategory> given) {
        for (CrimeCategory c : seedCategories()) {
            if (!given.contains(c) && given.stream().noneMatch(g -> g.parts().contains(c))) {
                return false;
            }
        }
        return true;
    }

    /** The seed categories in slide order, for tables and charts. */
    public static java.util.List<CrimeCategory> seedCategories() {
        return java.util.List.of(DWELLING_BURGLARY, TFMV, VIOLENCE, SEXUAL_OFFENCES, THEFT, TOMV, ROBBERY, OTHER);
    }

    /**
     * The category of a crime type: the seed's own words first, then the Home Office offence
     * classification, ONS offence groups and police.uk categories of {@link OffenceTable}.
     */
    public static Optional<CrimeCategory> parse(String text) {
        Optional<CrimeCategory> c = one(text);
        if (c.isPresent() || text == null) {
            return c;
        }
        // "Theft - Shoplifting", "Violence - With Injury", "Vehicle - Theft of": a group and an offence,
        // as crime systems join them. The two read together either way round, then each alone (offence first).
        String[] parts = text.split("\\s+[-\u2013\u2014:/]\\s+|\\s*:\\s+", 2);
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            for (String t : new String[] {parts[0] + " " + parts[1], parts[1] + " " + parts[0], parts[1], parts[0]}) {
                c = one(t);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<CrimeCategory> one(String text) {
        Optional<CrimeCategory> c = WORDS.find(text);
        return c.isPresent() ? c : OffenceTable.standard().find(text).map(OffenceTable.Offence::category);
    }
}
