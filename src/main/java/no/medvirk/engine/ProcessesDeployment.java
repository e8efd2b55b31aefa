package no.medvirk.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentQuery;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
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
 * {@value #NAME} with names relative to the folder: the routine. The engine redeploys all files
 * together when any changed, and nothing when none did. A copy of the folder packaged in the jar serves
 * when the folder is absent. Every new deployment, also one from Camunda Modeler over REST, passes
 * {@link ProcessModelCheck}.
 *
 * <p>Camunda Modeler sends only the files that changed. Such a deployment is completed with the
 * routine's other current files ({@link RoutineCompletion}), so that a process, its forms and its
 * decisions always come from the same deployment. Which wins at the next start, the folder or a later
 * deployment from Modeler: the newer change. When the folder is as it was when last deployed, a later
 * deployment from Modeler keeps running and the files that differ are named in the log; when the
 * folder changed since, it is deployed, replacing Modeler's.
 */
@Component
class ProcessesDeployment extends AbstractProcessEnginePlugin {

    static final String NAME = "processes";
    /** The source of the folder's deployments; Modeler's say "Camunda Modeler". */
    static final String SOURCE = "medvirk";
    private static final Logger log = LoggerFactory.getLogger(ProcessesDeployment.class);
    private static final List<String> EXTENSIONS = List.of(".bpmn", ".dmn", ".form");

    private final Path folder;
    private final ListableBeanFactory beans;
    private final ObjectProvider<KnownGroups> knownGroups;
    private final boolean allowScripts;
    private ProcessModelCheck check;
    /** The files {@link #deploy} has checked and is deploying: the deployment they make needs no second check. */
    private volatile Map<String, byte[]> checkedForDeployment;

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
        check = new ProcessModelCheck(new EngineModelReferences(beans, knownGroups, configuration), allowScripts,
                () -> beans.getBeanProvider(ModelCheckExtension.class).stream().toList());
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(this::checkNewDeployment);
        configuration.setCustomPreDeployers(preDeployers);

        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new RoutineMigration(NAME, configuration, beans.getBeanProvider(ProcessChanges.class)));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private void checkNewDeployment(DeploymentEntity deployment) {
        // Deployments already in the database are loaded again into the cache; only new ones are judged.
        if (!deployment.isNew()) {
            return;
        }
        if (!SOURCE.equals(deployment.getSource())) {
            RoutineCompletion.complete(deployment, NAME, Context.getCommandContext());
        }
        Map<String, byte[]> resources = new TreeMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        Map<String, byte[]> checked = checkedForDeployment;
        if (checked != null && differences(resources, checked).isEmpty()) {
            return;
        }
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
        check.lint(prepared).forEach(unclear -> log.warn("Uklart i modellen: {}", unclear));
        return prepared;
    }

    /** What is unclear in the files' diagrams; the test over processes/ asks this. */
    List<ModelProblem> unclearIn(Map<String, byte[]> files) {
        return check.lint(files);
    }

    /** Every problem the files would be refused for, against what this engine has. */
    List<ModelProblem> problemsIn(Map<String, byte[]> files) {
        return problemsIn(files, check);
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
        RepositoryService repository = engine.getRepositoryService();
        if (modelerIsNewer(repository, prepared)) {
            grantStarters(engine.getAuthorizationService(), prepared);
            return;
        }
        DeploymentBuilder deployment = repository.createDeployment()
                .name(NAME)
                .source(SOURCE)
                .enableDuplicateFiltering(false);
        prepared.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
        checkedForDeployment = prepared;
        try {
            DeploymentWithDefinitions result = deployment.deployWithResult();
            log.info("{} models from {} are deployment {} (a new one only if any changed)", files.size(),
                    folder, result.getId());
        } catch (ParseException e) {
            throw new InvalidProcessModelException(problemsOf(e));
        } finally {
            checkedForDeployment = null;
        }
        grantStarters(engine.getAuthorizationService(), prepared);
    }

    /**
     * Whether a deployment from Modeler came after the folder was last deployed while the folder stayed
     * as it was: then Modeler's is the newer change and keeps running, and the folder's files that
     * differ from it are named. Otherwise the folder is deployed (when it differs from what runs).
     */
    private boolean modelerIsNewer(RepositoryService repository, Map<String, byte[]> folderFiles) {
        Deployment running = latest(repository.createDeploymentQuery().deploymentName(NAME));
        if (running == null || SOURCE.equals(running.getSource())) {
            return false;
        }
        Deployment fromFolder = latest(repository.createDeploymentQuery().deploymentName(NAME).deploymentSource(SOURCE));
        List<String> olderInFolder = differences(folderFiles, resources(repository, running));
        if (fromFolder != null && differences(folderFiles, resources(repository, fromFolder)).isEmpty()) {
            if (!olderInFolder.isEmpty()) {
                log.warn("The routine deployed from {} on {} is newer than {}, which is as it was when last deployed: "
                        + "it keeps running. These files in the folder differ from it: {}. Save what runs into the "
                        + "folder (Cockpit → Deployments), or change the files to deploy the folder instead.",
                        running.getSource(), running.getDeploymentTime(), folder.toAbsolutePath(), olderInFolder);
            }
            return true;
        }
        if (!olderInFolder.isEmpty()) {
            log.warn("{} changed since it was last deployed: it replaces the routine deployed from {} on {}",
                    folder.toAbsolutePath(), running.getSource(), running.getDeploymentTime());
        }
        return false;
    }

    private static Deployment latest(DeploymentQuery query) {
        List<Deployment> latest = query.orderByDeploymentTime().desc().listPage(0, 1);
        return latest.isEmpty() ? null : latest.get(0);
    }

    private static Map<String, byte[]> resources(RepositoryService repository, Deployment deployment) {
        Map<String, byte[]> resources = new TreeMap<>();
        for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
            try (InputStream in = repository.getResourceAsStream(deployment.getId(), name)) {
                resources.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return resources;
    }

    /** The names of the files that are not the same in both, sorted. */
    private static List<String> differences(Map<String, byte[]> a, Map<String, byte[]> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names.stream().filter(name -> !Arrays.equals(a.get(name), b.get(name))).toList();
    }

    /** Who may start a process is the process owner's choice in Modeler: its candidate starter groups. */
    private static void grantStarters(AuthorizationService authorizations, Map<String, byte[]> files) {
        files.forEach((name, content) -> {
            if (name.endsWith(".bpmn")) {
                BpmnModelInstance model = ModelParsing.bpmn(content);
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
