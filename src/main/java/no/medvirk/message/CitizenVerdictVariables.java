package no.medvirk.message;

import java.util.Set;

/**
 * The names of citizen-verdict.bpmn's variables (a citizen said "Nei" in the survey) and of the monthly sample's
 * (citizen-survey-sample.bpmn), in one place.
 */
final class CitizenVerdictVariables {

    static final String VERDICT_PROCESS = "citizen-verdict";
    static final String SAMPLE_PROCESS = "citizen-survey-sample";

    static final String VERDICT_ID = "verdictId";
    /** Who considers a "Nei": the unit's leaders (its caseworkers when it has none), else the mayor or service centre. */
    static final String FOLLOW_UP_GROUP = "followUpGroup";
    static final String REOPEN = "reopen";

    static final String CLOSED_CASES = "closedCases";
    static final String SAMPLE_SIZE = "sampleSize";
    static final String SAMPLE = "sample";
    /** One sampled case (its case number), the element variable of the multi-instance call task. */
    static final String SAMPLED_CASE = "sampledCase";

    static final Set<String> SET_BY_STEPS = Set.of(VERDICT_ID, FOLLOW_UP_GROUP, REOPEN, CLOSED_CASES, SAMPLE_SIZE,
            SAMPLE, SAMPLED_CASE);

    private CitizenVerdictVariables() {
    }
}
