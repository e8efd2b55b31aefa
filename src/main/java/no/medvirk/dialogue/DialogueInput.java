package no.medvirk.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** D5, D8: an input raised at a meeting, the unit responsible for it, and how it is followed up. */
@Entity
@Table(name = "dialogue_input")
public class DialogueInput {

    /** An input as the minutes' form gives one. */
    record Draft(String text, String unitCode) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private DialogueMeeting meeting;
    private String text;
    private String unitCode;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus followUpStatus;
    private String followUpText;
    private LocalDate followUpDue;
    private Instant followedUpAt;
    private String planOutcome;
    private Integer planOutcomeYear;

    protected DialogueInput() {
    }

    DialogueInput(DialogueMeeting meeting, String text, String unitCode) {
        this.meeting = meeting;
        this.text = text;
        this.unitCode = unitCode;
        this.followUpStatus = FollowUpStatus.OPEN;
    }

    void dueBy(LocalDate due) {
        this.followUpDue = due;
    }

    /** D8: what is done or planned; {@code nextDue} when it is not finished. */
    void followedUp(String what, FollowUpStatus status, LocalDate nextDue, Instant at) {
        this.followUpText = what;
        this.followUpStatus = status;
        this.followUpDue = nextDue;
        this.followedUpAt = at;
    }

    /** D8: what the chief executive took into the budget and action plan of this year for the input. */
    void plannedFor(int year, String outcome) {
        this.planOutcomeYear = year;
        this.planOutcome = outcome;
    }

    /** Followed up after a decision or a requested meeting, and not yet done or dropped. */
    boolean isOpen() {
        return followUpDue != null && !isFinished();
    }

    boolean isFinished() {
        return followUpStatus == FollowUpStatus.DONE || followUpStatus == FollowUpStatus.NOT_RELEVANT;
    }

    public Long getId() {
        return id;
    }

    public DialogueMeeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public FollowUpStatus getFollowUpStatus() {
        return followUpStatus;
    }

    public String getFollowUpText() {
        return followUpText;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public Instant getFollowedUpAt() {
        return followedUpAt;
    }

    public String getPlanOutcome() {
        return planOutcome;
    }

    public Integer getPlanOutcomeYear() {
        return planOutcomeYear;
    }
}
