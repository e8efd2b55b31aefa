package no.medvirk.message;

import java.time.Clock;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springframework.stereotype.Component;

/**
 * M7: the card to a submitter who could not be reached by phone, asking them to call: a printable
 * letter with the case number, the caseworker's name and number and the day to call by. Made from the
 * record each time, so it always says what the record says; its date is the date the card was made.
 */
@Component
class ContactCard {

    /** What the letter template sees. */
    record Letter(String municipality, String date, Submitter submitter, String caseNumber, String receivedDate,
                  String caseworkerName, String caseworkerPhone, String unitName, String callbackDeadline) {
    }

    private final Letters letters;
    private final Organisation organisation;
    private final Clock clock;

    ContactCard(Letters letters, Organisation organisation, Clock clock) {
        this.letters = letters;
        this.organisation = organisation;
        this.clock = clock;
    }

    byte[] pdf(Message message) {
        var caseworker = organisation.person(message.getCaseworker());
        return letters.pdf("contact-card", new Letter(organisation.name(),
                Dates.day(message.getCardSentAt(), clock.getZone()),
                message.getSubmitter(), message.getCaseNumber(), Dates.day(message.getReceivedAt(), clock.getZone()),
                caseworker.map(Organisation.Person::fullName).orElse(message.getCaseworker()),
                caseworker.map(Organisation.Person::phone).orElse(null),
                organisation.unit(message.getUnitCode()).map(Organisation.Unit::name).orElse(null),
                Dates.dayAndTime(message.getCallbackDeadline(), clock.getZone())));
    }
}
