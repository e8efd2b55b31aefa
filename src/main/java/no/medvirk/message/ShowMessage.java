package no.medvirk.message;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Every task of the lifecycle: its form shows what it names of the record when read (see {@link MessageDisplay}),
 * and, set on create, its card in the task list a line about the case.
 */
@Component("showMessage")
@ListensTo(forms = {"answer-submitter", "assign-caseworker", "call-submitter",
        "contact-about-other-authority", "handle-political-message", "record-callback", "register-message",
        "review-follow-up"}, event = "create")
class ShowMessage implements TaskDisplay {

    private final Messages messages;
    private final Organisation organisation;
    private final StandardAnswers standardAnswers;
    private final CitizenNotices notices;
    private final AnswerLetter answerLetter;
    private final CitizenAdditionsText citizenAdditions;
    private final Clock clock;

    ShowMessage(Messages messages, Organisation organisation, StandardAnswers standardAnswers, CitizenNotices notices,
                AnswerLetter answerLetter, CitizenAdditionsText citizenAdditions, Clock clock) {
        this.citizenAdditions = citizenAdditions;
        this.messages = messages;
        this.organisation = organisation;
        this.standardAnswers = standardAnswers;
        this.notices = notices;
        this.answerLetter = answerLetter;
        this.clock = clock;
    }

    @Override
    public void show(DelegateTask task, FormDisplay display) {
        Message message = messages.get(task.getExecution().getProcessBusinessKey());
        MessageDisplay.fill(display, message, organisation, standardAnswers, clock.getZone())
                // How the card and the answer went to the submitter: a letter to print is linked.
                .put("contactCardSentText", () -> notices.given(message, CitizenNotices.CONTACT_CARD)
                        .map(how -> how.sentText).orElse(null))
                .put("answerLetterUrl", () -> answerLetter.printed(message) ? LetterController.answerLetterPath(message)
                        : null)
                .put(CitizenAdditionsText.VARIABLE, () -> citizenAdditions.of(message, clock.getZone()));
    }

    @Override
    public void notify(DelegateTask task) {
        // Every task of a message, whatever its form: what its card in the task list shows.
        MessageDisplay.showCard(task, messages.get(task.getExecution().getProcessBusinessKey()), organisation,
                clock.getZone());
    }
}
