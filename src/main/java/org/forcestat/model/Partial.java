package org.forcestat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** One file's counted sheets by name, each with the fingerprint of its content (see {@link #sheetPrints}). */
    private final Map<String, Long> sheetPrints = new LinkedHashMap<>();
    /** The forces police.uk's street-level rows fall within ("Falls within"), each with the files that gave them. */
    private final Map<String, java.util.Set<String>> forces = new java.util.TreeMap<>();
    /** The keys of the calls counted, so that a call repeated in another file is counted once (see {@link CallKeys}). */
    private final KeptKeys callKeys = new KeptKeys();
    /** The keys of the one-row-per-crime records counted, likewise (a crime reference or the whole row on its date). */
    private final KeptKeys crimeKeys = new KeptKeys();

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

    /** Records that the counts of a sheet with this content fingerprint are in this (one file's) partial. */
    public void addSheetPrint(String sheet, long content) {
        sheetPrints.put(sheet, content);
    }

    /**
     * The counted sheets of the file this partial was read from, with their content fingerprints, so
     * that a sheet repeated in another file is not added twice (SPEC §4.1). Only
     * meaningful for one file's partial (or a copy of it): merged from several files, sheets of the same name
     * keep the first file's.
     */
    public Map<String, Long> sheetPrints() {
        return Collections.unmodifiableMap(sheetPrints);
    }

    /** The keys of the one-row-per-call records counted here (of one file; a run takes them once it has compared them). */
    public KeptKeys callKeys() {
        return callKeys;
    }

    /** The keys of the one-row-per-crime records counted here (of one file), as {@link #callKeys()} for calls. */
    public KeptKeys crimeKeys() {
        return crimeKeys;
    }

    /** Notes that police.uk's rows of {@code file} fall within {@code force}. */
    public void addForce(String force, String file) {
        forces.computeIfAbsent(force, k -> new java.util.TreeSet<>()).add(file);
    }

    /** The forces police.uk's rows fall within, each with its files (see {@link #addForce}). */
    public Map<String, java.util.Set<String>> forces() {
        return java.util.Collections.unmodifiableMap(forces);
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
        other.sheetPrints.forEach(sheetPrints::putIfAbsent);
        other.forces.forEach((force, files) -> files.forEach(f -> addForce(force, f)));
        callKeys.add(other.callKeys.get());
        crimeKeys.add(other.crimeKeys.get());
        return this;
    }
}
