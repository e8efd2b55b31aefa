package no.medvirk.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** D1: a committee's plan for the year's dialogue meetings, and what became of it (D6-D9). */
@Entity
@Table(name = "dialogue_plan")
public class DialoguePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_year")
    private int year;
    private String committee;
    private String caseworker;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String archiveCaseNumber;
    private LocalDate committeePlannedOn;
    private String planComment;
    private Instant meetingsDoneAt;
    private String assessment;
    private String proposedDecision;
    private String evaluationWorked;
    private String evaluationChange;
    private Integer groupSize;
    private Instant createdAt;

    protected DialoguePlan() {
    }

    /**
     * @param caseworker the secretary who started the year; none when its timer did, until someone plans it
     * @param groupSize how many politicians a dialogue group has, leader included (the model's setting)
     * @param administration the administration's title in the case presentation: Kommunedirektøren
     */
    DialoguePlan(int year, String committee, String caseworker, int groupSize, String administration,
                 Instant createdAt) {
        this.year = year;
        this.committee = committee;
        this.caseworker = caseworker;
        this.groupSize = groupSize;
        this.status = PlanStatus.PLANNING;
        this.createdAt = createdAt;
        // What the municipalities' case presentations say (D7, docs/requirements.md); the secretary
        // changes them in the task or in Word.
        this.assessment = administration + " tar med seg innspillene fra dialogmøtene i tjenestenes utviklings- og "
                + "forbedringsarbeid, og det er naturlig at kommunestyret ser hen til dem i arbeidet med handlings- og "
                + "økonomiplanen.";
        this.proposedDecision = "Referatene fra dialogmøtene " + year + " tas til orientering.";
    }

    /** The committee's treatment of the plan (D1): approved, or back for changes. */
    void committeeTreated(LocalDate meetingDate, boolean approved, String archiveCaseNumber, String comment) {
        this.committeePlannedOn = meetingDate;
        this.archiveCaseNumber = archiveCaseNumber;
        this.planComment = comment;
        this.status = approved ? PlanStatus.APPROVED : PlanStatus.PLANNING;
    }

    /** The secretary who plans a year its timer started becomes its caseworker. */
    void plannedBy(String secretary) {
        if (caseworker == null) {
            caseworker = secretary;
        }
    }

    void meetingsDone(Instant at) {
        this.meetingsDoneAt = at;
        this.status = PlanStatus.MEETINGS_DONE;
    }

    void casePresentation(String archiveCaseNumber, String assessment, String proposedDecision) {
        this.archiveCaseNumber = archiveCaseNumber;
        this.assessment = assessment;
        this.proposedDecision = proposedDecision;
    }

    void decided() {
        this.status = PlanStatus.DECIDED;
    }

    void evaluated(String worked, String change) {
        this.evaluationWorked = worked;
        this.evaluationChange = change;
        this.status = PlanStatus.EVALUATED;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getCommittee() {
        return committee;
    }

    public String getCaseworker() {
        return caseworker;
    }

    /** How many politicians each group has, leader included; null for a plan made before it was checked. */
    public Integer getGroupSize() {
        return groupSize;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getArchiveCaseNumber() {
        return archiveCaseNumber;
    }

    public LocalDate getCommitteePlannedOn() {
        return committeePlannedOn;
    }

    public String getPlanComment() {
        return planComment;
    }

    public Instant getMeetingsDoneAt() {
        return meetingsDoneAt;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getProposedDecision() {
        return proposedDecision;
    }

    public String getEvaluationWorked() {
        return evaluationWorked;
    }

    public String getEvaluationChange() {
        return evaluationChange;
    }
}
