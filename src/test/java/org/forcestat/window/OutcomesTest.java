package org.forcestat.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's status line: SPEC §7's exit codes in words. */
class OutcomesTest {
    private static WindowController.Outcome of(WindowController.Job job, WindowController.Status s, int exit,
                                               long errors, long warnings) {
        return new WindowController.Outcome(job, s, exit, List.of(), null, null, null, errors, warnings);
    }

    @Test
    void eachExitCodeIsSaidInPlainWords() {
        assertEquals("Done: 0 error(s), 1 warning(s).",
                Outcomes.status(of(WindowController.Job.RUN, WindowController.Status.DONE, 0, 0, 1)));
        assertEquals("Done: 1,204 error(s), 3 warning(s) - see the Validation sheet of the summary.",
                Outcomes.status(of(WindowController.Job.RUN, WindowController.Status.DONE, 1, 1204, 3)));
        assertEquals("Done: 2 error(s), 0 warning(s) - see the checked copy.",
                Outcomes.status(of(WindowController.Job.CHECK, WindowController.Status.DONE, 1, 2, 0)));
        assertEquals("Done, but some files could not be read: 1 error(s), 0 warning(s).",
                Outcomes.status(of(WindowController.Job.RUN, WindowController.Status.DONE, 2, 1, 0)));
        assertEquals("Cancelled: nothing was written.",
                Outcomes.status(of(WindowController.Job.RUN, WindowController.Status.CANCELLED, -1, 0, 0)));
        assertEquals("Stopped with a problem (exit code 70): see the results below.",
                Outcomes.status(of(WindowController.Job.RUN, WindowController.Status.FAILED, 70, 0, 0)));
    }
}
