package org.forcestat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forcestat samples}: write the sample workbooks that reproduce the seed's figures. */
@Command(name = "samples", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Write the sample workbooks (SPEC §8: the Kent slides' figures) to DIR.",
        footer = {"", "Examples:",
            "  forcestat samples              writes ./samples/",
            "  forcestat samples /tmp/try     then: forcestat run /tmp/try"})
final class SamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity = new VerbosityOptions();

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "samples",
            description = "Folder to write to (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        verbosity.apply();
        List<Path> written = org.forcestat.samples.SampleWriter.writeAll(dir);
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        return Main.OK;
    }
}
