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
            "received", "Received|Date/Time|Call Received|Received At|Date Time|Call Date|Date and time|Date|Call date time"
                    + "|Date/Time Received|Received Date/Time|Date Received|Received Date|Call Received Date/Time"
                    + "|Incident Date/Time|Created Date/Time|Date/Time Created|Date/Time Opened|Call Start|Call Start Time"
                    + "|Start Date/Time|Date/Time Logged|Logged|Date Logged|Log Date|Created|Opened|Date/Time of Call"
                    + "|Call Date/Time|Incident Date|Incident Created",
            "time", "Time|Call time|Time received|Received Time|Time of call|Start time|Time logged",
            "grading", "Grading|Grade|Priority|Response|Call Grade|Call grading|Initial Priority|Initial Grade"
                    + "|Initial Grading|Grade of Response|Response Grade|Incident Grade|Incident Priority|Final Grade"
                    + "|Final Priority|Response Priority|Priority Code|Call Priority|Grade Code|Priority Level"
                    + "|Call Priority Level|Incident Priority Level|Grade Level|Response Level|Priority Grade"
                    + "|Current Priority|Current Grade|Initial Priority Level|Final Grading|Call Category",
            "channel", "Channel|Line|Source|Call Type|Route|Call Source|Contact Method|Contact Channel"
                    + "|Method of Contact|Call Origin|Origin|Contact Type|Received Via|How Received|Contact Route"
                    + "|Incoming Channel|Call Channel",
            "storm", "STORM Ref|STORM|Incident|Incident No|STORM Record|Incident number|STORM number|STORM Reference"
                    + "|STORM Log|STORM Log No|Incident Ref|Incident Reference|Incident URN|CAD Ref|CAD Number|CAD No"
                    + "|Log Number|Log No",
            "division", "Division|Area|District|Div|Sector|LPA|Policing Area|BCU|Command|Local Policing Area",
            "id", "Call ID|Ref|URN|Call Ref|Call reference|Call No|Call Number|Call URN"), Set.of("received", "grading")),
    CALLS_DAILY(Kind.CALLS, fields(
            "date", "Date|Day|Month|Month start|Period",
            "total", "Total calls|Calls|Total|Calls received|All calls",
            "storm", "STORM records|Incidents|STORM incidents|Incidents recorded|STORM"), Set.of("date")),
    CRIMES(Kind.CRIMES, fields(
            "date", "Date|Recorded|Date Recorded|Month|Period|Date of offence|Recorded Date|Crime Date|Offence Date"
                    + "|Date Committed|Committed Date|Committed|Reported Date|Date Reported|Notified Date"
                    + "|Date Notified|Crime Recorded Date|Date Crime Recorded|Recorded Date/Time|Date/Time Recorded"
                    + "|Recorded On|Recorded Date and Time|Date and Time Recorded|Crime Recorded Date/Time"
                    + "|Date/Time Crime Recorded|Crime Recorded On|Recorded Datetime",
            "type", "Crime type|Offence|Category|Crime category|Offence group|Offence type|Offence description"
                    + "|Offence name|HO offence|Home Office offence|Crime classification|Classification"
                    + "|Offence classification|Offence subgroup|Crime group|HO classification|Crime",
            "division", "Division|District|Area|Falls within|Community Safety Unit|CSU|Sector|LPA|Policing Area|BCU"
                    + "|Local Policing Area|Command",
            "count", "Count|Crimes|Number|Total|Number of crimes|Offences|Number of offences|Recorded crimes"
                    + "|Crime count|No of crimes|No. of offences",
            "id", "Crime ID|Crime ref|URN|Crime reference|Crime number|Crime no|Crime URN",
            // Whether the record is a recorded crime (see CrimeStatus); police.uk's "Last outcome category" is not one.
            "status", "Crime Status|Status|Classification Status|Crime Classification Status|Record Status"
                    + "|Recording Status|Crime Recording Status|Crime Record Status|Current Crime Status"),
            Set.of("date", "type")),
    /**
     * A month-by-column pivot: a row label (crime type, call grading, or area) then one column per
     * month ({@code Apr-14}, {@code April 2014}, {@code 2014-04}, or Excel month dates). The month
     * columns are the extra columns; which kind the rows are is decided from their labels.
     */
    MONTH_COLUMNS(Kind.CRIMES, fields(
            "type", "Crime type|Offence|Category|Crime category|Offence group|Offence type|Offence description"
                    + "|Offence name|HO offence|Home Office offence|Crime classification|Classification"
                    + "|Offence classification|Offence subgroup|Crime group|HO classification|Crime",
            "grading", "Grading|Grade|Priority|Call Grade|Call grading|Response grade|Call priority|Priority Level"
                    + "|Call Priority Level|Incident Grade|Initial Grade|Final Priority|Priority Code|Grade of Response",
            "channel", "Channel|Call Source|Source|Call Origin|Origin|Contact Channel|Contact Method|Call Channel"
                    + "|Method of Contact|Contact Route|Route|Line",
            "area", "Area|Division|District|Falls within|Community Safety Unit|CSU|Force|Sector|LPA|BCU"
                    + "|Policing Area"), Set.of()),
    CRIME_TOTALS(Kind.CRIME_TOTALS, fields(
            "area", "Area|Division|District|Falls within|Community Safety Unit|CSU|Force",
            "month", "Month|Period|Date|Month ending|Month end",
            "count", "Count|Crimes|Number|Total|Recorded crime|Recorded crimes|Total recorded crime|All crime"),
            Set.of("area", "month", "count")),
    SAVINGS(Kind.SAVINGS, fields(
            "line", "Savings line|Scheme|Initiative|Description|Saving|Savings proposal|Proposal|Saving proposal"
                    + "|Scheme name|Scheme description|Savings scheme|Saving description|Description of saving"
                    + "|Savings description|Project|Workstream|Efficiency|Saving title|Directorate / Scheme"
                    + "|Department / Scheme|Scheme / Proposal|Proposal description",
            "department", "Department|Directorate|Area|Business area|Portfolio|Service area|Command|Division"
                    + "|Business unit|Department / Directorate",
            "year", "Year|Financial year|FY",
            "planned", "Planned|Target|Plan|Planned saving|Target saving",
            "achieved", "Achieved|Delivered|Actual|Achieved saving|Actual saving",
            "amount", "Amount|Saving amount|Value|Savings",
            "status", "Status|RAG|RAG status|Delivery status"), Set.of("line")),
    BUDGET(Kind.BUDGET, fields(
            "line", "Budget line|Cost centre|Subjective|Budget heading|Line",
            "category", "Category|Type|Budget category|Subjective group",
            "amount", "Budget|Amount|Budget amount|Net budget"), Set.of("line", "amount")),
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
