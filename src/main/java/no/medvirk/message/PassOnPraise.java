package no.medvirk.message;

import java.time.Clock;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import no.medvirk.organisation.OrganisationGroups;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PassOnPraise: praise the rules table owes no call is passed on to the leaders of the unit it is
 * about, with a link to the case; the case then closes. Like the forwarding mail, nothing the citizen
 * wrote goes into it.
 */
@Component("passOnPraise")
class PassOnPraise implements JavaDelegate {

    /** What the e-mail template sees. */
    record Praise(String caseNumber, String unit, String subjectArea, String receivedDate, String caseUrl) {
    }

    private final Messages messages;
    private final Organisation organisation;
    private final Outbox outbox;
    private final MessageSettings settings;
    private final Clock clock;

    PassOnPraise(Messages messages, Organisation organisation, Outbox outbox, MessageSettings settings, Clock clock) {
        this.messages = messages;
        this.organisation = organisation;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        Organisation.Unit unit = organisation.unit(message.getUnitCode()).orElseThrow();
        Praise praise = new Praise(message.getCaseNumber(), unit.name(), message.getSubjectArea(),
                Dates.day(message.getReceivedAt(), clock.getZone()),
                settings.baseUrl() + "/sak/" + message.getCaseNumber());
        for (String to : organisation.addressesOf(OrganisationGroups.unitLeaders(unit.code()))) {
            outbox.send(to, "message-praise", praise);
        }
        message.passedOn();
    }
}
