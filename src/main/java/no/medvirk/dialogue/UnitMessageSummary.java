package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The citizens' messages to a unit, as the statistics count them, for its dialogue meeting's pack
 * (D3 and M12: the two halves of citizen dialogue meet). The dialogue knows no other feature: the
 * statistics (report) implement this.
 */
public interface UnitMessageSummary {

    /**
     * @param subjects the most frequent subject areas, with their counts ("Brøyting (12)")
     * @param withinDeadline how many were contacted within the deadline, as a sentence; null when none was due
     * @param satisfaction how the submitters took the answers, as a sentence; null when none said
     */
    record Figures(long count, List<String> subjects, String withinDeadline, String satisfaction) {
    }

    /** The unit's messages received from {@code from} to {@code to}, both included; empty when the statistics have none. */
    Optional<Figures> of(String unitCode, LocalDate from, LocalDate to);
}
