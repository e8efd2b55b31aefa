import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load driver for .ci/benchmark-lifecycle: CLIENTS concurrent clients each drive whole cases through
 * REST, one after the other, for SECONDS after a warm-up, and it prints one summary block: cases and
 * cases/s, p50/p99 per step, the app's CPU per case (with --pid), the engine's history and runtime rows
 * per case, and the HTTP status classes (any 5xx loudly, with its answer).
 *
 * A case as Medvirk's users work it: the service centre's system registers the message
 * (POST /api/messages), the job executor routes it, the unit leader vegleder hands it out to kari
 * («Fordel melding»), kari calls and reaches the submitter, who is satisfied («Ring innmelder»), and
 * the service centre reviews it («Se tilbakemelding»), which closes it. Against the bare engine
 * (.ci/bare-engine) the same users start an instance with the message as variables and complete its
 * three user tasks. Each task as Tasklist works it: the user's task list until the task is there
 * (polled: a routing left to the job executor comes later), the form's variables, then submit-form; each user
 * with HTTP Basic, password demo. Rows are counted over the engine's REST API as admin.
 *
 * java .ci/LifecycleLoad.java --app medvirk|bare --url http://127.0.0.1:PORT --clients N --seconds S
 *      [--pid JAVA_PID] [--warmup W (10)]
 *
 * With --steps N --pid JAVA_PID instead of --clients and --seconds: the app's CPU per step of a case ({@link #steps}).
 */
public class LifecycleLoad {

