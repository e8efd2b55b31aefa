package no.medvirk.message;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.medvirk.time.EngineClock;
import org.hibernate.annotations.NaturalId;

/**
 * A citizen's message and everything done with it: the case record of the message lifecycle. The
 * process holds only its case number (the business key); this record is what reports, due lists
 * and the API read.
 */
@Entity
@Table(name = "message")
@EntityListeners(MessageTallies.class)
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int caseYear;
    private int caseSequence;
    /** Never changes: looked up by it from the persistence context first ({@link MessagesByCaseNumber}). */
    @NaturalId
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    private MessageStatus status;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Instant receivedAt;
    /** The Oslo day of {@code receivedAt}: the statistics count days and weeks. */
    private LocalDate receivedDay;
    private Instant registeredAt;
    private String text;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String subjectArea;
    private boolean political;
    private boolean external;
    @Enumerated(EnumType.STRING)
    private RoutedTo routedTo;
    private String unitCode;
    @Embedded
    private Submitter submitter;
    @Embedded
    private Place place;
    /** The district the place's point lies in (Districts): not personal, so kept after retention for the statistics. */
    private String placeArea;
    /** A link to a picture elsewhere (Open311's media_url), shown to staff as a link and never fetched. */
    private String mediaUrl;
    private Instant contactDeadline;
    /** What message-rules.dmn promised at registration: the deadline as a period, the calls, whether to call. */
    private String contactPeriod;
    private Integer callAttemptsAllowed;
    private Boolean callBack;
    private String callbackPeriod;
    private String caseworker;
    private Instant cardSentAt;
    /** Until when the submitter may call back after the contact card; then the case closes as not reached. */
    private Instant callbackDeadline;
    private Instant contactedAt;
    /** Oslo days from the day it came in to the day the submitter had an answer. */
    private Integer contactDays;
    private int callCount;
    private String answer;
    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;
    private String dissatisfactionReason;
    private String alternativeProposal;
    @Enumerated(EnumType.STRING)
    private AnsweredBy answeredBy;
    private Instant closedAt;
    private Instant anonymisedAt;
    private int timesOverdue;
    private Instant escalatedAt;
    private String chiefExecutiveInstruction;
    private Instant remindedAt;
    /** The case this message was closed as a duplicate of; null for any other message. */
    private String duplicateOf;
    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL)
    @OrderBy("attemptedAt, id")
    private List<CallAttempt> callAttempts = new ArrayList<>();

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MessageDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MessagePhoto> photos = new ArrayList<>();

    /** What this message adds to the statistics' tallies as the database has it (MessageTallies). */
    @Transient
    private MessageTallies.Counted tallied;

    protected Message() {
    }

    MessageTallies.Counted tallied() {
        return tallied;
    }

    void tallied(MessageTallies.Counted counted) {
        this.tallied = counted;
    }

    Message(CaseNumber caseNumber, Channel channel, Instant receivedAt, String text, Submitter submitter) {
        this.caseYear = caseNumber.year();
        this.caseSequence = caseNumber.sequence();
        this.caseNumber = caseNumber.toString();
        this.status = MessageStatus.RECEIVED;
        this.channel = channel;
        receivedAt(receivedAt);
        this.text = text;
        this.submitter = submitter;
    }

    private void receivedAt(Instant at) {
        this.receivedAt = at;
        this.receivedDay = LocalDate.ofInstant(at, EngineClock.OSLO);
    }

    /** M2: classified by the service centre; the time to contact the submitter, by the rules, starts now. */
    void register(Kind kind, String subjectArea, boolean political, boolean external, ZonedDateTime now,
                  MessageRules rules) {
        this.kind = kind;
        this.subjectArea = subjectArea;
        this.political = political;
        this.external = external;
        this.registeredAt = now.toInstant();
        this.contactDeadline = now.plus(rules.contactDeadline()).toInstant();
        this.contactPeriod = rules.contactDeadline().toString();
        this.callAttemptsAllowed = rules.callAttempts();
        this.callBack = rules.callBack();
        this.callbackPeriod = rules.callbackPeriod().toString();
        this.status = MessageStatus.REGISTERED;
    }

    /** What the rules promised this message; null until it is registered. */
    public MessageRules getRules() {
        return contactPeriod == null ? null
                : new MessageRules(Period.parse(contactPeriod), callAttemptsAllowed, Boolean.TRUE.equals(callBack),
                callbackPeriod == null ? MessageRules.CALLBACK_PERIOD : Period.parse(callbackPeriod));
    }

    /** What the citizen chose on a received message: the service centre's registration starts from it. */
    void suggest(Kind kind, String subjectArea) {
        this.kind = kind;
        this.subjectArea = subjectArea;
    }

    /** What the service centre corrected while registering a received message. */
    void correct(Channel channel, Instant receivedAt, String text, Submitter submitter) {
        this.channel = channel;
        receivedAt(receivedAt);
        this.text = text;
        this.submitter = submitter;
    }

    /** M3: the routing decision's answer. */
    void route(RoutedTo routedTo, String unitCode) {
        this.routedTo = routedTo;
        this.unitCode = unitCode;
        this.status = MessageStatus.FORWARDED;
    }

    /** M4: the unit leader hands the message to a caseworker, or takes it. */
    void assign(String caseworker) {
        this.caseworker = caseworker;
        this.status = MessageStatus.ASSIGNED;
    }

    /** M7: one call; returns how many calls have been made. */
    int recordCallAttempt(Instant at, boolean reached, String caller) {
        callAttempts.add(new CallAttempt(this, at, reached, caller));
        callCount = callAttempts.size();
        return callCount;
    }

    /**
     * M7: the submitter could not be reached by phone and gets a card asking them to call. They have the
     * rules' days to call back, and never less than until the contact deadline: a card after a late last
     * call does not close the case the same minute.
     */
    void cardSent(Instant at) {
        this.cardSentAt = at;
        Period days = getRules() == null ? MessageRules.CALLBACK_PERIOD : getRules().callbackPeriod();
        Instant byRules = at.atZone(EngineClock.OSLO).plus(days).toInstant();
        this.callbackDeadline = contactDeadline != null && contactDeadline.isAfter(byRules) ? contactDeadline : byRules;
        this.status = MessageStatus.CARD_SENT;
    }

    /** M5, M6, M8: the submitter has had the municipality's answer. */
    void contacted(ContactReport report, Instant at) {
        this.answeredBy = report.answeredBy();
        this.answer = report.answer();
        this.satisfaction = report.satisfaction();
        this.dissatisfactionReason = report.dissatisfactionReason();
        this.alternativeProposal = report.alternativeProposal();
        this.contactedAt = at;
        this.contactDays = (int) ChronoUnit.DAYS.between(receivedDay, LocalDate.ofInstant(at, EngineClock.OSLO));
        this.status = MessageStatus.CONTACTED;
    }

    /** Praise the rules owe no call: passed on to the unit, and nobody is waiting for an answer. */
    void passedOn() {
        this.answeredBy = AnsweredBy.PASSED_ON;
    }

    /** M7: the deadline passed after the card without a call from the submitter. */
    void closeUnreached(Instant at) {
        this.answeredBy = AnsweredBy.NOT_REACHED;
        close(at);
    }

    /** The submitter withdrew the message on their own page: the case ends, and no one calls. */
    void withdraw(Instant at) {
        this.answeredBy = AnsweredBy.WITHDRAWN;
        close(at);
    }

    /**
     * The unit's leaders take a closed case up again after the citizen said they were not satisfied: it goes
     * back to where it was routed, with a new contact deadline by the rules it was registered with.
     */
    void reopen(ZonedDateTime now) {
        this.closedAt = null;
        this.contactDeadline = now.plus(getRules().contactDeadline()).toInstant();
        this.remindedAt = null;
        this.status = MessageStatus.FORWARDED;
    }

    void close(Instant at) {
        this.closedAt = at;
        this.status = MessageStatus.CLOSED;
    }

    /** A report of a case already open: closed, and its submitter follows the other case. */
    void closeAsDuplicate(Message original, Instant at) {
        if (original.getCaseNumber().equals(caseNumber)) {
            throw new IllegalArgumentException("A message cannot be a duplicate of itself.");
        }
        this.duplicateOf = original.getCaseNumber();
        this.answeredBy = AnsweredBy.DUPLICATE;
        close(at);
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    /** M10: the message is on this week's overdue list; it counts once a week (see the due lists). */
    public void countOverdue() {
        this.timesOverdue++;
    }

    /** M11: on an overdue list again, reported to the chief executive; the first time is kept. */
    public void escalate(Instant at) {
        if (escalatedAt == null) {
            this.escalatedAt = at;
        }
    }

    /** M11: what the chief executive told the unit to do. */
    public void instruct(String instruction) {
        this.chiefExecutiveInstruction = instruction;
    }

    /** The contact deadline passed with the call still open: one reminder; false if one was sent. */
    boolean remind(Instant at) {
        if (remindedAt != null) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** Where the problem is, with the district its point lies in; the service centre may correct it. */
    void locate(Place place, String area, String mediaUrl) {
        this.place = place == null || place.isEmpty() ? null : place;
        this.placeArea = area;
        this.mediaUrl = mediaUrl;
    }

    /**
     * The submitter's details, the place and the photos are removed when their retention ends; the message
     * itself, and the district it was in, stay for statistics.
     */
    void anonymise(Instant at) {
        this.submitter = null;
        this.place = null;
        this.mediaUrl = null;
        this.documents.clear();
        this.photos.clear();
        this.anonymisedAt = at;
    }

    /** Whether a survey link can reach the submitter: an e-mail address or a mobile number. */
    public boolean canBeAskedInWriting() {
        return submitter != null && (submitter.hasEmail() || submitter.hasMobile());
    }

    public boolean hasPhone() {
        return submitter != null && submitter.hasPhone();
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    LocalDate getReceivedDay() {
        return receivedDay;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getText() {
        return text;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubjectArea() {
        return subjectArea;
    }

    public boolean isPolitical() {
        return political;
    }

    public boolean isExternal() {
        return external;
    }

    public RoutedTo getRoutedTo() {
        return routedTo;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Submitter getSubmitter() {
        return submitter == null ? Submitter.ANONYMOUS : submitter;
    }

    public Place getPlace() {
        return place == null ? Place.NONE : place;
    }

    public String getPlaceArea() {
        return placeArea;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public List<MessagePhoto> getPhotos() {
        return List.copyOf(photos);
    }

    void addPhoto(MessagePhoto photo) {
        photos.add(photo);
    }

    public Instant getContactDeadline() {
        return contactDeadline;
    }

    public String getCaseworker() {
        return caseworker;
    }

    public Instant getCardSentAt() {
        return cardSentAt;
    }

    public Instant getCallbackDeadline() {
        return callbackDeadline;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    Integer getContactDays() {
        return contactDays;
    }

    int getCallCount() {
        return callCount;
    }

    public String getAnswer() {
        return answer;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public String getDissatisfactionReason() {
        return dissatisfactionReason;
    }

    public String getAlternativeProposal() {
        return alternativeProposal;
    }

    public AnsweredBy getAnsweredBy() {
        return answeredBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getTimesOverdue() {
        return timesOverdue;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getChiefExecutiveInstruction() {
        return chiefExecutiveInstruction;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public List<CallAttempt> getCallAttempts() {
        return List.copyOf(callAttempts);
    }

    void attach(Attachment attachment) {
        documents.add(new MessageDocument(this, attachment));
    }

    public List<MessageDocument> getDocuments() {
        return List.copyOf(documents);
    }
}
