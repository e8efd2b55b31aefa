package no.medvirk.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form file of the processes folder at start, as one deployment named
 * {@value #NAME} with names relative to the folder. The engine redeploys all files together when any
 * changed, and nothing when none did. A copy of the folder packaged in the jar serves when the folder
 * is absent. Every new deployment, also one from Camunda Modeler over REST, passes {@link ProcessModelCheck}.
 */
@Component
class ProcessesDeployment extends AbstractProcessEnginePlugin {

    static final String NAME = "processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessesDeployment.class);
    private static final List<String> EXTENSIONS = List.of(".bpmn", ".dmn", ".form");

    private final Path folder;
    private final ListableBeanFactory beans;
    private final ObjectProvider<KnownGroups> knownGroups;
    private final boolean allowScripts;
    private ProcessModelCheck check;

    ProcessesDeployment(@Value("${medvirk.processes.location}") Path folder, ListableBeanFactory beans,
                        ObjectProvider<KnownGroups> knownGroups,
                        @Value("${medvirk.processes.allow-scripts}") boolean allowScripts) {
        this.folder = folder;
        this.beans = beans;
        this.knownGroups = knownGroups;
        this.allowScripts = allowScripts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        check = new ProcessModelCheck(new EngineModelReferences(beans, knownGroups, configuration), allowScripts);
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(this::checkNewDeployment);
        configuration.setCustomPreDeployers(preDeployers);
    }

    private void checkNewDeployment(DeploymentEntity deployment) {
        // Deployments already in the database are loaded again into the cache; only new ones are judged.
        if (!deployment.isNew()) {
            return;
        }
        Map<String, byte[]> resources = new TreeMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        Map<String, byte[]> prepared = prepare(resources, check);
        // The resources are not yet written: a filled-in form is stored as filled in.
        prepared.forEach((name, content) -> deployment.getResource(name).setBytes(content));
    }

    /** The files as they are deployed (forms' options filled in), or every problem with them. */
    private static Map<String, byte[]> prepare(Map<String, byte[]> files, ProcessModelCheck check) {
        List<ModelProblem> problems = new ArrayList<>();
        Map<String, byte[]> prepared = FormOptionsFromDecisions.apply(files, problems);
        problems.addAll(check.check(prepared));
        if (!problems.isEmpty()) {
            throw new InvalidProcessModelException(problems);
        }
        return prepared;
    }

    /** Every problem the files would be refused for; the test over processes/ asks this. */
    static List<ModelProblem> problemsIn(Map<String, byte[]> files, ProcessModelCheck check) {
        try {
            prepare(files, check);
            return List.of();
        } catch (InvalidProcessModelException e) {
            return e.problems();
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        deploy(engine, readModels());
    }

    /** The models of the folder or, when there is no folder, the copy packaged in the application. */
    Map<String, byte[]> readModels() {
        return Files.isDirectory(folder) ? readFolder(folder) : readPackagedCopy();
    }

    void deploy(ProcessEngine engine, Map<String, byte[]> files) {
        if (files.isEmpty()) {
            log.warn("No models in {}: nothing deployed", folder.toAbsolutePath());
            return;
        }
        // Checked here too, since an unchanged model is not redeployed but may name a bean that is gone.
        Map<String, byte[]> prepared = prepare(files, check);
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(NAME)
                .source("medvirk")
                .enableDuplicateFiltering(false);
        prepared.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
        try {
            DeploymentWithDefinitions result = deployment.deployWithResult();
            log.info("{} models from {} are deployment {} (a new one only if any changed)", files.size(),
                    folder, result.getId());
        } catch (ParseException e) {
            throw new InvalidProcessModelException(problemsOf(e));
        }
        grantStarters(engine.getAuthorizationService(), prepared);
    }

    /** Who may start a process is the process owner's choice in Modeler: its candidate starter groups. */
    private static void grantStarters(AuthorizationService authorizations, Map<String, byte[]> files) {
        files.forEach((name, content) -> {
            if (name.endsWith(".bpmn")) {
                BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
                for (Process process : model.getModelElementsByType(Process.class)) {
                    for (String group : process.getCamundaCandidateStarterGroupsList()) {
                        Grants.grant(authorizations, group, Resources.PROCESS_DEFINITION, process.getId(),
                                Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
                    }
                }
            }
        });
    }

    private static List<ModelProblem> problemsOf(ParseException e) {
        List<ModelProblem> problems = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) { // sic: the engine's spelling
            report.getErrors().forEach(error -> problems.add(new ModelProblem(report.getResourceName(),
                    error.getMainElementId(), error.getMessage() + " (line " + error.getLine() + ")")));
        }
        return problems;
    }

    static Map<String, byte[]> readFolder(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(ProcessesDeployment::isModel).toList()) {
                // Forward slashes, so that the resource names are the same on every machine.
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the models in " + folder.toAbsolutePath(), e);
        }
        return files;
    }

    private Map<String, byte[]> readPackagedCopy() {
        log.info("No folder {}: deploying the models packaged in the application", folder.toAbsolutePath());
        Map<String, byte[]> files = new TreeMap<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            String base = resolver.getResource("classpath:processes/").getURL().toString();
            for (Resource resource : resolver.getResources("classpath*:processes/**/*.*")) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && url.startsWith(base) && isModel(Path.of(resource.getFilename()))) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(url.substring(base.length()), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            log.warn("No packaged models found: {}", e.getMessage());
        }
        return files;
    }

    private static boolean isModel(Path path) {
        String name = path.getFileName().toString();
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
