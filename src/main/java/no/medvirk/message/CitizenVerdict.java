package no.medvirk.message;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.medvirk.time.EngineClock;

/**
 * The citizen's own verdict on how a case was followed up, apart from the reaction the caseworker recorded: their
 * answer to the survey link ({@link Source#SURVEY}), or to the service centre's call when the case was in the
 * month's sample ({@link Source#SAMPLE}). A "Nei" is considered by the unit's leaders, who reopen the case or
 * explain.
 */
@Entity
@Table(name = "citizen_verdict")
class CitizenVerdict {

    enum Source { SURVEY, SAMPLE }

    enum FollowUp { REOPENED, EXPLAINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long messageId;
    @Enumerated(EnumType.STRING)
    private Source source;
    private Instant drawnAt;
    private Instant answeredAt;
    private LocalDate answeredDay;
    private Boolean satisfied;
    private Boolean reached;
    private String verdictComment;
    @Enumerated(EnumType.STRING)
    private FollowUp followUp;
    private String explanation;

    protected CitizenVerdict() {
    }

    /** The citizen answered the survey on its page. */
    static CitizenVerdict survey(Message message, boolean satisfied, String comment, Instant at) {
        CitizenVerdict verdict = new CitizenVerdict();
        verdict.messageId = message.getId();
        verdict.source = Source.SURVEY;
        verdict.reached = true;
        verdict.answer(satisfied, comment, at);
        return verdict;
    }

    /** The case is in the month's sample: the service centre calls and records the answer. */
    static CitizenVerdict drawn(Message message, Instant at) {
        CitizenVerdict verdict = new CitizenVerdict();
        verdict.messageId = message.getId();
        verdict.source = Source.SAMPLE;
        verdict.drawnAt = at;
        return verdict;
    }

    /** The service centre's call to a sampled citizen: not reached, or their answer. */
    void called(boolean reached, Boolean satisfied, String comment, Instant at) {
        this.reached = reached;
        if (reached) {
            answer(satisfied, comment, at);
        } else {
            this.answeredAt = at;
            this.answeredDay = LocalDate.ofInstant(at, EngineClock.OSLO);
        }
    }

    private void answer(boolean satisfied, String comment, Instant at) {
        this.satisfied = satisfied;
        this.verdictComment = comment;
        this.answeredAt = at;
        this.answeredDay = LocalDate.ofInstant(at, EngineClock.OSLO);
    }

    void reopened() {
        this.followUp = FollowUp.REOPENED;
    }

    void explained(String explanation) {
        this.followUp = FollowUp.EXPLAINED;
        this.explanation = explanation;
    }

    /** At retention: the comment is the citizen's words; the answer itself stays for the statistics. */
    void anonymise() {
        this.verdictComment = null;
    }

    Long getId() {
        return id;
    }

    Long getMessageId() {
        return messageId;
    }

    Source getSource() {
        return source;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Boolean getSatisfied() {
        return satisfied;
    }

    Boolean getReached() {
        return reached;
    }

    String getComment() {
        return verdictComment;
    }

    FollowUp getFollowUp() {
        return followUp;
    }

    String getExplanation() {
        return explanation;
    }
}
