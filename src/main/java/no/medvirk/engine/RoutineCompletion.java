package no.medvirk.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;

/**
 * Completes a deployment from Camunda Modeler with the routine's other current files. Modeler sends
 * only what changed, under its file name ({@code call-submitter.form}); deployed alone, a changed
 * process would not find its forms and decisions (they are bound to their deployment), and a changed
 * decision table would not reach the process that calls it. Completed, the deployment is the whole
 * routine again: its files keep the routine's names ({@code forms/call-submitter.form}), those Modeler
 * sent replace theirs, and it takes the routine's name, so the next deployment is completed from it.
 */
final class RoutineCompletion {

    static final String MODELER = "Camunda Modeler";

    private RoutineCompletion() {
    }

    /**
     * Runs inside the deployment's command, before its files are parsed and written.
     *
     * @param routine the name of the routine's deployments
     */
    static void complete(DeploymentEntity deployment, String routine, CommandContext context) {
        DeploymentEntity current = context.getDeploymentManager().findLatestDeploymentByName(routine);
        if (current == null || !belongsToRoutine(deployment, current)) {
            return;
        }
        Map<String, ResourceEntity> sent = new HashMap<>(deployment.getResources());
        for (ResourceEntity resource : sent.values()) {
            String name = routineName(resource.getName(), current.getResources().keySet());
            if (!name.equals(resource.getName())) {
                deployment.getResources().remove(resource.getName());
                resource.setName(name);
                deployment.addResource(resource);
            }
        }
        for (ResourceEntity kept : current.getResources().values()) {
            if (!deployment.getResources().containsKey(kept.getName())) {
                ResourceEntity copy = new ResourceEntity();
                copy.setName(kept.getName());
                copy.setBytes(kept.getBytes());
                copy.setDeploymentId(deployment.getId());
                copy.setType(ResourceTypes.REPOSITORY.getValue());
                copy.setCreateTime(ClockUtil.getCurrentTime());
                deployment.addResource(copy);
                context.getResourceManager().insertResource(copy);
            }
        }
        deployment.setName(routine);
    }

    /** Sent from Modeler, or a file of the routine by its file name. */
    private static boolean belongsToRoutine(DeploymentEntity deployment, DeploymentEntity current) {
        if (MODELER.equals(deployment.getSource())) {
            return true;
        }
        List<String> routineFiles = current.getResources().keySet().stream().map(RoutineCompletion::fileName).toList();
        return deployment.getResources().keySet().stream().map(RoutineCompletion::fileName).anyMatch(routineFiles::contains);
    }

    /** The routine's name for a file Modeler sent: the file it replaces, or where such files live. */
    private static String routineName(String sent, Iterable<String> routine) {
        for (String name : routine) {
            if (name.equals(sent) || fileName(name).equals(fileName(sent))) {
                return name;
            }
        }
        return sent.endsWith(".form") && !sent.contains("/") ? "forms/" + sent : sent;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
