package org.forcestat.ingest;

/** A sheet of a workbook as listed before reading it. */
public record SheetMeta(String name, int index, boolean hidden) {
}
