package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CI refuses a broken model in processes/ before it reaches a server: the start-up check, run here. */
@MedvirkTest
class ProcessesFolderTests {

    @Autowired
    ProcessesDeployment processesDeployment;

    @Test
    void shouldFindNothingWrongWithAnyFileInProcesses() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));

        assertThat(files).isNotEmpty();
        assertThat(processesDeployment.problemsIn(files)).isEmpty();
    }

    @Test
    void shouldFindNothingUnclearInAnyDiagram() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));

        assertThat(processesDeployment.unclearIn(files)).extracting(ModelProblem::toString).isEmpty();
    }

    @Test
    void shouldFillTheSubjectAreaSelectFromTheRoutingTable() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));
        List<ModelProblem> problems = new ArrayList<>();

        String form = new String(FormOptionsFromDecisions.apply(files, problems).get("forms/register-message.form"));

        assertThat(problems).isEmpty();
        assertThat(form).contains("\"value\" : \"Vei og trafikk\"", "\"value\" : \"NAV og sosiale tjenester\"");
    }
}
