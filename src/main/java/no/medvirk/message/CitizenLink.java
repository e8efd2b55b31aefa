package no.medvirk.message;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.springframework.data.domain.Persistable;

/**
 * A message's private links for its submitter: the status page from registration, the survey once the case
 * closed. Each token is 32 bytes from {@link SecureRandom} (256 bits), so a link cannot be guessed; the row goes
 * with the submitter's details at retention. Its id is the message's, so it says itself whether it is new: Spring
 * Data would otherwise merge it, reading the row that is not there before inserting it.
 */
@Entity
@Table(name = "citizen_link")
class CitizenLink implements Persistable<Long> {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private Long messageId;
    private String statusToken;
    private String surveyToken;
    private Instant createdAt;
    @Transient
    private boolean stored;

    protected CitizenLink() {
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }

    @Override
    public Long getId() {
        return messageId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    CitizenLink(Message message, Instant at) {
        this.messageId = message.getId();
        this.statusToken = newToken();
        this.createdAt = at;
    }

    /** The survey's token, made the first time the case closes; a case closed again keeps it. */
    String openSurvey() {
        if (surveyToken == null) {
            surveyToken = newToken();
        }
        return surveyToken;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String getStatusToken() {
        return statusToken;
    }

    String getSurveyToken() {
        return surveyToken;
    }
}
