package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

/**
 * The element templates Camunda Modeler offers a process owner ("Lag kontaktkort", "Send restanselisten
 * til enheten", ...): each names a step Medvirk has, and every step in the models is one of them, so an
 * owner adds a step by choosing it from the list, never by typing a bean's name.
 */
@MedvirkTest
class ElementTemplatesTests {

    private static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ListableBeanFactory beans;

    @Test
    void everyTemplateNamesAStepMedvirkHasInNorwegian() throws IOException {
        Map<String, String> templates = templates();

        assertThat(templates).isNotEmpty();
        templates.forEach((id, expression) -> {
            String bean = expression.substring(2, expression.length() - 1);
            assertThat(beans.containsBean(bean)).as("the step of template %s", id).isTrue();
            assertThat(beans.getType(bean).getName()).as("the step of template %s", id).startsWith("no.medvirk.");
        });
        for (JsonNode template : allTemplates()) {
            assertThat(template.path("name").asText()).as(template.path("id").asText()).isNotBlank();
            assertThat(template.path("description").asText()).as(template.path("id").asText()).isNotBlank();
        }
    }

    @Test
    void everyStepInTheModelsIsATemplateTheModelUses() throws IOException {
        Map<String, String> templates = templates();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
                    String template = task.getAttributeValueNs(ModelElements.CAMUNDA_NS, "modelerTemplate");
                    assertThat(template).as("%s %s has a template", file, task.getId()).isNotNull();
                    assertThat(templates).as("%s %s", file, task.getId())
                            .containsEntry(template, task.getCamundaDelegateExpression());
                }
            }
        }
    }

    @Test
    void everySettingAStepReadsIsAFieldOfItsTemplateWithTheSameLabel() throws IOException {
        for (JsonNode template : allTemplates()) {
            String expression = templates().get(template.path("id").asText());
            Class<?> step = ClassUtils.getUserClass(beans.getType(expression.substring(2, expression.length() - 1)));
            Map<String, String> declared = new HashMap<>();
            for (StepSetting setting : step.getAnnotationsByType(StepSetting.class)) {
                declared.put(setting.name(), setting.label());
            }
            Map<String, String> fields = new HashMap<>();
            for (JsonNode property : template.path("properties")) {
                if ("camunda:property".equals(property.path("binding").path("type").asText())) {
                    fields.put(property.path("binding").path("name").asText(), property.path("label").asText());
                    // The template's default passes the check the deployment makes.
                    StepSetting setting = Arrays.stream(step.getAnnotationsByType(StepSetting.class))
                            .filter(s -> s.name().equals(property.path("binding").path("name").asText())).findFirst()
                            .orElseThrow(() -> new AssertionError(template.path("id").asText() + ": "
                                    + property.path("binding").path("name").asText() + " is not a setting of " + step));
                    setting.kind().parse(property.path("value").asText());
                }
            }
            assertThat(fields).as("the settings of template %s", template.path("id").asText()).isEqualTo(declared);
        }
    }

    /** Each template's id and the delegate expression it writes. */
    private static Map<String, String> templates() throws IOException {
        Map<String, String> templates = new HashMap<>();
        for (JsonNode template : allTemplates()) {
            for (JsonNode property : template.path("properties")) {
                if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
                    templates.put(template.path("id").asText(), property.path("value").asText());
                }
            }
        }
        return templates;
    }

    private static List<JsonNode> allTemplates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<JsonNode> templates = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JSON.readTree(file.toFile()).forEach(templates::add);
            }
            return templates;
        }
    }
}
