package no.medvirk.engine;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Runs the asynchronous continuations a process instance has just stopped at, in the caller's transaction, the
 * way the job executor would run them: without the caller's authentication (no authorization checks, no
 * operation log entry, the steps' listeners see what they see under the job executor).
 *
 * <p>For a registration (issue 18): a message's routing left to the job executor cost a transaction of its
 * own, the job's acquisition (another commit) and the polls of whoever waited for the unit's task (5-7 % of
 * Medvirk's CPU per case on H2). The continuation stays in the model, so a registration whose routing fails
 * here is registered again without it ({@link ContinuationFailedException}), and the job executor's retries end
 * in an incident, as before.
 */
@Component
public class AsyncContinuations {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl configuration;

    AsyncContinuations(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /**
     * Runs the instance's due continuations (none: nothing happens) in the transaction that is running.
     *
     * @throws ContinuationFailedException when one fails: the transaction is then to be rolled back
     */
    public void runDue(String processInstanceId) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            CommandExecutor commands = configuration.getCommandExecutorTxRequired();
            for (Job job : commands.execute(context -> due(context, processInstanceId))) {
                try {
                    commands.execute(new ExecuteJobsCmd(job.getId(), new JobFailureCollector(job.getId())));
                } catch (RuntimeException e) {
                    throw new ContinuationFailedException(job, e);
                }
                if (configuration.isMetricsEnabled()) {
                    configuration.getMetricsRegistry().markOccurrence(Metrics.JOB_SUCCESSFUL);
                }
            }
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /**
     * The instance's continuations the job executor would take now (a job query's messages().executable(), without
     * the query's SQL, built anew each time).
     */
    private static List<JobEntity> due(CommandContext context, String processInstanceId) {
        Date now = ClockUtil.getCurrentTime();
        return context.getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
                .filter(job -> job instanceof MessageEntity && job.getRetries() > 0 && !job.isSuspended()
                        && (job.getDuedate() == null || !job.getDuedate().after(now)))
                .toList();
    }

    /** A continuation that failed when run at once; its cause is the step's own failure. */
    public static class ContinuationFailedException extends RuntimeException {

        ContinuationFailedException(Job job, RuntimeException cause) {
            super("The continuation " + job.getId() + " of process instance " + job.getProcessInstanceId()
                    + " failed when run at once", cause);
        }
    }
}
