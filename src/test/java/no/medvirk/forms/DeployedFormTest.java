package no.medvirk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a form submits and refers to, read from the forms process owners edit in Modeler (processes/forms). */
class DeployedFormTest {

    @Test
    void aFormSubmitsItsFieldsButNotTheDisabledOnesItOnlyShows() throws IOException {
        DeployedForm call = form("call-submitter");

        assertThat(call.inputs()).containsExactlyInAnyOrder("reached", "standardAnswer", "answer", "satisfaction",
                "dissatisfactionReason", "alternativeProposal");
        assertThat(call.hasInput("submitterPhone")).isFalse();
        assertThat(call.refersTo("submitterPhone")).isTrue();
    }

    @Test
    void aDynamicListIsOneVariable() throws IOException {
        DeployedForm minutes = form("write-minutes");

        assertThat(minutes.inputs()).containsExactlyInAnyOrder("attendance", "attendees", "points", "inputs", "agreed",
                "nextMeeting");
        assertThat(minutes.refersTo("unitOptions")).as("a select's options").isTrue();
        assertThat(minutes.refersTo("returnComment")).as("disabled, and in the condition that hides it").isTrue();
    }

    @Test
    void aFormRefersToTheNamesInItsTemplatesAndExpressions() throws IOException {
        DeployedForm review = form("review-follow-up");

        assertThat(review.inputs()).isEmpty();
        assertThat(review.refersTo("unitName")).as("{{unitName}}").isTrue();
        assertThat(review.refersTo("caseNumber")).as("{{caseNumber}}").isTrue();
        assertThat(review.refersTo("satisfactionLabel")).isTrue();
        assertThat(review.refersTo("Ikke")).as("a string in an expression is no name").isFalse();
        assertThat(review.refersTo("submitterPhone")).isFalse();
    }

    @Test
    void aGroupWithAPathIsOneVariableAndAKeyWithADotIsAFieldOfOne() {
        DeployedForm form = DeployedForm.parse("""
                {"components": [
                  {"type": "group", "components": [{"type": "textfield", "key": "plain"}]},
                  {"type": "group", "path": "address", "components": [{"type": "textfield", "key": "street"}]},
                  {"type": "textfield", "key": "contact.phone"},
                  {"type": "text", "text": "{{#if note}}Merknad: {{ note }}{{/if}}"},
                  {"type": "checkbox", "key": "agreed", "conditional": {"hide": "=not(shown) and kind != \\"X\\""}}
                ]}""".getBytes(StandardCharsets.UTF_8));

        assertThat(form.inputs()).containsExactlyInAnyOrder("plain", "address", "contact", "agreed");
        assertThat(form.refersTo("note")).isTrue();
        assertThat(form.refersTo("shown")).isTrue();
        assertThat(form.refersTo("kind")).isTrue();
        assertThat(form.refersTo("X")).isFalse();
    }

    private static DeployedForm form(String id) throws IOException {
        return DeployedForm.parse(Files.readAllBytes(Path.of("processes/forms", id + ".form")));
    }
}
