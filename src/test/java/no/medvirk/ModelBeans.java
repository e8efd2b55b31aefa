package no.medvirk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans a model names, as fakes in the {@link PlainEngine}: the model's expressions find them by
 * name through Camunda's {@link Mocks}. Each fake remembers the variables it saw at each call (the
 * execution it was given goes on changing after it) and does to the process what the test says the real
 * bean does for the model's gateways and timers; nothing else.
 */
public final class ModelBeans {

    private final Map<String, Fake> fakes = new LinkedHashMap<>();
    private final List<String> called = new ArrayList<>();

    private ModelBeans() {
    }

    /** A fake for each of these names and nothing under any other: a model that names another bean fails. */
    public static ModelBeans named(String... names) {
        Mocks.reset();
        ModelBeans beans = new ModelBeans();
        for (String name : names) {
            Fake fake = beans.new Fake(name);
            beans.fakes.put(name, fake);
            Mocks.register(name, fake);
        }
        return beans;
    }

    /** What the real bean does to its execution (for a task listener: the task's) when it is called. */
    public ModelBeans on(String name, Consumer<DelegateExecution> effect) {
        fake(name).effect = effect;
        return this;
    }

    /** The variables the bean saw, one map a call, in the order of the calls. */
    public List<Map<String, Object>> calls(String name) {
        return List.copyOf(fake(name).calls);
    }

    /** The beans called, in order, each as often as it was called. */
    public List<String> called() {
        return List.copyOf(called);
    }

    private Fake fake(String name) {
        Fake fake = fakes.get(name);
        if (fake == null) {
            throw new IllegalArgumentException("No fake named " + name + "; the test registered " + fakes.keySet());
        }
        return fake;
    }

    private final class Fake implements JavaDelegate, ExecutionListener, TaskListener {

        private final String name;
        private final List<Map<String, Object>> calls = new ArrayList<>();
        private Consumer<DelegateExecution> effect = execution -> { };

        private Fake(String name) {
            this.name = name;
        }

        @Override
        public void execute(DelegateExecution execution) {
            call(execution.getVariables(), execution);
        }

        @Override
        public void notify(DelegateExecution execution) {
            call(execution.getVariables(), execution);
        }

        @Override
        public void notify(DelegateTask task) {
            call(task.getVariables(), task.getExecution());
        }

        private void call(Map<String, Object> variables, DelegateExecution execution) {
            called.add(name);
            calls.add(new HashMap<>(variables));
            effect.accept(execution);
        }
    }
}
