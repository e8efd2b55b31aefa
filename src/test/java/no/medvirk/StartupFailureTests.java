package no.medvirk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Start-up refuses a broken model or organisation with one message that says what to fix. */
@Tag("spring")
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

    @Test
    void shouldStopOnAModelThatNamesAMissingBean(@TempDir Path processes, CapturedOutput output) throws IOException {
        String model = Files.readString(Path.of("src/test/resources/models/unit-task.bpmn"))
                .replace("<bpmn:userTask id=\"Task_Handle\"",
                        "<bpmn:serviceTask id=\"Task_Forward\" camunda:delegateExpression=\"${forwardToUnitt}\" />"
                                + "<bpmn:userTask id=\"Task_Handle\"");
        Files.writeString(processes.resolve("message-lifecycle.bpmn"), model);

        assertThatThrownBy(() -> start("broken-model", "medvirk.processes.location=" + processes)).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START",
                "message-lifecycle.bpmn, Task_Forward: steget «forwardToUnitt» finnes ikke i Medvirk",
                "Rett modellene i Camunda Modeler");
    }

    @Test
    void shouldStopOutsideTheDemoWithoutAnAdministratorPassword(@TempDir Path folder, CapturedOutput output)
            throws IOException {
        Path file = folder.resolve("kommune.yml");
        Files.writeString(file, Files.readString(Path.of("src/main/resources/organisation-demo.yml"))
                .replace("demo: true", "demo: false").replaceAll(",\\s*password: demo", ""));

        assertThatThrownBy(() -> start("no-password", "medvirk.organisation=file:" + file)).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START",
                "MEDVIRK_ADMIN_PASSWORD is not set");
    }

    @Test
    void shouldStopWhenTheRoutingTableSendsMessagesToAUnitThatLeftTheFile(@TempDir Path folder, CapturedOutput output)
            throws IOException {
        Path file = folder.resolve("kommune.yml");
        String demo = Files.readString(Path.of("src/main/resources/organisation-demo.yml"));
        // The unit "vei" leaves the file (its leader and caseworker stay as people); the routing table still names it.
        Files.writeString(file, demo.replaceAll("(?s)  - code: vei\\n.*?(?=  - code: barnehage)", ""));

        assertThatThrownBy(() -> start("unit-left", "medvirk.organisation=file:" + file)).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START",
                "message-routing.dmn, «", "(Rule_", "raden sender meldinger til enheten «vei», som ikke finnes i "
                        + "organisasjonsfilen");
    }

    @Test
    void shouldStopWithOneLineWhenTheOrganisationFileIsInTheOldFormat(@TempDir Path folder, CapturedOutput output)
            throws IOException {
        Path file = folder.resolve("kommune.yml");
        String demo = Files.readString(Path.of("src/main/resources/organisation-demo.yml"));
        // Before issue 19: the politicians were an office with members, and there were no bodies.
        Files.writeString(file, demo.replaceAll("(?s)\nbodies:.*?(?=\n# Each unit's user council)",
                "\npoliticians: { name: Politikere, email: politikere@medvirk.example, members: [politiker] }\n"));

        assertThatThrownBy(() -> start("old-organisation", "medvirk.organisation=file:" + file)).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START",
                "'politicians' is in the old format (an office with members): write it as a list of people");
    }

    private static void start(String database, String property) {
        try (WebappDelegates shared = WebappDelegates.keep()) {
            startAlone(database, property);
        }
    }

    private static void startAlone(String database, String property) {
        // Arguments, not builder properties: those are defaults that application.yml would override.
        // An engine name of its own: Camunda keeps engines by name in a static registry, where the
        // failed one would take the place of the shared test context's engine.
        new SpringApplicationBuilder(MedvirkApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + database,
                        "--camunda.bpm.process-engine-name=" + database.replace("-", ""), "--" + property)
                .close();
    }
}