    private static final List<String> STEPS = List.of("register", "routed (wait)", "hand out", "call", "review",
            "whole case");
    private static final Map<String, String> HISTORY = table(
            // Deleted ones too: a variable removed during the case stays in the table, marked DELETED.
            "ACT_HI_VARINST", "/history/variable-instance/count?includeDeleted=true",
            "ACT_HI_DETAIL", "/history/detail/count",
            "ACT_HI_ACTINST", "/history/activity-instance/count",
            "ACT_HI_TASKINST", "/history/task/count",
            "ACT_HI_IDENTITYLINK", "/history/identity-link-log/count",
            "ACT_HI_JOB_LOG", "/history/job-log/count",
            "ACT_HI_OP_LOG", "/history/user-operation/count",
            "ACT_HI_PROCINST", "/history/process-instance/count",
            "ACT_HI_DECINST", "/history/decision-instance/count");
    private static final Map<String, String> RUNTIME = table(
            "ACT_RU_VARIABLE", "/variable-instance/count",
            "ACT_RU_TASK", "/task/count",
            "ACT_RU_EXECUTION", "/execution/count",
            "ACT_RU_JOB", "/job/count",
            "ACT_RU_EVENT_SUBSCR", "/event-subscription/count");
    private static final Pattern TASK_ID = Pattern.compile("[{,]\"id\":\"([^\"]+)\"");
    private static final Pattern TASK_NAME = Pattern.compile("\"name\":\"([^\"]*)\"");
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");
    private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);
    /** The case's three tasks in order: who works each, and what their form submits. */
    private static final List<List<String>> TASKS = List.of(
            List.of("vegleder", "{\"caseworker\":{\"value\":\"kari\"}}"),
            List.of("kari", "{\"reached\":{\"value\":\"true\"},\"answer\":{\"value\":\"Vi fyller hullet i uke 12.\"},"
                    + "\"satisfaction\":{\"value\":\"SATISFIED\"}}"),
            List.of("servicesenter", "{}"));

    private final boolean medvirk;
    private final String base;
    private final String nonce = Long.toString(System.currentTimeMillis() % 100_000_000, 36);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger serverErrorCount = new AtomicInteger();
    private final AtomicLong polls = new AtomicLong();

    LifecycleLoad(String app, String url) {
        if (!app.equals("medvirk") && !app.equals("bare")) {
            throw new IllegalArgumentException("--app is medvirk or bare");
        }
        this.medvirk = app.equals("medvirk");
        this.base = url.replaceAll("/$", "");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (options.keySet().containsAll(List.of("--app", "--url", "--steps", "--pid"))) {
            new LifecycleLoad(options.get("--app"), options.get("--url"))
                    .steps(Integer.parseInt(options.get("--steps")), Long.parseLong(options.get("--pid")));
            return;
        }
        if (!options.keySet().containsAll(List.of("--app", "--url", "--clients", "--seconds"))) {
            System.err.println("java .ci/LifecycleLoad.java --app medvirk|bare --url http://127.0.0.1:PORT --clients N"
                    + " --seconds S [--pid JAVA_PID] [--warmup W]\n"
                    + "java .ci/LifecycleLoad.java --app medvirk|bare --url http://127.0.0.1:PORT --steps N --pid JAVA_PID");
            System.exit(2);
        }
        var load = new LifecycleLoad(options.get("--app"), options.get("--url"));
        load.run(Integer.parseInt(options.get("--clients")), Integer.parseInt(options.get("--seconds")),
                Integer.parseInt(options.getOrDefault("--warmup", "10")),
                options.containsKey("--pid") ? Long.parseLong(options.get("--pid")) : -1);
    }

    /** What one client sees of one case: when each step ended, and whether it got through. */
    private static final class Case {
        final long[] took = new long[STEPS.size()];
        final List<String> path = new ArrayList<>();
        long started;
        long ended;
        String failure;
    }

    void run(int clients, int seconds, int warmUpSeconds, long pid) throws Exception {
        String loadBefore = loadAverage();
        var client = new Client();

        // One case alone first, on an idle app: its rows exactly, at each task and when closed.
        Map<String, Long> historyBefore = counts(client, HISTORY);
        Map<String, Long> runtimeBefore = counts(client, RUNTIME);
        List<Map<String, Long>> runtimeAtTasks = new ArrayList<>();
        Case probe = runCase(client, "probe", () -> runtimeAtTasks.add(minus(counts(client, RUNTIME), runtimeBefore)));
        if (probe.failure != null) {
            throw new IllegalStateException("the first case failed: " + probe.failure + serverErrorReport());
        }
        Map<String, Long> historyOfOne = minus(counts(client, HISTORY), historyBefore);
        Map<String, Long> runtimeLeft = minus(counts(client, RUNTIME), runtimeBefore);

        Map<String, Long> historyAtStart = counts(client, HISTORY);
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmUpSeconds).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        List<Case> done = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int number = c;
            running.add(pool.submit(() -> {
                var own = new Client();
                for (int i = 0; System.nanoTime() < end; i++) {
                    done.add(runCase(own, number + "-" + i, () -> { }));
                }
                return null;
            }));
        }
        long[] cpu = new long[2];
        sleepUntil(measureFrom);
        cpu[0] = cpuMillis(pid);
        Map<String, Long> compilerFrom = compilerThreadMillis(pid);
        sleepUntil(end);
        cpu[1] = cpuMillis(pid);
        long compiler = compilerThreadMillis(pid).entrySet().stream()
                .mapToLong(e -> e.getValue() - compilerFrom.getOrDefault(e.getKey(), 0L)).sum();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        Map<String, Long> historyOfRun = minus(counts(client, HISTORY), historyAtStart);
        String loadAfter = loadAverage();

        List<Case> cases = new ArrayList<>(done);
        long closed = cases.stream().filter(k -> k.failure == null).count();
        List<Case> measured = cases.stream().filter(k -> k.failure == null && k.ended >= measureFrom && k.ended <= end)
                .toList();
        List<Case> timed = cases.stream().filter(k -> k.failure == null && k.started >= measureFrom).toList();
        List<String> failures = cases.stream().filter(k -> k.failure != null).map(k -> k.failure).toList();

        var out = new StringBuilder();
        String app = medvirk ? "Medvirk" : "bare engine";
        out.append(String.format("=== %s, %d client%s, %d s measured after %d s warm-up, %s%n", app, clients,
                clients == 1 ? "" : "s", seconds, warmUpSeconds, base));
        out.append(String.format("load average before %s, after %s%n", loadBefore, loadAfter));
        out.append(String.format("cases %d closed in the measured time, %.2f cases/s; %d closed in all, %d failed%n",
                measured.size(), measured.size() / (double) seconds, closed, failures.size()));
        out.append(String.format("%-14s %9s %9s %9s%n", "step", "p50 ms", "p99 ms", "max ms"));
        for (int s = 0; s < STEPS.size(); s++) {
            int step = s;
            List<Long> took = timed.stream().map(k -> k.took[step]).sorted().toList();
            out.append(String.format("%-14s %9.1f %9.1f %9.1f%n", STEPS.get(s), ms(took, 0.50), ms(took, 0.99),
                    ms(took, 1.0)));
        }
        double cpuPerCase = pid > 0 && !measured.isEmpty() ? (cpu[1] - cpu[0]) / (double) measured.size() : Double.NaN;
        double workPerCase = pid > 0 && !measured.isEmpty()
                ? (cpu[1] - cpu[0] - compiler) / (double) measured.size() : Double.NaN;
        if (pid > 0) {
            out.append(String.format("app CPU per case %.1f ms (pid %d: %d ms user+system over the measured %d s, %.2f"
                    + " cores); %.1f ms without the JIT compiler's threads (%d ms, %.0f %% of it)%n", cpuPerCase, pid,
                    cpu[1] - cpu[0], seconds, (cpu[1] - cpu[0]) / 1000.0 / seconds, workPerCase, compiler,
                    100.0 * compiler / Math.max(1, cpu[1] - cpu[0])));
        }
        out.append(String.format("polls of a task list per case %.1f%n", polls.get() / (double) (cases.size() + 1)));
        out.append("one case alone, path: ").append(String.join(" -> ", probe.path)).append('\n');
        out.append("  history rows of it: ").append(rows(historyOfOne)).append('\n');
        String[] at = {"at hand out", "at call", "at review"};
        for (int t = 0; t < runtimeAtTasks.size(); t++) {
            out.append(String.format("  runtime rows %s: %s%n", t < at.length ? at[t] : "at task " + (t + 1),
                    rows(runtimeAtTasks.get(t))));
        }
        out.append("  runtime rows left when closed: ").append(rows(runtimeLeft)).append('\n');
        double perCase = closed == 0 ? Double.NaN : 1.0 / closed;
        out.append(String.format("history rows per case over the run (%d cases): %s%n", closed,
                historyOfRun.entrySet().stream().map(e -> String.format("%s %.1f", e.getKey(), e.getValue() * perCase))
                        .collect(Collectors.joining(", "))));
        Map<String, Long> classes = new TreeMap<>();
        statuses.forEach((status, n) -> classes.merge(status / 100 + "xx", n.sum(), Long::sum));
        out.append("HTTP answers: ").append(classes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "))).append("; by status ").append(new TreeMap<>(statuses.entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())))).append('\n');
        if (!failures.isEmpty()) {
            out.append("failed cases (first 5): ").append(failures.stream().limit(5).toList()).append('\n');
        }
        if (!refusals.isEmpty()) {
            out.append("4xx answers (first 3): ").append(refusals.stream().limit(3).toList()).append('\n');
        }
        out.append(serverErrorReport());
        long historyThree = historyOfOne.get("ACT_HI_VARINST") + historyOfOne.get("ACT_HI_DETAIL")
                + historyOfOne.get("ACT_HI_ACTINST");
        long historyAll = historyOfOne.values().stream().mapToLong(Long::longValue).sum();
        out.append(String.format("RESULT app=%s clients=%d closed=%d cases=%d cases_per_s=%.2f cpu_ms_per_case=%.1f"
                        + " work_ms_per_case=%.1f register_p50=%.1f case_p50=%.1f case_p99=%.1f hi_var=%d hi_detail=%d"
                        + " hi_act=%d hi_three=%d hi_all=%d status_5xx=%d failed=%d%n",
                medvirk ? "medvirk" : "bare", clients, closed, measured.size(), measured.size() / (double) seconds, cpuPerCase,
                workPerCase,
                ms(timed.stream().map(k -> k.took[0]).sorted().toList(), 0.5),
                ms(timed.stream().map(k -> k.took[5]).sorted().toList(), 0.5),
                ms(timed.stream().map(k -> k.took[5]).sorted().toList(), 0.99),
                historyOfOne.get("ACT_HI_VARINST"), historyOfOne.get("ACT_HI_DETAIL"),
                historyOfOne.get("ACT_HI_ACTINST"), historyThree, historyAll, serverErrorCount.get(), failures.size()));
        System.out.print(out);
    }

    private String serverErrorReport() {
        if (serverErrorCount.get() == 0) {
            return "";
        }
        return "!!! " + serverErrorCount.get() + " HTTP 5xx answer(s) !!! first ones:\n"
                + serverErrors.stream().limit(5).map(e -> "!!! " + e + "\n").collect(Collectors.joining());
    }

    /** One case from registration to close; {@code atEachTask} runs when a task has appeared. */
    private Case runCase(Client http, String label, Runnable atEachTask) {
        var k = new Case();
        k.started = System.nanoTime();
        try {
            long t = System.nanoTime();
            String key = register(http, label);
            k.took[0] = System.nanoTime() - t;
            t = System.nanoTime();
            String task = waitForTask(http, "vegleder", key, k);
            k.took[1] = System.nanoTime() - t;
            atEachTask.run();
            t = System.nanoTime();
            work(http, TASKS.get(0), task);
            k.took[2] = System.nanoTime() - t;
            task = waitForTask(http, "kari", key, k);
            atEachTask.run();
            t = System.nanoTime();
            work(http, TASKS.get(1), task);
            k.took[3] = System.nanoTime() - t;
            task = waitForTask(http, "servicesenter", key, k);
            atEachTask.run();
            t = System.nanoTime();
            work(http, TASKS.get(2), task);
            // Whatever else the service centre has on the case until it is closed (nothing, today).
            for (String more; (more = firstTask(http, "servicesenter", key, k)) != null; ) {
                work(http, TASKS.get(2), more);
            }
            k.took[4] = System.nanoTime() - t;
        } catch (IllegalStateException | IOException e) {
            k.failure = label + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            k.failure = label + ": interrupted";
        }
        k.ended = System.nanoTime();
        k.took[5] = k.ended - k.started;
        return k;
    }

    private String register(Client http, String label) throws IOException, InterruptedException {
        String text = "Lastmelding " + nonce + "-" + label + ": hull i veien ved skolen.";
        if (medvirk) {
            String body = http.expect(201, "servicesenter", "POST", "/api/messages", "{\"channel\":\"PHONE\","
                    + "\"text\":\"" + text + "\",\"kind\":\"COMPLAINT\",\"subjectArea\":\"Vei og trafikk\","
                    + "\"submitter\":{\"name\":\"Last Testesen\",\"phone\":\"912 34 567\"}}");
            return find(CASE_NUMBER, body, "no caseNumber in the registration's answer");
        }
        String key = "L-" + nonce + "-" + label;
        http.expect(200, "servicesenter", "POST", "/engine-rest/process-definition/key/bare-lifecycle/start",
                "{\"businessKey\":\"" + key + "\",\"variables\":{\"channel\":{\"value\":\"PHONE\"},\"text\":{\"value\":\""
                        + text + "\"},\"kind\":{\"value\":\"COMPLAINT\"},\"subjectArea\":{\"value\":\"Vei og trafikk\"},"
                        + "\"submitterName\":{\"value\":\"Last Testesen\"},\"submitterPhone\":{\"value\":\"912 34 567\"}}}");
        return key;
    }

    /** Polls the user's task list for the case until a task is there, as a user refreshing Tasklist would. */
    private String waitForTask(Client http, String user, String key, Case k) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TASK_TIMEOUT.toNanos();
        long pause = 5;
        while (true) {
            String task = firstTask(http, user, key, k);
            if (task != null) {
                return task;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no task for " + user + " on " + key + " after " + TASK_TIMEOUT);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 100);
        }
    }

    private String firstTask(Client http, String user, String key, Case k) throws IOException, InterruptedException {
        polls.incrementAndGet();
        String list = http.expect(200, user, "GET", "/engine-rest/task?processInstanceBusinessKey="
                + key.replace("/", "%2F") + "&sortBy=created&sortOrder=asc&firstResult=0&maxResults=15", null);
        Matcher id = TASK_ID.matcher(list);
        if (!id.find()) {
            return null;
        }
        Matcher name = TASK_NAME.matcher(list);
        k.path.add(user + ": " + (name.find() ? name.group(1) : "?"));
        return id.group(1);
    }

    /** Opens the task's form (its variables, as Tasklist reads them) and submits it. */
    private void work(Client http, List<String> userAndAnswer, String task) throws IOException, InterruptedException {
        openForm(http, userAndAnswer.get(0), task);
        submit(http, userAndAnswer.get(0), task, userAndAnswer.get(1));
    }

    private void openForm(Client http, String user, String task) throws IOException, InterruptedException {
        http.expect(200, user, "GET", "/engine-rest/task/" + task + "/form-variables?deserializeValues=false", null);
    }

    private void submit(Client http, String user, String task, String variables) throws IOException, InterruptedException {
        http.expect(204, user, "POST", "/engine-rest/task/" + task + "/submit-form", "{\"variables\":" + variables + "}");
    }

    /**
     * The app's CPU per step of a case: {@code n} cases taken through each step together by one client (all
     * registered, then each task's list, form and submit for all of them), the CPU the app used over a step divided
     * by {@code n}. A whole-case figure hides which requests cost; this is what says it (docs/BENCHMARKS.md).
     */
    void steps(int n, long pid) throws Exception {
        var http = new Client();
        Map<String, Double> cpu = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        long before = cpuMillis(pid);
        for (int i = 0; i < n; i++) {
            keys.add(register(http, "step-" + i));
        }
        before = record(cpu, "register", before, pid, n);
        for (List<String> userAndAnswer : TASKS) {
            String user = userAndAnswer.get(0);
            List<String> tasks = new ArrayList<>();
            for (String key : keys) {
                tasks.add(waitForTask(http, user, key, new Case()));
            }
            before = record(cpu, user + " list", before, pid, n);
            for (String task : tasks) {
                openForm(http, user, task);
            }
            before = record(cpu, user + " form", before, pid, n);
            for (String task : tasks) {
                submit(http, user, task, userAndAnswer.get(1));
            }
            before = record(cpu, user + " submit", before, pid, n);
        }
        double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("=== %s, CPU ms per step of a case, %d cases, one client, %s%n", medvirk ? "Medvirk" : "bare engine",
                n, base);
        cpu.forEach((step, ms) -> System.out.printf("%-22s %6.2f%n", step, ms));
        System.out.printf("%-22s %6.2f (task-list polls %d for %d cases)%n", "a case", total, polls.get(), n);
        System.out.print(serverErrorReport());
    }

    /** Puts the CPU used since {@code before}, per case, under the step's name; the CPU now, for the next step. */
    private static long record(Map<String, Double> cpu, String step, long before, long pid, int n) throws IOException {
        long now = cpuMillis(pid);
        cpu.put(step, (now - before) / (double) n);
        return now;
    }

    private Map<String, Long> counts(Client http, Map<String, String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach((table, path) -> {
            try {
                counts.put(table, Long.parseLong(find(COUNT, http.expect(200, "admin", "GET", "/engine-rest" + path,
                        null), "no count from " + path)));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        return counts;
    }

    /** One user agent's connection (HTTP/1.1 keep-alive), counting every answer's status. */
    private final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        String expect(int status, String user, String method, String path, String json)
                throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                            .getBytes(StandardCharsets.UTF_8)));
            if (json != null) {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int got = response.statusCode();
            statuses.computeIfAbsent(got, s -> new LongAdder()).increment();
            if (got == status) {
                return response.body();
            }
            String what = got + " on " + method + " " + path.replaceAll("\\?.*", "") + " as " + user + ": "
                    + abbreviate(response.body());
            if (got >= 500) {
                serverErrorCount.incrementAndGet();
                serverErrors.add(what);
            } else {
                refusals.add(what);
            }
            throw new IllegalStateException(what);
        }
    }

    private static String find(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(otherwise + ": " + abbreviate(text));
        }
        return m.group(1);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "…" : oneLine;
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> delta = new LinkedHashMap<>();
        after.forEach((table, n) -> delta.put(table, n - before.getOrDefault(table, 0L)));
        return delta;
    }

    private static String rows(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + " (total " + counts.values().stream().mapToLong(Long::longValue).sum() + ")";
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** utime + stime of the process, in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        if (pid <= 0) {
            return 0;
        }
        return statMillis(Files.readString(Path.of("/proc/" + pid + "/stat")));
    }

    /** utime + stime of a process's or thread's stat line, in ms. */
    private static long statMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS;
    }

    /**
     * utime + stime of each of the process's JIT compiler threads (C1, C2), in ms by thread id. What they spend is the
     * JIT still compiling the app's code, once per process, not work a case does: Medvirk, with more code on its
     * paths, spent a tenth to a third of its CPU there after ten minutes of load, the bare app less.
     */
    private static Map<String, Long> compilerThreadMillis(long pid) throws IOException {
        Map<String, Long> threads = new HashMap<>();
        if (pid <= 0) {
            return threads;
        }
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.matches("C[12] CompilerThre.*")) {
                    threads.put(task.getFileName().toString(), statMillis(stat));
                }
            }
        }
        return threads;
    }

    private static final long CLOCK_TICKS = clockTicks();

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            return 100;
        }
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
    }
}
