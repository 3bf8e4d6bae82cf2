package org.forcestat.samples.templates;

import java.time.LocalDate;
import java.util.List;
import org.forcestat.ingest.Layout;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Kind;

/** The crimes template (per day x division x crime type, with a count) and the recorded-crime totals template. */
final class CrimeTemplates {
    private CrimeTemplates() {
    }

    static Template crimes() {
        List<Column> cols = List.of(
                new Column(Templates.header(Layout.CRIMES, "date"),
                        "The day the crimes were recorded: dd/mm/yyyy (e.g. 01/04/2014). For monthly figures enter "
                                + "the 1st of the month and format the cell as mmm yyyy.",
                        "Crimes per day divide by every day from the first date to the last, so a day with no rows "
                                + "counts as a day with no crimes.",
                        Format.DATE, null, 12, CallTemplates.EXAMPLE_DAY),
                new Column(Templates.header(Layout.CRIMES, "type"),
                        "The crime type: pick one from the list. Anti-social behaviour is an incident, not a crime, "
                                + "but enter it here too.",
                        "Crimes per day by category on the Summary and Crime sheets. Anti-social behaviour is counted "
                                + "as ASB, never as crime; an unknown type is counted as Other crime and listed.",
                        Format.TEXT, DropDown.CRIME_CATEGORY, 26, CrimeCategory.DWELLING_BURGLARY.label()),
                new Column(Templates.header(Layout.CRIMES, "division"),
                        "The division, district or community safety unit (free text, e.g. North).",
                        "Crime by division on the Crime sheet; spell each division the same way throughout.",
                        Format.TEXT, null, 14, "North"),
                new Column(Templates.header(Layout.CRIMES, "count"),
                        "How many crimes of this type were recorded that day in that division: a whole number, 0 or "
                                + "more. For one row per crime enter 1 (a row with no count is not counted).",
                        "Added to the day's crimes of this type.", Format.COUNT, null, 10, 7));
        return new Template("crimes.xlsx", "Crimes", Kind.CRIMES, "Recorded crime, per day, division and crime type",
                List.of("How many crimes of each type were recorded each day in each division, the way a crime "
                                + "system's daily extract counts them.",
                        "police.uk's street-level downloads (one row per crime) are read as they come: you do not need "
                                + "this template for them."),
                cols,
                List.of("Summary sheet: crimes per day and per day for each category (dwelling burglary, TFMV, violent "
                                + "crime ...), and ASB incidents per day.",
                        "Crime sheet: per day by category with the change on the year before and whether it is "
                                + "significant, the monthly chart by category, and crime by division.",
                        "With 24 months or more, also rolling 12-month totals (unless a recorded-crime totals "
                                + "workbook gives them)."),
                false);
    }

    static Template totals() {
        List<Column> cols = List.of(
                new Column(Templates.header(Layout.CRIME_TOTALS, "month"),
                        "The month, as its first day: 01/05/2016, or type May 2016 (shown as May 2016). One row per "
                                + "area per month.",
                        "Rolling 12-month totals run to the latest month; the 12 months before it are the comparison.",
                        Format.MONTH, null, 11, LocalDate.of(2014, 6, 1)),
                new Column(Templates.header(Layout.CRIME_TOTALS, "area"),
                        "The division or area the return is for (free text, e.g. North). Spell each area the same "
                                + "way every month.",
                        "A rolling 12-month total per area, and the force total across all areas.",
                        Format.TEXT, null, 16, "North"),
                new Column(Templates.header(Layout.CRIME_TOTALS, "count"),
                        "All crime recorded in that area in that month: a whole number, 0 or more.",
                        "Summed over 12 months per area and for the force.", Format.COUNT, null, 12, 3329));
        return new Template("recorded-crime-by-area.xlsx", "Recorded crime", Kind.CRIME_TOTALS,
                "Recorded crime totals, per area and month",
                List.of("The divisional returns: total recorded crime for each area each month, as reported to the "
                                + "force's performance meeting.",
                        "Give at least 24 months so that the latest 12 months can be compared with the 12 before."),
                cols,
                List.of("Summary and Crime sheets: recorded crime in the 12 months to the latest month and in the 12 "
                                + "months before, the change in crimes and as a share, and whether the change is "
                                + "significant (a conditional binomial test).",
                        "Crime sheet: the rolling 12-month table and chart by area."),
                false);
    }
}
