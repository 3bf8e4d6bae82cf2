package org.forcestat.model;

import java.util.Map;

/**
 * One line of a CSR savings plan: amounts in pounds by financial year ("2016/17"), planned and
 * achieved, with its status.
 */
public record SavingsLine(String line, String department, Map<String, Double> planned,
                          Map<String, Double> achieved, String status, CellRef source) {
    public SavingsLine {
        planned = Map.copyOf(planned);
        achieved = Map.copyOf(achieved);
        department = department == null ? "" : department;
        status = status == null ? "" : status;
    }
}
