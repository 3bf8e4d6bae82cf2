package org.forcestat.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * A run whose inputs hold no file forcestat reads (an empty folder, or only documents and pictures), or
 * only workbooks none of whose sheets is of a kind forcestat reads:
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
        this(inputs, message(inputs, skipped));
    }

    private NothingToSummarise(List<Path> inputs, String message) {
        super(message);
        this.inputs = List.copyOf(inputs);
    }

    /**
     * Workbooks that were all read, none of them holding a sheet of a kind forcestat reads; {@code why} says,
     * file by file, why not and what would make it count.
     */
    static NothingToSummarise noKnownKind(List<Path> inputs, List<String> why) {
        StringBuilder b = new StringBuilder("nothing to summarise in ").append(where(inputs)).append(": ")
                .append(why.size() == 1 ? "its one file was read, but it holds no sheet"
                        : "its " + why.size() + " files were read, but none holds a sheet")
                .append(" of a kind forcestat reads, so every figure would be empty. ");
        for (int i = 0; i < Math.min(SHOWN, why.size()); i++) {
            b.append(i + 1).append(") ").append(why.get(i)).append(". ");
        }
        if (why.size() > SHOWN) {
            b.append("And ").append(why.size() - SHOWN).append(" more files like them. ");
        }
        return new NothingToSummarise(inputs, b.append("No summary was written.").toString());
    }

    /** Files named one by one in a message; the rest are counted. */
    private static final int SHOWN = 5;

    private static String where(List<Path> inputs) {
        return inputs.size() == 1 ? inputs.get(0).toAbsolutePath().normalize().toString()
                : inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList().toString();
    }

    /** The folders and files the run was given. */
    public List<Path> inputs() {
        return inputs;
    }

    static String message(List<Path> inputs, List<String> skipped) {
        StringBuilder b = new StringBuilder("nothing to summarise in ").append(where(inputs)).append(": ").append(LOOKS_FOR)
                .append(", and found none there");
        if (!skipped.isEmpty()) {
            b.append(" (passed over: ").append(String.join("; ", skipped.subList(0, Math.min(5, skipped.size()))))
                    .append(skipped.size() > 5 ? "; and " + (skipped.size() - 5) + " more" : "").append(")");
        }
        return b.append(". Put the workbooks in that folder, or name the folder or files: forcestat run FOLDER. "
                + "No summary was written.").toString();
    }
}
