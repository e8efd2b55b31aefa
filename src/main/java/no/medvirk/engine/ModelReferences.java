package no.medvirk.engine;

import java.util.List;
import java.util.Set;

/** What a model may name outside the files it is deployed with. */
public interface ModelReferences {

    /** A Spring bean named in {@code camunda:delegateExpression}. */
    boolean beanExists(String name);

    /** The settings the step (a bean that exists) reads from its element in the model. */
    List<StepSetting> settingsOf(String bean);

    /** A candidate group written literally in a model. */
    boolean groupExists(String groupId);

    /** The variables Medvirk's own steps set in the process with this key (see {@link ProcessVariables}). */
    Set<String> variablesOf(String processKey);

    /** A unit (by code) that a decision table, such as the routing table, sends messages to. */
    boolean unitExists(String unitCode);

    /** A decision (by key) already deployed, for {@code camunda:decisionRef} with a version binding other than deployment. */
    boolean decisionDeployed(String key);

    /** A process (by key) already deployed, for a call activity's {@code calledElement}. */
    boolean processDeployed(String key);

    /** A Camunda Form (by id) already deployed, for {@code camunda:formRef} bound to latest or a version. */
    boolean formDeployed(String id);
}
