package no.medvirk.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import jakarta.persistence.EntityManager;
import no.medvirk.message.Message;
import no.medvirk.message.MessageRegistration;
import no.medvirk.notification.OutboxMails;
import no.medvirk.notification.SmsMessages;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives a period of citizens' messages through the real processes with the engine clock moved: each
 * message is registered as the service centre's API or an intake channel registers it, and every
 * task is completed by the user whose task it is, with the values its form would send. The jobs of
 * these processes (the routing after registration, the deadline timers, the Monday timer of the due
 * lists) are run here when they fall due, since the job executor must not run with a moved clock.
 * Each day of the period is one transaction; the e-mails and text messages it made are held in the outboxes, never sent.
 */
@Component
class DemoYear {

    /** What a drive did. */
    record Result(int messages, long stillOpen, Duration took) {
    }

    static final String HELD = "Laget av demoåret: sendes ikke.";
    private static final String WEEKLY_TIMER = "weekly-due-lists-timer";
    private static final String WEEKLY_LISTS = "weekly-due-lists";
    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final MessageRegistration registration;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final Organisation organisation;
    private final OutboxMails outbox;
    private final SmsMessages sms;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoYear(MessageRegistration registration, RuntimeService runtimeService, TaskService taskService,
             ManagementService managementService, IdentityService identityService, Organisation organisation,
             OutboxMails outbox, SmsMessages sms, TransactionTemplate transaction, EntityManager entityManager,
             Clock clock) {
        this.registration = registration;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.organisation = organisation;
        this.outbox = outbox;
        this.sms = sms;
        this.transaction = transaction;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Drives the messages of {@code from} up to {@code until}; the engine clock is real time again
     * afterwards, also when it fails.
     *
     * @param volume how many messages the period brings
     * @param seed the same seed makes the same messages and the same fates
     */
    Result drive(LocalDate from, Instant until, int volume, long seed) {
        long started = System.nanoTime();
        long cpuAtStart = CPU.getCurrentThreadCpuTime();
        Run run = new Run(seed);
        int planned = run.plan(from, until, volume);
        log.info("Demo year: driving {} messages from {} to {}", planned, from, until.atZone(clock.getZone()).toLocalDate());
        try {
            ClockUtil.setCurrentTime(Date.from(from.atStartOfDay(clock.getZone()).toInstant()));
            weeklyTimer().ifPresent(job -> managementService.recalculateJobDuedate(job.getId(), false));
            run.untilTheEnd(until);
        } finally {
            identityService.clearAuthentication();
            ClockUtil.reset();
        }
        // The Monday timer waits for the next real Monday again.
        weeklyTimer().ifPresent(job -> managementService.recalculateJobDuedate(job.getId(), false));
        long open = run.cases.values().stream().filter(c -> !c.ended).count();
        Result result = new Result(run.arrived, open, Duration.ofNanos(System.nanoTime() - started));
        log.info("Demo year: {} messages up to {}, {} of them open, in {} s ({} s of CPU)", result.messages(),
                until.atZone(clock.getZone()).toLocalDate(), open, result.took().toSeconds(),
                (CPU.getCurrentThreadCpuTime() - cpuAtStart) / 1_000_000_000);
        return result;
    }

    private Optional<Job> weeklyTimer() {
        return managementService.createJobQuery().timers().processDefinitionKey(WEEKLY_TIMER).list().stream()
                .findFirst();
    }

    /** One message's case as the driver follows it. */
    private static final class Case {
        final DemoCitizens.Planned planned;
        final Random random;
        String instanceId;
        String unitCode;
        String pendingTask;
        int calls;
        boolean ended;

        Case(DemoCitizens.Planned planned) {
            this.planned = planned;
            this.random = new Random(planned.fate().seed());
        }

        DemoCitizens.Fate fate() {
            return planned.fate();
        }
    }

    private record Step(Instant at, long order, Runnable action) implements Comparable<Step> {
        @Override
        public int compareTo(Step other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    /** One drive: the agenda of what happens when, and the cases it follows. */
    private final class Run {

        final WorkCalendar calendar = new WorkCalendar(clock.getZone());
        final Random random;
        final long seed;
        final PriorityQueue<Step> agenda = new PriorityQueue<>();
        final Map<String, Case> cases = new HashMap<>();
        final Set<String> weeklyRuns = new HashSet<>();
        final Map<String, List<String>> groupsOf = new HashMap<>();
        final Map<String, String> memberOf = new HashMap<>();
        long order;
        int arrived;
        long lastMailBefore;
        long lastSmsBefore;

        Run(long seed) {
            this.seed = seed;
            this.random = new Random(seed ^ 0x5DEECE66DL);
        }

        int plan(LocalDate from, Instant until, int volume) {
            List<DemoCitizens.Planned> messages = new DemoCitizens(calendar, seed).plan(from, until, volume);
            for (DemoCitizens.Planned message : messages) {
                Case c = new Case(message);
                Instant at = message.byItself() ? message.receivedAt()
                        : message.receivedAt().plusSeconds(60L * (2 + c.random.nextInt(40)));
                schedule(at, () -> arrive(c));
            }
            return messages.size();
        }

        void untilTheEnd(Instant until) {
            lastMailBefore = outbox.lastId();
            lastSmsBefore = sms.lastId();
            runtimeService.createProcessInstanceQuery().processDefinitionKey(WEEKLY_LISTS).list()
                    .forEach(p -> weeklyRuns.add(p.getId()));
            YearMonth month = null;
            while (!agenda.isEmpty() && !agenda.peek().at().isAfter(until)) {
                LocalDate day = agenda.peek().at().atZone(calendar.zone()).toLocalDate();
                YearMonth dayMonth = YearMonth.from(day);
                if (month != null && !month.equals(dayMonth)) {
                    log.info("Demo year: {} done, {} messages", month.getMonth().getDisplayName(TextStyle.FULL,
                            Locale.ENGLISH), arrived);
                }
                month = dayMonth;
                Instant dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
                Instant end = dayEnd.isBefore(until) ? dayEnd : until;
                transaction.executeWithoutResult(status -> {
                    while (!agenda.isEmpty() && agenda.peek().at().isBefore(dayEnd) && !agenda.peek().at().isAfter(until)) {
                        Step step = agenda.poll();
                        fireTimersUntil(step.at());
                        at(step.at());
                        step.action().run();
                        // The delegates load each message anew: a day's worth of them would slow every query.
                        entityManager.flush();
                        entityManager.clear();
                    }
                    fireTimersUntil(end);
                    outbox.hold(lastMailBefore, HELD);
                    sms.hold(lastSmsBefore, HELD);
                });
            }
            transaction.executeWithoutResult(status -> {
                fireTimersUntil(until);
                outbox.hold(lastMailBefore, HELD);
                sms.hold(lastSmsBefore, HELD);
            });
        }

        // --- Time and jobs -----------------------------------------------------------------------

        void schedule(Instant at, Runnable action) {
            agenda.add(new Step(at, order++, action));
        }

        /** The engine clock never goes back during a drive. */
        void at(Instant time) {
            if (time.isAfter(ClockUtil.now().toInstant())) {
                ClockUtil.setCurrentTime(Date.from(time));
            }
        }

        /** Runs the timers of the driven processes that fall due up to {@code time}, each at its due time. */
        void fireTimersUntil(Instant time) {
            while (true) {
                Job due = managementService.createJobQuery().timers().duedateLowerThan(Date.from(time.plusMillis(1)))
                        .orderByJobDuedate().asc().list().stream().filter(this::isDriven).findFirst().orElse(null);
                if (due == null) {
                    return;
                }
                at(due.getDuedate().toInstant());
                managementService.executeJob(due.getId());
                if (due.getProcessInstanceId() == null) {
                    newWeeklyRuns();
                } else {
                    advance(cases.get(due.getProcessInstanceId()));
                }
            }
        }

        private boolean isDriven(Job job) {
            return job.getProcessInstanceId() == null ? WEEKLY_TIMER.equals(job.getProcessDefinitionKey())
                    : cases.containsKey(job.getProcessInstanceId());
        }

        /** The jobs of a case that may run now: the continuation after registration, a timer already due. */
        void runJobs(Case c) {
            List<Job> jobs;
            while (!(jobs = managementService.createJobQuery().processInstanceId(c.instanceId).executable().list())
                    .isEmpty()) {
                jobs.forEach(job -> managementService.executeJob(job.getId()));
            }
        }

        // --- A message's lifecycle -----------------------------------------------------------------

        void arrive(Case c) {
            DemoCitizens.Planned planned = c.planned;
            Message message;
            if (planned.byItself()) {
                // The public card, the postbox and Open311 register without a user.
                message = registration.receive(planned.input());
            } else {
                message = as(organisation.serviceCentre().members().get(0),
                        () -> registration.register(planned.input()));
            }
            c.instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(message.getCaseNumber())
                    .singleResult().getId();
            cases.put(c.instanceId, c);
            arrived++;
            // The lifecycle continues asynchronously after registration: the job executor's work, done here.
            runJobs(c);
            advance(c);
        }

        /**
         * Plans the completion of the task the case waits in. Its timers run from the agenda, in time
         * order; the only other job of the lifecycle is the continuation after registration.
         */
        void advance(Case c) {
            Task task = taskService.createTaskQuery().processInstanceId(c.instanceId).singleResult();
            if (task == null) {
                c.ended = true;
                c.pendingTask = null;
                return;
            }
            if (task.getId().equals(c.pendingTask)) {
                return;
            }
            c.pendingTask = task.getId();
            Instant now = ClockUtil.now().toInstant();
            DemoCitizens.Fate fate = c.fate();
            switch (task.getTaskDefinitionKey()) {
                case "Task_RegisterMessage" -> complete(c, task, calendar.workingTime(now, 0, 0, c.random),
                        candidate(task), registrationForm(c));
                case "Task_AssignCaseworker" -> {
                    c.unitCode = (String) runtimeService.getVariable(c.instanceId, "unitCode");
                    complete(c, task, calendar.workingTime(now, 0, 1, c.random), candidate(task),
                            Map.of("caseworker", caseworker(c)));
                }
                case "Task_CallSubmitter" -> {
                    Instant at = c.calls == 0 ? answerTime(c, task, now, 0, 2)
                            : calendar.workingTime(now, c.random.nextInt(3) == 0 ? 0 : 1, 2, c.random);
                    boolean reached = c.calls + 1 == fate.reachedOnCall();
                    Map<String, Object> values = reached ? reaction(c, Map.of("reached", "true"))
                            : Map.of("reached", "false");
                    schedule(at, () -> {
                        if (task.getId().equals(c.pendingTask)) {
                            c.calls++;
                            asUser(task.getAssignee(), () -> taskService.complete(task.getId(), values));
                            advance(c);
                        }
                    });
                }
                case "Task_RecordCallback" -> {
                    Instant at = calendar.workingTime(now, 1, 5, c.random);
                    // A submitter who does not call back before the deadline is closed as not reached by its timer.
                    if (fate.callsBack() && at.isBefore(task.getDueDate().toInstant().minus(Duration.ofHours(1)))) {
                        complete(c, task, at, task.getAssignee(), reaction(c, Map.of()));
                    }
                }
                case "Task_AnswerSubmitter" -> complete(c, task, answerTime(c, task, now, 1, 4), task.getAssignee(),
                        writtenAnswer(c));
                case "Task_HandlePoliticalMessage" -> complete(c, task, answerTime(c, task, now, 1, 6),
                        candidate(task), politicalAnswer(c));
                case "Task_ContactAboutOtherAuthority" -> complete(c, task, answerTime(c, task, now, 0, 2),
                        candidate(task), referral(c));
                case "Task_ReviewFollowUp" -> complete(c, task, calendar.workingTime(now, 0, 2, c.random),
                        candidate(task), Map.of());
                default -> log.warn("Demo year: no one completes {} in the demo", task.getTaskDefinitionKey());
            }
        }

        /** When the answer comes: in time, or (as the case's fate says) days or weeks after the deadline. */
        Instant answerTime(Case c, Task task, Instant now, int minDays, int maxDays) {
            Instant deadline = task.getDueDate() == null ? now : task.getDueDate().toInstant();
            Instant from = deadline.isAfter(now) ? deadline : now;
            return switch (c.fate().lateness()) {
                case 1 -> calendar.workingTime(from, 2, 6, c.random);
                case 2 -> calendar.workingTime(from, 14, 20, c.random);
                default -> calendar.workingTime(now, minDays, maxDays, c.random);
            };
        }

        void complete(Case c, Task task, Instant at, String user, Map<String, Object> values) {
            schedule(at, () -> {
                if (task.getId().equals(c.pendingTask)) {
                    asUser(user, () -> taskService.complete(task.getId(), values));
                    advance(c);
                }
            });
        }

        // --- The forms' values -----------------------------------------------------------------------

        Map<String, Object> registrationForm(Case c) {
            var input = c.planned.input();
            var submitter = input.submitter();
            Map<String, Object> form = new HashMap<>();
            form.put("channel", input.channel());
            form.put("receivedAt", input.receivedAt());
            form.put("text", input.text());
            form.put("kind", input.kind());
            form.put("subjectArea", input.subjectArea());
            form.put("political", input.political());
            form.put("external", input.external());
            form.put("submitterName", submitter == null ? "" : nullToEmpty(submitter.name()));
            form.put("submitterAddress", submitter == null ? "" : nullToEmpty(submitter.address()));
            form.put("submitterPhone", submitter == null ? "" : nullToEmpty(submitter.phone()));
            form.put("submitterEmail", submitter == null ? "" : nullToEmpty(submitter.email()));
            return form;
        }

        String caseworker(Case c) {
            Organisation.Unit unit = organisation.unit(c.unitCode).orElseThrow();
            if (!unit.caseworkers().isEmpty() && (c.fate().toCaseworker() || unit.leaders().isEmpty())) {
                return unit.caseworkers().get(c.random.nextInt(unit.caseworkers().size()));
            }
            if (unit.leaders().isEmpty()) {
                throw new IllegalStateException("Demo year: unit " + unit.code() + " has no one to hand messages to");
            }
            return unit.leaders().get(0);
        }

        /** The answer given on the phone and how the submitter took it. */
        Map<String, Object> reaction(Case c, Map<String, Object> more) {
            DemoCitizens.Fate fate = c.fate();
            Map<String, Object> values = new HashMap<>(more);
            values.put("answer", fate.answer());
            values.put("satisfaction", fate.satisfaction());
            if (fate.dissatisfactionReason() != null) {
                values.put("dissatisfactionReason", fate.dissatisfactionReason());
                values.put("alternativeProposal", fate.alternativeProposal());
            }
            return values;
        }

        Map<String, Object> writtenAnswer(Case c) {
            var submitter = c.planned.input().submitter();
            if (submitter == null) {
                return Map.of("answer", DemoTexts.pick(DemoTexts.WRITTEN_ANSWERS_ANONYMOUS, c.random),
                        "answeredBy", "NONE");
            }
            return Map.of("answer", c.fate().answer(), "answeredBy", submitter.email() != null ? "EMAIL" : "LETTER");
        }

        Map<String, Object> politicalAnswer(Case c) {
            var submitter = c.planned.input().submitter();
            boolean byPhone = submitter != null && submitter.phone() != null && c.random.nextInt(3) == 0;
            if (byPhone) {
                return reaction(c, Map.of("answeredBy", "PHONE"));
            }
            String how = submitter == null || c.random.nextBoolean() ? "POLITICAL"
                    : submitter.email() != null ? "EMAIL" : submitter.address() != null ? "LETTER" : "POLITICAL";
            return Map.of("answeredBy", how, "answer", c.fate().answer());
        }

        Map<String, Object> referral(Case c) {
            var submitter = c.planned.input().submitter();
            String how = submitter == null ? "NONE" : submitter.phone() != null ? "PHONE"
                    : submitter.email() != null ? "EMAIL" : "LETTER";
            return Map.of("answer", c.fate().answer(), "answeredBy", how);
        }

        // --- The weekly due lists ---------------------------------------------------------------

        /** The Monday timer started this week's lists: the service centre, the units and the chief executive work them. */
        void newWeeklyRuns() {
            Instant now = ClockUtil.now().toInstant();
            for (var instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(WEEKLY_LISTS).list()) {
                if (!weeklyRuns.add(instance.getId())) {
                    continue;
                }
                for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
                    switch (task.getTaskDefinitionKey()) {
                        case "Task_ReviewDueList" -> completeWeekly(task, calendar.workingTime(now, 0, 0, random),
                                Map.of());
                        case "Task_ClearOverdue" -> completeWeekly(task, calendar.workingTime(now, 3, 4, random),
                                Map.of("comment", DemoTexts.pick(DemoTexts.CLEAR_UP_COMMENTS, random)));
                        case "Task_InstructUnits" -> {
                            // The chief executive instructs most weeks; a few instructions are still to come.
                            if (random.nextInt(10) < 8) {
                                completeWeekly(task, calendar.workingTime(now, 1, 3, random),
                                        Map.of("instruction", DemoTexts.pick(DemoTexts.INSTRUCTIONS, random)));
                            }
                        }
                        default -> log.warn("Demo year: no one completes {} in the demo", task.getTaskDefinitionKey());
                    }
                }
            }
        }

        void completeWeekly(Task task, Instant at, Map<String, Object> values) {
            String user = candidate(task);
            schedule(at, () -> asUser(user, () -> taskService.complete(task.getId(), values)));
        }

        // --- Users ---------------------------------------------------------------------------------

        /** The user who takes a task from its candidate group: the group's first member. */
        String candidate(Task task) {
            String group = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No candidate group on " + task.getTaskDefinitionKey()));
            return memberOf.computeIfAbsent(group, g -> identityService.createUserQuery().memberOfGroup(g)
                    .orderByUserId().asc().list().stream().map(User::getId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo year: no one in group " + g)));
        }

        <T> T as(String user, Supplier<T> work) {
            identityService.setAuthentication(user, groupsOf.computeIfAbsent(user, u -> identityService
                    .createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
            try {
                return work.get();
            } finally {
                identityService.clearAuthentication();
            }
        }

        void asUser(String user, Runnable work) {
            as(user, () -> {
                work.run();
                return null;
            });
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
