package org.forcestat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.forcestat.samples.templates.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forcestat templates}: write blank input workbooks with drop-downs and instructions. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"Write blank input workbooks to DIR, one per kind.",
            "Calls per day, calls one row per call, crimes, recorded crime by area, savings plan, budget,"
                + " facts and threat register. Each has the headers forcestat recognises, drop-down lists,"
                + " input messages, an example row and an Instructions sheet. Existing files are kept."},
        footer = {"", "Examples:",
            "  forcestat templates               writes ./templates/",
            "  forcestat templates my-forms      fill them in, save them in workbooks/, then:",
            "                                    forcestat run",
            "  forcestat templates --force       replace templates written before, and any",
            "                                    edits made to them"})
final class TemplatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity = new VerbosityOptions();

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "templates",
            description = "Folder to write to (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--force", description = "Replace template files that already exist in DIR.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        verbosity.apply();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(dir + " is a file, not a folder; give a folder to write the templates to.");
        }
        if (!force) {
            List<Path> clash = TemplateWriter.existing(dir);
            if (!clash.isEmpty()) {
                throw new UserException(clash.stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining(", ")) + (clash.size() == 1 ? " already exists" : " already exist")
                        + " in " + dir + " and may hold your data, so no template was written. Move "
                        + (clash.size() == 1 ? "it" : "them") + " away, choose another folder, or add --force to "
                        + "replace " + (clash.size() == 1 ? "it." : "them."));
            }
        }
        List<Path> written = TemplateWriter.writeAll(dir, force);
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        spec.commandLine().getOut().println("Fill them in (each has an Instructions sheet), save them in the folder "
                + "forcestat reads (workbooks/ by default), then run: java -jar forcestat.jar run");
        return Main.OK;
    }
}
