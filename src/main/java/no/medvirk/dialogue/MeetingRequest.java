package no.medvirk.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** D10: a unit, a municipality or an organisation asks for a meeting on a topic of its own. */
@Entity
@Table(name = "meeting_request")
public class MeetingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String requestedBy;
    private String contactEmail;
    private String topic;
    private String wishedPeriod;
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private String declineReason;
    private String requesterKind;
    private String unitCodes;
    private Instant contactErasedAt;

    protected MeetingRequest() {
    }

    MeetingRequest(String requestedBy, String contactEmail, String topic, String wishedPeriod, Instant requestedAt) {
        this.requestedBy = requestedBy;
        this.contactEmail = contactEmail;
        this.topic = topic;
        this.wishedPeriod = wishedPeriod;
        this.requestedAt = requestedAt;
        this.status = RequestStatus.REQUESTED;
    }

    /** D10, from the public form: what kind of group asks, and the units (codes) the meeting concerns. */
    MeetingRequest(String requestedBy, String requesterKind, String contactEmail, List<String> unitCodes,
                   String topic, String wishedPeriod, Instant requestedAt) {
        this(requestedBy, contactEmail, topic, wishedPeriod, requestedAt);
        this.requesterKind = requesterKind;
        this.unitCodes = unitCodes.isEmpty() ? null : String.join(",", unitCodes);
    }

    /** The name of the group a meeting on request gets, within the group table's column. */
    String groupName() {
        String name = "Etter forespørsel fra " + requestedBy;
        return name.length() <= TextLimits.NAME ? name : name.substring(0, TextLimits.NAME - 1) + "…";
    }

    void accepted() {
        this.status = RequestStatus.ACCEPTED;
    }

    void declined(String reason) {
        this.status = RequestStatus.DECLINED;
        this.declineReason = reason;
    }

    /** The requester's address is kept no longer than the request needs it: till it is answered and followed up. */
    void eraseContact(Instant at) {
        if (contactEmail != null) {
            this.contactEmail = null;
            this.contactErasedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getTopic() {
        return topic;
    }

    public String getWishedPeriod() {
        return wishedPeriod;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getRequesterKind() {
        return requesterKind;
    }

    public List<String> getUnitCodes() {
        return unitCodes == null ? List.of() : List.of(unitCodes.split(","));
    }

    public Instant getContactErasedAt() {
        return contactErasedAt;
    }
}
