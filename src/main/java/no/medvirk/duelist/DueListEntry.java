package no.medvirk.duelist;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message on a due list, as it stood then. No submitter data: the list is sent on. */
@Entity
@Table(name = "due_list_entry")
public class DueListEntry {

    /** Overdue political messages are the mayor's office's to clear up. */
    static final String MAYOR = "mayor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "due_list_id")
    private DueList dueList;
    private Long messageId;
    private String caseNumber;
    private String responsible;
    private Instant registeredAt;
    private Instant contactDeadline;
    private String caseworker;
    private int callAttempts;
    private boolean overdue;
    private int daysOverdue;
    private int timesOverdue;
    private boolean counted;
    private String clearUpComment;

    protected DueListEntry() {
    }

    DueListEntry(DueList dueList, Long messageId, String caseNumber, String responsible, Instant registeredAt,
                 Instant contactDeadline, String caseworker, int callAttempts, boolean overdue, int daysOverdue,
                 int timesOverdue, boolean counted) {
        this.dueList = dueList;
        this.messageId = messageId;
        this.caseNumber = caseNumber;
        this.responsible = responsible;
        this.registeredAt = registeredAt;
        this.contactDeadline = contactDeadline;
        this.caseworker = caseworker;
        this.callAttempts = callAttempts;
        this.overdue = overdue;
        this.daysOverdue = daysOverdue;
        this.timesOverdue = timesOverdue;
        this.counted = counted;
    }

    void comment(String comment) {
        this.clearUpComment = comment;
    }

    public Long getMessageId() {
        return messageId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    /** A unit code, or {@value #MAYOR}. */
    public String getResponsible() {
        return responsible;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getContactDeadline() {
        return contactDeadline;
    }

    public String getCaseworker() {
        return caseworker;
    }

    public int getCallAttempts() {
        return callAttempts;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public int getDaysOverdue() {
        return daysOverdue;
    }

    public int getTimesOverdue() {
        return timesOverdue;
    }

    public boolean isCounted() {
        return counted;
    }

    public String getClearUpComment() {
        return clearUpComment;
    }
}
