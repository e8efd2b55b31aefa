package no.medvirk.message;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * M7: the card to a submitter who could not be reached by phone, asking them to call: a printable
 * letter with the case number and the caseworker's name and number. Made from the record each time,
 * so it always says what the record says; its date is the date the card was made.
 */
@Component
class ContactCard {

    /** What the letter template sees. */
    record Letter(String municipality, String date, Submitter submitter, String caseNumber, String receivedDate,
                  String caseworkerName, String caseworkerPhone, String unitName) {
    }

    private final TemplateEngine templates;
    private final Organisation organisation;
    private final Clock clock;

    ContactCard(TemplateEngine templates, Organisation organisation, Clock clock) {
        this.templates = templates;
        this.organisation = organisation;
        this.clock = clock;
    }

    byte[] pdf(Message message) {
        var caseworker = organisation.person(message.getCaseworker());
        Letter letter = new Letter(organisation.name(), Dates.day(message.getCardSentAt(), clock.getZone()),
                message.getSubmitter(), message.getCaseNumber(), Dates.day(message.getReceivedAt(), clock.getZone()),
                caseworker.map(Organisation.Person::fullName).orElse(message.getCaseworker()),
                caseworker.map(Organisation.Person::phone).orElse(null),
                organisation.unit(message.getUnitCode()).map(Organisation.Unit::name).orElse(null));
        Context context = new Context();
        context.setVariable("letter", letter);
        String xhtml = templates.process("contact-card", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(pdf);
        return pdf.toByteArray();
    }
}
