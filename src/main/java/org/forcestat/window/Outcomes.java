package org.forcestat.window;

/** The window's one-line status for a finished job: the exit code of SPEC §7 in plain words. */
final class Outcomes {
    private Outcomes() {
    }

    static String status(WindowController.Outcome o) {
        if (o.status() == WindowController.Status.CANCELLED) {
            return "Cancelled: nothing was written.";
        }
        if (o.status() == WindowController.Status.FAILED) {
            return "Stopped with a problem (exit code " + o.exitCode() + "): see the results below.";
        }
        boolean check = o.job() == WindowController.Job.CHECK;
        String counts = String.format("%,d error(s), %,d warning(s)", o.errors(), o.warnings());
        return switch (o.exitCode()) {
            case 0 -> "Done: " + counts + ".";
            case 1 -> "Done: " + counts + " - see the " + (check ? "checked copy." : "Validation sheet of the summary.");
            case 2 -> "Done, but " + (check ? "the file" : "some files") + " could not be read: " + counts + ".";
            default -> "Finished with exit code " + o.exitCode() + ".";
        };
    }
}
