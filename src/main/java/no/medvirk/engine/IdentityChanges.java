package no.medvirk.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the application when the engine has changed a user, group, tenant or membership ({@link IdentityChanged}), so
 * that what was remembered about who someone is can be forgotten. Told once the command has returned, and again when
 * the transaction it ran in ends, if it ran in one (the organisation file is synchronised in one): a login checked in
 * between may have read the old state.
 */
final class IdentityChanges extends CommandInterceptor {

    private static final Set<Class<?>> CHANGES = Set.of(SaveUserCmd.class, DeleteUserCmd.class, UnlockUserCmd.class,
            SaveGroupCmd.class, DeleteGroupCmd.class, CreateMembershipCmd.class, DeleteMembershipCmd.class,
            SaveTenantCmd.class, DeleteTenantCmd.class, CreateTenantUserMembershipCmd.class,
            DeleteTenantUserMembershipCmd.class, CreateTenantGroupMembershipCmd.class,
            DeleteTenantGroupMembershipCmd.class);

    private final ApplicationEventPublisher events;

    IdentityChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (CHANGES.contains(command.getClass())) {
            events.publishEvent(new IdentityChanged());
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        events.publishEvent(new IdentityChanged());
                    }
                });
            }
        }
        return result;
    }
}
