package org.forcestat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forcestat samples}: write the sample workbooks that reproduce the seed's figures. */
@Command(name = "samples", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Write the sample workbooks (the figures of the Kent Police slides forcestat comes from) to DIR.",
        footer = {"", "Examples:",
            "  forcestat samples              writes ./samples/",
            "  forcestat samples /tmp/try     then: forcestat run /tmp/try",
            "  forcestat samples --records /tmp/big",
            "                                 writes only the 827,000-row call record file (about 20 MB)",
            "  forcestat samples --records --shared-strings /tmp/big",
            "                                 the same, with every string in the shared-strings table, as Excel saves it"})
final class SamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity = new VerbosityOptions();

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "samples",
            description = "Folder to write to (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--records", description = "Write only calls-records-2014-15.xlsx: one row per call of "
            + "FY 2014/15 (827,000 rows), with the same daily counts as calls-per-day-2014-15.xlsx.")
    boolean records;

    @Option(names = "--shared-strings", description = "With --records: put every string in the shared-strings "
            + "table, as Excel saves a workbook (default: inline strings, as streaming writers do).")
    boolean sharedStrings;

    @Override
    public Integer call() throws Exception {
        verbosity.apply();
        if (sharedStrings && !records) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shared-strings needs --records");
        }
        if (records) {
            Path p = org.forcestat.samples.CallRecordsWorkbook.write(dir, sharedStrings);
            spec.commandLine().getOut().println("wrote " + p);
            return Main.OK;
        }
        List<Path> written = org.forcestat.samples.SampleWriter.writeAll(dir);
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        return Main.OK;
    }
}
