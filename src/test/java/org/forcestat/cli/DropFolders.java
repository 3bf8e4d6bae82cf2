package org.forcestat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forcestat.bench.PoliceUkMonth;

/**
 * The folder set-up of the end-to-end tests: the input folder {@code DIR/in}, a quiet run of it into
 * {@code DIR/out}, and the police.uk street-level month that several of them drop in.
 */
final class DropFolders {
    private DropFolders() {
    }

    /** {@code DIR/in}, made if need be. */
    static Path in(Path dir) throws Exception {
        return Files.createDirectories(dir.resolve("in"));
    }

    /** {@code forcestat run DIR/in -o DIR/out --quiet}, with any further options. */
    static CommandRun run(Path dir, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", dir.resolve("in").toString(), "-o",
                dir.resolve("out").toString(), "--quiet"));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /**
     * One month of a force's police.uk street-level file: {@code counts} rows of each crime type
     * ({type, count}), in order, at one place; crimes get a 64-digit ID and an outcome, ASB neither.
     */
    static String policeUkMonth(String month, String location, Object[][] counts) {
        StringBuilder pu = new StringBuilder(PoliceUkMonth.HEADER).append('\n');
        int n = 0;
        for (Object[] c : counts) {
            for (int i = 0; i < (Integer) c[1]; i++) {
                boolean asb = c[0].equals("Anti-social behaviour");
                pu.append(asb ? "" : String.format("%064x", ++n)).append(',').append(month)
                        .append(",Kent Police,Kent Police,0.96,51.25,").append(location).append(",E01023987,Ashford 001B,")
                        .append(c[0]).append(asb ? ",," : ",Under investigation,").append('\n');
            }
        }
        return pu.toString();
    }
}
