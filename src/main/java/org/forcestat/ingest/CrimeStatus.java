package org.forcestat.ingest;

import java.util.List;
import org.forcestat.model.Text;

/**
 * What a crime record's status says about counting it, as the Home Office Counting Rules for
 * recorded crime have it: a record that was cancelled (once called "no crime"), transferred to
 * another force, or kept as an N100 (a reported rape not recorded as a crime), or that is a crime-
 * related incident, is not a recorded crime; a confirmed record, and any investigation outcome
 * (detected, charged, cautioned, "Outcome 1"), is. Statuses in neither list are counted and said.
 * police.uk's "Last outcome category" is not a status: police.uk publishes recorded crimes only.
 */
enum CrimeStatus {
    COUNTED, NOT_COUNTED, UNKNOWN;

    /** Words (as {@link Text#key}) in a status that mean the record is not a recorded crime. */
    private static final List<String> NOT_A_CRIME = List.of("nocrime", "notcrime", "noncrime", "notacrime",
            "cancel", "transfer", "n100", "crimerelatedincident", "incidentonly", "notrecorded", "duplicate");
    /** A transfer into this force is this force's crime. */
    private static final List<String> TRANSFERRED_IN = List.of("transferredin", "transferin", "transferredfrom");
    /** Words in a status that mean a recorded crime, at any stage of its investigation. */
    private static final List<String> CRIME = List.of("confirm", "recorded", "crime", "detected", "charge",
            "summons", "caution", "outcome", "finalised", "finalized", "filed", "open", "closed", "live", "active",
            "investigation", "complete", "reclassified", "validated", "sanction", "penalty", "communityresolution",
            "takenintoconsideration", "nfa", "nofurtheraction", "awaiting", "inprogress");

    /** The status of a record's status text. */
    static CrimeStatus of(String text) {
        String k = Text.key(text);
        if (k.isEmpty()) {
            return UNKNOWN;
        }
        if (TRANSFERRED_IN.stream().anyMatch(k::contains)) {
            return COUNTED;
        }
        if (NOT_A_CRIME.stream().anyMatch(k::contains)) {
            return NOT_COUNTED;
        }
        return CRIME.stream().anyMatch(k::contains) ? COUNTED : UNKNOWN;
    }
}
