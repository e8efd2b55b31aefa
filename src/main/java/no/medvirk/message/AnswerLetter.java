package no.medvirk.message;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springframework.stereotype.Component;

/**
 * M5, M8: the answer "Besvart med brev" to a submitter without an e-mail address, as a printable letter
 * in the municipality's layout: the answer the caseworker wrote, signed by the unit (no staff names).
 */
@Component
class AnswerLetter {

    /** What the letter template sees; the answer in its paragraphs, each escaped as text. */
    record Letter(String municipality, String date, Submitter submitter, String caseNumber, String receivedDate,
                  List<String> paragraphs, String from) {
    }

    private final Letters letters;
    private final Organisation organisation;
    private final CitizenNotices notices;
    private final Clock clock;

    AnswerLetter(Letters letters, Organisation organisation, CitizenNotices notices, Clock clock) {
        this.letters = letters;
        this.organisation = organisation;
        this.notices = notices;
        this.clock = clock;
    }

    /** Whether the message was answered by a letter to print (not sent by e-mail). */
    boolean printed(Message message) {
        return notices.given(message, CitizenNotices.ANSWER).filter(how -> how == CitizenNotices.How.LETTER)
                .isPresent();
    }

    byte[] pdf(Message message) {
        List<String> paragraphs = Arrays.stream(message.getAnswer().split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return letters.pdf("answer-letter", new Letter(organisation.name(),
                Dates.day(message.getContactedAt(), clock.getZone()), message.getSubmitter(), message.getCaseNumber(),
                Dates.day(message.getReceivedAt(), clock.getZone()), paragraphs, notices.answeringOffice(message)));
    }
}
