package no.medvirk;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.AdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.CockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.TasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.WelcomeRuntimeDelegate;

/**
 * Camunda's webapps keep their runtime in static fields that each starting application replaces. A
 * test that starts an application of its own puts the shared test application's back afterwards,
 * or Tasklist of the shared application answers 500 from then on.
 */
public final class WebappDelegates implements AutoCloseable {

    private final TasklistRuntimeDelegate tasklist = Tasklist.getRuntimeDelegate();
    private final CockpitRuntimeDelegate cockpit = Cockpit.getRuntimeDelegate();
    private final AdminRuntimeDelegate admin = Admin.getRuntimeDelegate();
    private final WelcomeRuntimeDelegate welcome = Welcome.getRuntimeDelegate();

    public static WebappDelegates keep() {
        return new WebappDelegates();
    }

    @Override
    public void close() {
        Tasklist.setTasklistRuntimeDelegate(tasklist);
        Cockpit.setCockpitRuntimeDelegate(cockpit);
        Admin.setAdminRuntimeDelegate(admin);
        Welcome.setRuntimeDelegate(welcome);
    }
}
