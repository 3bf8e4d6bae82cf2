package org.forcestat.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * A run whose inputs hold no file forcestat reads (an empty folder, or only documents and pictures):
 * there is nothing to summarise, so no summary is written, since an empty one (with the example threat
 * register) could pass for the force's own. The command line says so and exits with the usage code.
 */
public final class NothingToSummarise extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** What forcestat reads, said once for every place that tells the user. */
    public static final String LOOKS_FOR = "forcestat reads Excel workbooks (.xlsx, .xlsm, .xls) and .csv files of "
            + "calls, crimes, recorded crime totals, CSR savings, budgets and threat registers";

    private final transient List<Path> inputs;

    NothingToSummarise(List<Path> inputs, List<String> skipped) {
        super(message(inputs, skipped));
        this.inputs = List.copyOf(inputs);
    }

    /** The folders and files the run was given. */
    public List<Path> inputs() {
        return inputs;
    }

    static String message(List<Path> inputs, List<String> skipped) {
        String where = inputs.size() == 1 ? inputs.get(0).toAbsolutePath().normalize().toString()
                : inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList().toString();
        StringBuilder b = new StringBuilder("nothing to summarise in ").append(where).append(": ").append(LOOKS_FOR)
                .append(", and found none there");
        if (!skipped.isEmpty()) {
            b.append(" (passed over: ").append(String.join("; ", skipped.subList(0, Math.min(5, skipped.size()))))
                    .append(skipped.size() > 5 ? "; and " + (skipped.size() - 5) + " more" : "").append(")");
        }
        return b.append(". Put the workbooks in that folder, or name the folder or files: forcestat run FOLDER. "
                + "No summary was written.").toString();
    }
}
