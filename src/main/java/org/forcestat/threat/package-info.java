/**
 * The threat-strategy engine (SPEC §5): the control strategy as a register, scored on a
 * MoRiLE-style model, tied to the crime-trend evidence, ranked and RAG-rated.
 *
 * <h2>Flow</h2>
 * {@link org.forcestat.threat.ThreatAssessor#run} = {@link org.forcestat.threat.ScoringModel#fromProperties}
 * (the {@code threat.*} keys of {@code forcestat.properties}) + {@link org.forcestat.threat.ThreatRegister#of}
 * (the THREATS rows as the register, with findings; only when there are none, the Kent control strategy
 * of the seed, {@link org.forcestat.threat.DefaultRegister}, as an example) +
 * {@link org.forcestat.threat.ThreatAssessor#assess} (evidence rule, score, rank, RAG, reasons in words).
 *
 * <h2>Scoring model (ours: MoRiLE's own scales are not public)</h2>
 * <ul>
 * <li>Every scale is 1–5. Harm has five dimensions (physical, psychological, financial, community,
 *     victim vulnerability); weighted harm = sum(w_d x harm_d) / sum(w_d), default weights
 *     0.30 / 0.20 / 0.10 / 0.15 / 0.25.</li>
 * <li>Organisational position = (capacity + capability) / 2, 5 = well placed; position factor =
 *     1 + k x (3 - position) / 2, k = 0.2 by default (1.2 poorly placed ... 0.8 well placed).</li>
 * <li>Risk score = weighted harm x likelihood x position factor, rounded to one decimal (max 30).</li>
 * <li>RAG: Red &gt;= 15, Amber &gt;= 8, otherwise Green. Rank: risk, then harm, then confidence, then name.</li>
 * <li>Confidence (1–5; High/Medium/Low = 5/3/1) is shown beside the score, never in it.</li>
 * </ul>
 *
 * <h2>Evidence rule</h2>
 * Burglary &lt;- dwelling burglary; DA, serious violence &amp; sexual offences &lt;- violent crime,
 * sexual offences; organised acquisitive crime &lt;- TOMV, TFMV, robbery; gangs &amp; county lines &lt;-
 * violent crime, robbery (police.uk's merged groups stand in where the split is missing). A change
 * with p &lt; {@code threat.evidence.alpha} (0.05): a rise raises likelihood by 1 (at most 5); failing
 * any rise, a fall lowers it by 1 (at least 1); otherwise no change. At most one step per run.
 *
 * <h2>Properties (defaults; a bad value is a WARNING finding THREAT_PROPERTY and the default is kept)</h2>
 * <pre>
 * threat.weight.harm.physical = 0.30        threat.weight.position = 0.20   (0..1)
 * threat.weight.harm.psychological = 0.20   threat.rag.red = 15             (&gt; 0)
 * threat.weight.harm.financial = 0.10       threat.rag.amber = 8            (&gt; 0, below red)
 * threat.weight.harm.community = 0.15       threat.confidence.high/medium/low = 5/3/1  (1..5)
 * threat.weight.harm.vulnerability = 0.25   threat.evidence.alpha = 0.05    (0..0.5)
 * </pre>
 *
 * <h2>Findings on THREATS rows</h2>
 * A given register is ranked as it is (no area of the default register is added to it). Scores are
 * numbers 1 to 5 or the words of a five-point risk matrix ({@link org.forcestat.threat.ScoreWords}).
 * THREAT_SCORE_RANGE and THREAT_SCORE_NOT_NUMBER (ERROR), THREAT_SCORE_MISSING (WARNING; once per sheet
 * when a whole column is absent): the area is left unscored and unranked (a missing confidence only
 * leaves confidence blank); THREAT_AREA_DUPLICATE (WARNING, later row wins), THREAT_AREA_BLANK
 * (WARNING, row ignored).
 * The cell named is {@code text["cell.<field>"]} when the ingest stage supplies it, else the row's cell.
 */
package org.forcestat.threat;
