package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.medvirk.organisation.DemoOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * CI refuses a broken model in processes/ before it reaches a server: the start-up check, run here
 * without starting Medvirk, against what a first start would find.
 */
class ProcessesFolderTests {

    /** A first start: Medvirk's beans, the demo organisation's groups, nothing deployed yet. */
    private final ProcessModelCheck check = new ProcessModelCheck(
            new ListedReferences(medvirksBeans().keySet(), DemoOrganisation.groups(), Set.of(), Set.of(), Set.of(),
                    stepsVariables(), stepsSettings()), false, ProcessesFolderTests::featureChecks);

    @Test
    void shouldFindNothingWrongWithAnyFileInProcesses() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));

        assertThat(files).isNotEmpty();
        assertThat(ProcessesDeployment.problemsIn(files, check)).isEmpty();
    }

    @Test
    void shouldRefuseAModelThatNamesABeanMedvirkDoesNotHave() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));
        files.put("message-lifecycle.bpmn", new String(files.get("message-lifecycle.bpmn"), StandardCharsets.UTF_8)
                .replace("${closeUnreached}", "${closeUnreachable}").getBytes(StandardCharsets.UTF_8));

        assertThat(ProcessesDeployment.problemsIn(files, check)).extracting(ModelProblem::toString).containsExactly(
                "message-lifecycle.bpmn, «Avslutt som ikke nådd» (Task_CloseUnreached): steget «closeUnreachable» finnes "
                        + "ikke i Medvirk. Rett skrivefeilen, eller velg et steg fra malene i Modeler.");
    }

    @Test
    void shouldFindNothingUnclearInAnyDiagram() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));

        assertThat(check.lint(files)).extracting(ModelProblem::toString).isEmpty();
    }

    @Test
    void shouldSayWhenATaskIsDrawnInTheLaneOfAnotherGroup() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));
        String task = "<bpmn:flowNodeRef>Task_InstructUnits</bpmn:flowNodeRef>";
        files.put("weekly-due-lists.bpmn", new String(files.get("weekly-due-lists.bpmn"), StandardCharsets.UTF_8)
                .replace(task, "").replace("<bpmn:flowNodeRef>Task_ReviewDueList</bpmn:flowNodeRef>",
                        "<bpmn:flowNodeRef>Task_ReviewDueList</bpmn:flowNodeRef>" + task)
                .getBytes(StandardCharsets.UTF_8));

        assertThat(check.lint(files)).extracting(ModelProblem::toString).containsExactly(
                "weekly-due-lists.bpmn, «Gi instruks om restanser» (Task_InstructUnits): ligger i banen "
                        + "«Servicesenteret», som står for «service-centre», men oppgaven er for «chief-executive». "
                        + "Flytt oppgaven til banen for «chief-executive», eller rett gruppen på oppgaven eller på banen "
                        + "(Extension properties: candidateGroups).");
    }

    @Test
    void shouldFillTheSubjectAreaSelectFromTheRoutingTable() {
        Map<String, byte[]> files = ProcessesDeployment.readFolder(Path.of("processes"));
        List<ModelProblem> problems = new ArrayList<>();

        String form = new String(FormOptionsFromDecisions.apply(files, problems).get("forms/register-message.form"));

        assertThat(problems).isEmpty();
        assertThat(form).contains("\"value\" : \"Vei og trafikk\"", "\"value\" : \"NAV og sosiale tjenester\"");
    }

    /**
     * The variables Medvirk's steps set per process, as the features declare them: each configuration's
     * static {@link ProcessVariables} bean method, called as Spring would call it.
     */
    private static Map<String, Set<String>> stepsVariables() {
        Map<String, Set<String>> variables = new HashMap<>();
        for (var candidate : new ClassPathScanningCandidateComponentProvider(true).findCandidateComponents("no.medvirk")) {
            try {
                for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                    if (Modifier.isStatic(method.getModifiers()) && method.getReturnType() == ProcessVariables.class
                            && method.getParameterCount() == 0) {
                        method.setAccessible(true);
                        ProcessVariables declared = (ProcessVariables) method.invoke(null);
                        declared.processKeys().forEach(key -> variables.computeIfAbsent(key, k -> new HashSet<>())
                                .addAll(declared.names()));
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return variables;
    }

    /** The features' own checks (the rules table's, say), made as Spring would make them: they need nothing. */
    private static List<ModelCheckExtension> featureChecks() {
        List<ModelCheckExtension> checks = new ArrayList<>();
        for (var candidate : new ClassPathScanningCandidateComponentProvider(true).findCandidateComponents("no.medvirk")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (ModelCheckExtension.class.isAssignableFrom(type)) {
                    checks.add((ModelCheckExtension) type.getDeclaredConstructor().newInstance());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return checks;
    }

    /** The settings each step reads from its element, as its class declares them. */
    private static Map<String, List<StepSetting>> stepsSettings() {
        Map<String, List<StepSetting>> settings = new HashMap<>();
        medvirksBeans().forEach((bean, type) -> {
            try {
                settings.put(bean, List.of(Class.forName(type).getAnnotationsByType(StepSetting.class)));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return settings;
    }

    /**
     * The names Spring gives Medvirk's components, with their classes, found on the classpath as its
     * component scan finds them.
     */
    private static Map<String, String> medvirksBeans() {
        var registry = new SimpleBeanDefinitionRegistry();
        return new ClassPathScanningCandidateComponentProvider(true).findCandidateComponents("no.medvirk").stream()
                .collect(Collectors.toMap(bean -> AnnotationBeanNameGenerator.INSTANCE.generateBeanName(bean, registry),
                        bean -> bean.getBeanClassName()));
    }
}
