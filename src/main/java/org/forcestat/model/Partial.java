package org.forcestat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything read from one input file (or, after merging, from many): counts, finance lines,
 * threats, findings and source descriptions. {@link #merge} is associative, so files can be read
 * in parallel and combined in any grouping.
 */
public final class Partial {
    private final CallCounts calls = new CallCounts();
    private final CrimeCounts crimes = new CrimeCounts();
    private final CrimeTotals crimeTotals = new CrimeTotals();
    private final FinanceData finance = new FinanceData();
    private final List<ThreatInput> threats = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<SourceInfo> sources = new ArrayList<>();

    public CallCounts calls() {
        return calls;
    }

    public CrimeCounts crimes() {
        return crimes;
    }

    public CrimeTotals crimeTotals() {
        return crimeTotals;
    }

    public FinanceData finance() {
        return finance;
    }

    public List<ThreatInput> threats() {
        return threats;
    }

    public void addThreat(ThreatInput t) {
        threats.add(t);
    }

    public void addFinding(Finding f) {
        findings.add(f);
    }

    /** Replaces the findings, e.g. with duplicates dropped or suppressions applied. */
    public void replaceFindings(List<Finding> replacement) {
        List<Finding> copy = List.copyOf(replacement);
        findings.clear();
        findings.addAll(copy);
    }

    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public void addSource(SourceInfo s) {
        sources.add(s);
    }

    public List<SourceInfo> sources() {
        return Collections.unmodifiableList(sources);
    }

    /** Adds everything of {@code other} into this partial and returns it. */
    public Partial merge(Partial other) {
        calls.merge(other.calls);
        crimes.merge(other.crimes);
        crimeTotals.merge(other.crimeTotals);
        finance.merge(other.finance);
        threats.addAll(other.threats);
        findings.addAll(other.findings);
        sources.addAll(other.sources);
        return this;
    }
}
