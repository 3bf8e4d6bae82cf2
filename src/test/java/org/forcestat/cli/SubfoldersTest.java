package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders inside the folder given: police.uk's month folders are read; output folders never are. */
class SubfoldersTest {
    @TempDir
    Path dir;

    /** police.uk's download as it unpacks: police-uk/2015-07/2015-07-kent-street.csv, .../2015-08/... */
    private Path policeUkDownload(Path parent) throws Exception {
        Path pu = Files.createDirectories(parent.resolve("police-uk"));
        Path jul = Files.createDirectories(pu.resolve("2015-07"));
        Path aug = Files.createDirectories(pu.resolve("2015-08"));
        // July: 30 burglary + 12 shoplifting = 42 crimes, and 9 ASB (never crime).
        Files.writeString(jul.resolve("2015-07-kent-street.csv"), DropFolders.policeUkMonth("2015-07",
                "On or near High Street", new Object[][] {{"Burglary", 30}, {"Shoplifting", 12},
                    {"Anti-social behaviour", 9}}), StandardCharsets.UTF_8);
        // August: 25 burglary + 8 vehicle crime = 33 crimes.
        Files.writeString(aug.resolve("2015-08-kent-street.csv"), DropFolders.policeUkMonth("2015-08",
                "On or near Station Road", new Object[][] {{"Burglary", 25}, {"Vehicle crime", 8}}),
                StandardCharsets.UTF_8);
        return pu;
    }

    @Test
    void policeUkMonthFoldersAreReadFromTheDownloadFolderOrItsParent() throws Exception {
        Path parent = DropFolders.in(dir);
        policeUkDownload(parent);
        CommandRun r = DropFolders.run(dir);
        // 42 in July + 33 in August = 75 crimes over the two months.
        assertEquals(75.0, r.metrics().get("crimes.total"), r.printed());
        assertTrue(r.out().contains("2 file(s) read"), r.out());
        assertEquals(0, r.exitCode(), r.printed());
        CommandRun fromDownload = CommandRun.of("run", parent.resolve("police-uk").toString(), "-o",
                dir.resolve("out2").toString(), "--quiet");
        assertEquals(75.0, fromDownload.metrics().get("crimes.total"), fromDownload.printed());
    }

    @Test
    void anEarlierOutputFolderIsNeverReadAndATooDeepFolderIsNamed() throws Exception {
        Path in = DropFolders.in(dir);
        policeUkDownload(in);
        // An earlier run's default output folder (run later with -o elsewhere): its summary, latest.xlsx and
        // log are forcestat's own, and a calls sheet put in it is not read either.
        Path oldOut = Files.createDirectories(in.resolve("out"));
        Files.writeString(oldOut.resolve("forcestat.log"), "2015-09-01 10:00 INFO run\n");
        Files.writeString(oldOut.resolve("stray.csv"), DropFolderTest.TWO_DAYS);
        Path hidden = Files.createDirectories(in.resolve(".sync"));
        Files.writeString(hidden.resolve("calls.csv"), DropFolderTest.TWO_DAYS);
        // Four folders down: not read, named, with the count of its workbooks (2).
        Path deep = Files.createDirectories(in.resolve("a/b/c/d"));
        Files.writeString(deep.resolve("calls.csv"), DropFolderTest.TWO_DAYS);
        Files.writeString(deep.resolve("more.csv"), "Date,Total calls\n03/04/2015,999\n");
        Files.writeString(deep.resolve("notes.txt"), "not a workbook");
        CommandRun r = DropFolders.run(dir);
        assertEquals(75.0, r.metrics().get("crimes.total"), r.printed());
        assertEquals(null, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> f = r.findings("FOLDER_NOT_READ");
        assertEquals(1, f.size(), r.findings().toString());
        assertTrue(f.get(0).message().contains("a/b/c/d"), f.get(0).message());
        assertTrue(f.get(0).message().contains("the 2 workbook file(s) in it were not read"), f.get(0).message());
    }

    @Test
    void watchReadsTheMonthFoldersToo() throws Exception {
        Path in = DropFolders.in(dir);
        policeUkDownload(in);
        // watch's default output folder is in/out, inside the folder watched: never an input.
        CommandRun r = CommandRun.of("watch", in.toString(), "--once", "--interval", "100ms");
        assertEquals(0, r.exitCode(), r.printed());
        assertEquals(75.0, r.metrics().get("crimes.total"), r.printed());
        CommandRun again = CommandRun.of("watch", in.toString(), "--once", "--interval", "100ms");
        assertEquals(75.0, again.metrics().get("crimes.total"), again.printed());
    }

    /**
     * A folder of workbooks with a folder of other versions beside them (raw/, old/, archive/) would be counted
     * twice: it is named and not read. A month folder beside them (2015-04/) and police.uk's download folder of
     * month folders are read.
     */
    @Test
    void aFolderOfOtherVersionsBesideWorkbooksIsNamedNotAddedButPeriodFoldersAreRead() throws Exception {
        Path in = DropFolders.in(dir);
        // 2,000 + 2,215 = 4,215 calls on 1-2 April 2015.
        Files.writeString(in.resolve("calls.csv"), DropFolderTest.TWO_DAYS);
        // An earlier version of the same days with other figures: read, it would add or clash; it must not be read.
        Path raw = Files.createDirectories(in.resolve("raw"));
        Files.writeString(raw.resolve("calls-v1.csv"), "Date,Total calls\n01/04/2015,1990\n02/04/2015,2200\n");
        // A month folder: 3 April, 1,800 calls, read.
        Path month = Files.createDirectories(in.resolve("2015-04"));
        Files.writeString(month.resolve("calls-3-april.csv"), "Date,Total calls\n03/04/2015,1800\n");
        policeUkDownload(in);
        CommandRun r = DropFolders.run(dir);
        // 4,215 + 1,800 = 6,015 calls; police.uk's 42 + 33 = 75 crimes.
        assertEquals(6015.0, r.metrics().get("calls.total"), r.printed());
        assertEquals(75.0, r.metrics().get("crimes.total"), r.printed());
        List<CommandRun.Row3> f = r.findings("FOLDER_NOT_READ");
        assertEquals(1, f.size(), r.findings().toString());
        assertTrue(f.get(0).message().contains("it is the folder raw, beside workbooks of its own"), f.get(0).message());
        assertTrue(f.get(0).message().contains("the 1 workbook file(s) in it were not read"), f.get(0).message());
    }
}
