package no.medvirk.engine;

import java.util.List;
import java.util.Map;

/**
 * A feature's own check of the files of a deployment, run with the model check: a table the feature
 * reads must give it answers it can use. A Spring bean; its problems refuse the deployment as the
 * model check's own do.
 */
public interface ModelCheckExtension {

    /** @param files every file of the deployment, by name relative to the processes folder */
    List<ModelProblem> check(Map<String, byte[]> files);
}
