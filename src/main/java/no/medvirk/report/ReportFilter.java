package no.medvirk.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report covers: the days from and to (both included, Oslo dates) and the units, or all of
 * them (then also the messages answered by the mayor or another authority).
 *
 * @param units the unit codes, or null for the whole municipality
 */
record ReportFilter(LocalDate from, LocalDate to, List<String> units) {

    boolean allUnits() {
        return units == null;
    }
}
