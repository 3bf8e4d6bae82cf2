package org.forcestat.samples;

/** The text of {@code samples/README.md}: what each sample workbook holds and how it adds up. */
final class SamplesReadme {
    private SamplesReadme() {
    }

    static String text() {
        return """
                # forcestat sample workbooks

                Written by `forcestat samples` (`org.forcestat.samples.SampleWriter.writeAll`). Do not edit
                by hand: regenerate. The data are **invented** but add up exactly to the figures of the
                Kent Police slides (Sevenoaks District Commander, `seed/000_c9ebb9e31bdb2bcb.txt`), so that
                `forcestat run samples/` reproduces them (SPEC §8). Generation is deterministic (fixed
                random seeds, fixed document dates: created 01/06/2016 09:00 UTC, creator
                "forcestat samples", zip entries dated the same), so a rerun writes byte-identical
                files with the same JDK.

                Daily series follow a realistic shape: a weekday profile (Friday and Saturday highest,
                Sunday and Monday lowest), a summer peak (July–August, about +10%), a Christmas and New
                Year peak (20 December – 2 January, about +15%) and random day-to-day scatter; violence
                and ASB peak hardest at weekends. Counts are whole numbers whose year totals are exact.

                Dates are real Excel dates (`dd/mm/yyyy`, months `mmm yyyy`); counts and amounts are
                numeric cells; money is in whole pounds (`"£"#,##0`).

                ## calls-per-day-2014-15.xlsx — CALLS, one row per day

                Sheet `Calls per day`. Rows 1–2 title block (A1:K1 merged), rows 3–4 blank, header on
                **row 5**, one row per day on rows 6–370 (01/04/2014 – 31/03/2015, 365 days).

                | Column | Year total | Per day |
                |---|---:|---:|
                | Date | | |
                | Immediate | 110,000 | |
                | High | 190,000 | |
                | Appointment | 54,000 | |
                | Advice | 434,000 | |
                | Crime report | 39,000 | |
                | Total calls | 827,000 | 2,266 |
                | 999 calls | 275,575 | 755 exactly |
                | 101 calls | 497,425 | |
                | Online | 54,000 | |
                | STORM records | 537,000 | 1,471 |

                `Total calls` is a live formula `=SUM(B:F)` of the row, with its cached value stored.
                On every row 999 calls + 101 calls + Online = Total calls, and STORM records ≤ Total
                calls; 35% of calls (290,000) have no STORM record.

                ## crimes-per-day-2014-15.xlsx — CRIMES, per day x division x crime type

                Sheet `Crimes`, header on **row 1**: `Date | Division | Crime type | Count`; one row per
                day of FY 2014/15 x division (`North`, `East`, `West`, about 38/34/28%) x crime type,
                9,855 rows, with an autofilter.

                | Crime type | FY total | Per day |
                |---|---:|---:|
                | Dwelling burglary | 5,475 | 15 |
                | Theft from motor vehicle | 6,935 | 19 |
                | Violence against the person | 32,485 | 89 |
                | Sexual offences | 2,555 | 7 |
                | Theft | 29,565 | 81 |
                | Theft of motor vehicle | 2,190 | 6 |
                | Robbery | 1,095 | 3 |
                | Other crime | 31,025 | 85 |
                | **All crimes** | **111,325** | **305** |
                | Anti-social behaviour (an incident, not a crime) | 49,640 | 136 |

                ## recorded-crime-by-division.xlsx — CRIME_TOTALS, per month x division

                Sheet `Recorded crime`. Rows 1–2 title block, row 3 blank, header on **row 4**:
                `Month | Division | Recorded crimes`; rows 5–76: each month June 2014 – May 2016 (the
                first of the month, a real date shown `mmm yyyy`) x `North`, `East`, `West`.

                - 12 months to May 2015 (Jun 2014 – May 2015): **102,235**
                - 12 months to May 2016 (Jun 2015 – May 2016): **107,264** (+5,029, +4.9%)

                Seasonal shape; every division rises a little.

                Note: this divisional return and the daily crimes file cover different periods and
                are not meant to agree (111,325 crimes in FY 2014/15 against 102,235 in the 12
                months to May 2015): both figures are the slides'.

                ## csr-finance.xlsx — SAVINGS, BUDGET and FACTS

                Sheet `Savings plan`: rows 1–2 title, row 3 blank, header on **row 4**:
                `Savings line | Directorate | Status | Achieved 2011/12 … Achieved 2015/16 | Planned
                2016/17 | Planned 2017/18 | Planned 2018/19 | Total achieved | Total planned`; 13 savings
                lines on rows 5–17, `Total` row 18. `Total achieved` (`=SUM(D:H)`) and `Total planned`
                (`=SUM(I:K)`) are row formulas; every amount of the `Total` row is `=SUM(col5:col17)`.
                All cached values are stored.

                - Achieved 2011/12 – 2015/16: **£61,000,000** (savings to date)
                - Planned 2016/17 – 2018/19: **£29,400,000**, against **£33,000,000** required: a gap of
                  £3,600,000
                - Status: lines with only achieved amounts are `Delivered`; `Control room restructure`
                  and `PCSO establishment review` are `At risk`; `Contact channel shift – online
                  reporting` is `Not started`; the rest `On track`.

                Sheet `Budget`: header on **row 1** `Budget line | Category | Budget (£)`; 13 lines on rows
                2–14, `Total` row 15 (`=SUM(C2:C14)`) = **£275,000,000**. Police officer pay + Police
                staff pay + PCSO pay = **£220,000,000** (80%, the slides' "80% of budget on staff");
                Non-pay £55,000,000.

                Sheet `Facts`: `Key facts` in A1, then label (column A) / value (column B) on rows 2–7:

                | Label | Value |
                |---|---|
                | Force name | Kent Police |
                | Total savings to date | £61,000,000 |
                | Savings required (next 3 years) | £33,000,000 |
                | Total budget | £275,000,000 |
                | Police officer establishment | 3,238 |
                | Police staff establishment | 2,359 |

                ## threat-register.xlsx — THREATS

                Sheet `Control strategy`, header on **row 1**: `Threat area | Harm | Likelihood |
                Confidence | Capacity | Capability | Trend | Intelligence gaps | Operations | Lead`; one
                row per area of the Kent control strategy (rows 2–8): Child abuse & exploitation; Human
                trafficking / modern slavery; Domestic abuse, serious violence & sexual offences; Gangs &
                county lines; Organised acquisitive crime; Burglary; Counter terrorism & domestic
                extremism. Scores are whole numbers 1–5 (5 = worst harm, most likely, most confident,
                greatest capacity, greatest capability); the scores are illustrative, the intelligence
                gaps and operations are the slides' own. The slides' "information required" areas
                (digital crime, firearms, emerging communities) are not scored.
                """;
    }
}
