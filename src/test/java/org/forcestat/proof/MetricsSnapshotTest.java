package org.forcestat.proof;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19's proof that the redesign changes no figure: every Metrics-sheet row (id, label, value,
 * number format, formula, unit, period, source) on the samples, on each realistic folder and on the
 * real police.uk month is the same as in the snapshot committed from the code before the change.
 * A failure prints the rows that differ ({@code -} committed, {@code +} now).
 *
 * <p>Run some cases only with {@code -Dforcestat.snapshot.cases=samples,budget}.
 *
 * <p>A figure may change for a reason (issue 16's reading fixes change the realistic folders' figures,
 * say): then regenerate with {@code mvn -B -o test -Dtest=MetricsSnapshotTest
 * -Dforcestat.snapshot.update=true} and give the reason in the commit message, so the diff of the
 * {@code .tsv} files is reviewed like code.
 */
class MetricsSnapshotTest {
    @TempDir
    Path work;

    static List<String> cases() {
        return MetricsSnapshot.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMetricIsAsInTheCommittedSnapshot(String name) throws Exception {
        check(name, work);
    }

    static void check(String name, Path work) throws Exception {
        Path in = work.resolve("in");
        Assumptions.assumeTrue(MetricsSnapshot.inputs(name, in),
                () -> name + ": its inputs are not on this machine (" + MetricsSnapshot.POLICE_UK + "), skipped");
        List<String> now = MetricsSnapshot.metricsOf(in, work);
        assertTrue(now.size() > 1, name + ": the run gave no metrics");
        if (Boolean.getBoolean(MetricsSnapshot.UPDATE)) {
            MetricsSnapshot.save(name, now);
            return;
        }
        List<String> before = MetricsSnapshot.committed(name);
        assertNotNull(before, name + ": no snapshot under " + MetricsSnapshot.DIR + "; generate it with -D"
                + MetricsSnapshot.UPDATE + "=true from the code before the change");
        String diff = MetricsSnapshot.diff(before, now);
        assertTrue(diff.isEmpty(), name + ": Metrics sheet differs from " + MetricsSnapshot.DIR.resolve(name + ".tsv")
                + " (- committed, + now)\n" + diff);
    }
}
