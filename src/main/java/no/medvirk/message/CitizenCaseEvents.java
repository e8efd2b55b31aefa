package no.medvirk.message;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the submitter did on their own pages, for the case page's timeline: what they added, their answer to the
 * survey or the sample's call, and what the leaders decided about a "Nei".
 */
@Component
class CitizenCaseEvents implements CaseEvents {

    private final CitizenAdditions additions;
    private final CitizenVerdicts verdicts;

    CitizenCaseEvents(CitizenAdditions additions, CitizenVerdicts verdicts) {
        this.additions = additions;
        this.verdicts = verdicts;
    }

    @Override
    public List<CaseEvent> of(Message message) {
        List<CaseEvent> events = new ArrayList<>();
        additions.findByMessageIdOrderById(message.getId()).forEach(addition -> events.add(
                new CaseEvent(addition.getAddedAt(), "Innmelderen la til opplysninger", addition.getText())));
        for (CitizenVerdict verdict : verdicts.findByMessageIdOrderById(message.getId())) {
            if (verdict.getAnsweredAt() == null) {
                continue;
            }
            String how = verdict.getSource() == CitizenVerdict.Source.SURVEY ? "Innbyggerens egen vurdering (undersøkelsen)"
                    : "Månedens utvalg: servicesenteret ringte";
            String answer = Boolean.FALSE.equals(verdict.getReached()) ? "ikke nådd"
                    : Boolean.TRUE.equals(verdict.getSatisfied()) ? "fornøyd" : "ikke fornøyd";
            String detail = answer + (verdict.getComment() == null ? "" : ": «" + verdict.getComment() + "»")
                    + (verdict.getFollowUp() == CitizenVerdict.FollowUp.REOPENED ? ". Saken ble tatt opp igjen."
                    : verdict.getFollowUp() == CitizenVerdict.FollowUp.EXPLAINED
                    ? ". Forklaring til innbyggeren: " + verdict.getExplanation() : "");
            events.add(new CaseEvent(verdict.getAnsweredAt(), how, detail));
        }
        return events;
    }
}
