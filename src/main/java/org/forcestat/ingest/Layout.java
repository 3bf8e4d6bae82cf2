package org.forcestat.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forcestat.model.Kind;

/**
 * The sheet layouts forcestat reads (SPEC §2.2): for each, its fields, their header synonyms, and
 * which fields are required. FACTS blocks have no header row and are recognised separately.
 */
public enum Layout {
    CALL_RECORDS(Kind.CALLS, fields(
            "received", "Received|Date/Time|Call Received|Received At|Date Time|Call Date|Date and time|Date|Call date time",
            "time", "Time|Call time|Time received",
            "grading", "Grading|Grade|Priority|Response|Call Grade|Call grading",
            "channel", "Channel|Line|Source|Call Type|Route",
            "storm", "STORM Ref|STORM|Incident|Incident No|STORM Record|Incident number|STORM number",
            "division", "Division|Area|District|Div",
            "id", "Call ID|Ref|URN|Call Ref|Call reference"), Set.of("received", "grading")),
    CALLS_DAILY(Kind.CALLS, fields(
            "date", "Date|Day",
            "total", "Total calls|Calls|Total|Calls received|All calls",
            "storm", "STORM records|Incidents|STORM incidents|Incidents recorded|STORM"), Set.of("date")),
    CRIMES(Kind.CRIMES, fields(
            "date", "Date|Recorded|Date Recorded|Month|Period|Date of offence",
            "type", "Crime type|Offence|Category|Crime category|Offence group|Offence type",
            "division", "Division|District|Area|Falls within|Community Safety Unit|CSU",
            "count", "Count|Crimes|Number|Total|Number of crimes",
            "id", "Crime ID|Crime ref|URN|Crime reference"), Set.of("date", "type")),
    CRIME_TOTALS(Kind.CRIME_TOTALS, fields(
            "area", "Area|Division|District|Falls within|Community Safety Unit|CSU|Force",
            "month", "Month|Period|Date|Month ending|Month end",
            "count", "Count|Crimes|Number|Total|Recorded crime|Recorded crimes|Total recorded crime|All crime"),
            Set.of("area", "month", "count")),
    SAVINGS(Kind.SAVINGS, fields(
            "line", "Savings line|Scheme|Initiative|Description|Saving|Savings proposal",
            "department", "Department|Directorate|Area|Business area",
            "year", "Year|Financial year|FY",
            "planned", "Planned|Target|Plan|Planned saving|Target saving",
            "achieved", "Achieved|Delivered|Actual|Achieved saving|Actual saving",
            "amount", "Amount|Saving amount|Value|Savings",
            "status", "Status|RAG|RAG status|Delivery status"), Set.of("line")),
    BUDGET(Kind.BUDGET, fields(
            "line", "Budget line|Cost centre|Subjective|Budget heading|Line",
            "category", "Category|Type|Budget category|Subjective group",
            "amount", "Budget|Amount|Budget amount|Net budget|Budget 2015/16"), Set.of("line", "amount")),
    THREATS(Kind.THREATS, fields(
            "area", "Threat area|Threat|Priority area|Threat / priority area|Threat or priority area|Area of threat",
            "harm", "Harm|Harm score",
            "harm_physical", "Physical harm|Harm physical|Physical",
            "harm_psychological", "Psychological harm|Harm psychological|Psychological",
            "harm_financial", "Financial harm|Harm financial|Financial",
            "harm_community", "Community harm|Harm community|Community",
            "harm_vulnerability", "Victim vulnerability|Vulnerability|Harm vulnerability",
            "likelihood", "Likelihood|Probability",
            "confidence", "Confidence|Intelligence confidence",
            "capacity", "Capacity",
            "capability", "Capability",
            "trend", "Trend|Direction",
            "intelligence_gaps", "Intelligence gaps|Gaps|Intel gaps",
            "operations", "Operations|Operation|Ops",
            "lead", "Lead|Owner|Strategic lead"), Set.of("area"));

    private final Kind kind;
    private final Map<String, List<String>> synonyms;
    private final Set<String> required;

    Layout(Kind kind, Map<String, List<String>> synonyms, Set<String> required) {
        this.kind = kind;
        this.synonyms = synonyms;
        this.required = required;
    }

    private static Map<String, List<String>> fields(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], List.of(pairs[i + 1].split("\\|")));
        }
        return m;
    }

    public Kind kind() {
        return kind;
    }

    /** Field name to its header synonyms, in the order fields are tried. */
    public Map<String, List<String>> synonyms() {
        return synonyms;
    }

    public Set<String> required() {
        return required;
    }
}
