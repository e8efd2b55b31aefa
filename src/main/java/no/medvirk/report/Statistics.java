package no.medvirk.report;

import java.time.LocalDate;
import java.util.List;

/**
 * M12: the figures of one report, as the page, the CSV files, the yearly document and
 * {@code GET /api/statistics} give them. Counts are of messages that came in during the period,
 * except the overdue lists and escalations (by the week they happened) and the dialogue inputs (by
 * the day of their meeting). Shares are fractions (0.25 is 25 %), null when there is nothing to divide by.
 */
record Statistics(LocalDate from, LocalDate to, List<String> units, Intake intake, KindBalance kinds,
                  Contact contact, SatisfactionFigures satisfaction, Overdue overdue, List<InputCount> dialogueInputs) {

    /** One row of a breakdown: the stored code, its Norwegian name and how many. */
    record Count(String key, String label, long count) {
    }

    record Day(LocalDate day, long count) {
    }

    /** An ISO week (Monday first, as Norwegian calendars count) and its messages by kind. */
    record Week(int year, int week, LocalDate start, long count, long questions, long suggestions, long complaints,
                long praise) {
    }

    /**
     * @param peaks the busiest days, busiest first
     * @param byArea by the district the place's point lies in (the key null: no point given)
     */
    record Intake(long total, List<Day> perDay, List<Week> perWeek, List<Day> peaks, List<Count> byChannel,
                  List<Count> byKind, List<Count> bySubjectArea, List<Count> byUnit, List<Count> byArea) {
    }

    /** Of the messages classified so far. */
    record KindBalance(long complaints, long praise, Double complaintsPerPraise, long questionsAndSuggestions,
                       long classified, Double questionsAndSuggestionsShare) {
    }

    /**
     * How the days to call back went (the deadline of message-rules.dmn for an ordinary message, 10 days in the routine), for registered
     * messages that someone could be contacted about.
     *
     * @param decided contacted, or not contacted and past the deadline: those the deadline was kept or broken for
     * @param medianDays days from the day a message came in to the day the submitter had an answer; the
     *                   median and 90th percentile are interpolated as Excel's PERSENTIL.INK does
     * @param callOutcomes how the calls ended: reached on the first, second, ... call, not reached (card sent),
     *                     answered with no call recorded (by letter or e-mail, or by the mayor or the service centre)
     */
    record Contact(String deadline, long decided, long withinDeadline, Double withinDeadlineShare, long contacted, Double medianDays,
                   Double p90Days, List<Count> callOutcomes, long cardsSent, long reachedAfterCard) {
    }

    record UnitSatisfaction(String unit, String label, long satisfied, long partly, long dissatisfied) {
    }

    /** The reason and alternative proposal a dissatisfied submitter gave, for the bodies to review. */
    record Feedback(String caseNumber, LocalDate received, String unit, String satisfaction, String reason,
                    String proposal) {
    }

    /**
     * @param feedback the newest, at most a few hundred; {@code feedbackTotal} says how many there are
     * @param bySource who says how satisfied the citizens are: the caseworkers' record of the citizen's reaction
     *                 (CASEWORKER: fornøyd, or delvis/ikke fornøyd), the citizens' own answers to the survey link
     *                 (SURVEY) and the month's sample the service centre called (SAMPLE)
     */
    record SatisfactionFigures(List<Count> overall, List<UnitSatisfaction> byUnit, List<Feedback> feedback,
                               long feedbackTotal, List<SourceSatisfaction> bySource) {
    }

    /** @param notReached sampled citizens the service centre could not reach (always 0 for the others) */
    record SourceSatisfaction(String source, String label, long satisfied, long notSatisfied, long notReached,
                              Double satisfiedShare) {
    }

    record UnitWeek(String unit, String label, int year, int week, LocalDate weekStart, long count) {
    }

    /** @param byUnit overdue and escalations per unit over the whole period */
    record Overdue(List<UnitWeek> overdue, List<UnitWeek> escalations, List<UnitTotals> byUnit) {
    }

    record UnitTotals(String unit, String label, long overdue, long escalations) {
    }

    record InputCount(String unit, String label, String status, String statusLabel, long count) {
    }
}
