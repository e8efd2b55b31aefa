package no.medvirk.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** D7: how the committee or the council treated the year's summary. */
@Entity
@Table(name = "body_treatment")
public class BodyTreatment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    @Enumerated(EnumType.STRING)
    private Body body;
    /** The body's name when it decided, as the organisation file had it (null before issue 19). */
    private String bodyName;
    private LocalDate meetingDate;
    private boolean asProposed;
    private String decisionText;

    protected BodyTreatment() {
    }

    BodyTreatment(Long planId, Body body, String bodyName, LocalDate meetingDate, boolean asProposed,
                  String decisionText) {
        this.planId = planId;
        this.body = body;
        this.bodyName = bodyName;
        this.meetingDate = meetingDate;
        this.asProposed = asProposed;
        this.decisionText = decisionText;
    }

    public Body getBody() {
        return body;
    }

    /** The body's name when it decided: Tjenesteutvalget, Kommunestyret, Bydelsutvalget. */
    public String getBodyName() {
        return bodyName != null ? bodyName : body == Body.COUNCIL ? "Kommunestyret" : body.label();
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public boolean isAsProposed() {
        return asProposed;
    }

    public String getDecisionText() {
        return decisionText;
    }
}
