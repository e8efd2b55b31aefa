package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import org.junit.jupiter.api.Test;

/** The contact forms' records: what the submitter was told, their reaction, the call and the hand-out. */
class ContactReportTest {

    @Test
    void aWrittenAnswerNeedsHowAndWhatButNoReaction() {
        ContactReport report = ContactReport.of(new ContactForm("LETTER", "Vi fyller hullet.", "DISSATISFIED", null,
                null), null, true);

        assertThat(report).isEqualTo(new ContactReport(AnsweredBy.LETTER, "Vi fyller hullet.", null, null, null));
    }

    @Test
    void aNegativeReactionOnThePhoneMustSayWhyAndAskForAnAlternative() {
        ContactForm dissatisfied = new ContactForm(null, "Vi fyller hullet.", "DISSATISFIED", null, null);

        assertThatThrownBy(() -> ContactReport.of(dissatisfied, AnsweredBy.PHONE, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("dissatisfactionReason", "alternativeProposal"));
        assertThat(ContactReport.of(new ContactForm(null, "Vi fyller hullet.", "DISSATISFIED", "For sent.",
                "Skilt nå."), AnsweredBy.PHONE, true).satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
    }

    @Test
    void aFormThatDoesNotAskForTheReactionRecordsNone() {
        ContactReport report = ContactReport.of(new ContactForm("PHONE", "Ring Statens vegvesen.", null, null, null),
                null, false);

        assertThat(report.answeredBy()).isEqualTo(AnsweredBy.PHONE);
        assertThat(report.satisfaction()).isNull();
    }

    @Test
    void noAnswerNoHowAndNotReachedAreRefused() {
        assertThatThrownBy(() -> ContactReport.of(new ContactForm(null, null, null, null, null), null, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsEntry("answeredBy", "Velg hvordan innmelderen ble svart.")
                        .containsEntry("answer", "Velg et standardsvar eller skriv hva kommunen svarte eller vil gjøre."));
        assertThatThrownBy(() -> ContactReport.of(new ContactForm("NOT_REACHED", "Nei.", null, null, null), null, true))
                .hasMessageContaining("«Ikke nådd» settes av Medvirk selv");
    }

    @Test
    void textsAreCheckedAgainstTheirColumnsAndForCharactersNoOneTypes() {
        ContactForm form = new ContactForm(null, "a".repeat(4001), "DISSATISFIED", "Fordi\u0000", "Ok.");

        assertThatThrownBy(() -> ContactReport.of(form, AnsweredBy.PHONE, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsEntry("answer", "Svaret kan være på høyst 4000 tegn.")
                        .hasEntrySatisfying("dissatisfactionReason", m -> assertThat(m).startsWith("Begrunnelsen inneholder")));
    }

    @Test
    void aCallSaysWhetherTheSubmitterWasReached() {
        ContactForm answer = new ContactForm(null, "Vi fyller hullet.", "SATISFIED", null, null);

        assertThat(new CallForm(false, answer).check()).isNull();
        assertThat(new CallForm(true, answer).check().answeredBy()).isEqualTo(AnsweredBy.PHONE);
        assertThatThrownBy(() -> new CallForm(null, answer).check())
                .hasMessage("Svar på om du fikk snakket med innmelderen.");
    }

    @Test
    void aMessageIsHandedToOneOfTheUnitsOwn() {
        Organisation.Unit vei = new Organisation.Unit("vei", "Vei, park og idrett", "vei@example.no", List.of("vegleder"),
                List.of("kari"));

        assertThat(new HandOutForm("kari").check(vei)).isEqualTo("kari");
        assertThat(new HandOutForm("vegleder").check(vei)).isEqualTo("vegleder");
        assertThatThrownBy(() -> new HandOutForm("ola").check(vei)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Velg en saksbehandler i Vei, park og idrett.");
        assertThatThrownBy(() -> new HandOutForm(null).check(vei)).isInstanceOf(InvalidInputException.class);
    }
}
