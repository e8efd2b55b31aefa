import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times what Tasklist asks the engine for when a caseworker opens the shared filters, a task's form, and
 * completes a task: the same requests as the browser sends (Camunda 7.24 Tasklist, copied from its script),
 * through the webapps' API with a logged-in session and its CSRF token, one after the other as one user
 * does. Used by .ci/benchmark-tasks; prints one Markdown row per request: median, p95 and max.
 *
 *   java .ci/TasklistLoad.java http://localhost:18120 kari demo LABEL REQUESTS COMPLETIONS
 *
 * COMPLETIONS tasks of the user's own real cases (this year's case numbers, "Ring innmelder") are opened and
 * completed as "not reached" (a next call attempt follows), so the figures of the list do not include them.
 */
public class TasklistLoad {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String HAL = "application/hal+json, application/json; q=0.5";

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final String base;

    TasklistLoad(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        String label = args[3];
        int requests = Integer.parseInt(args[4]);
        int completions = Integer.parseInt(args[5]);
        TasklistLoad tasklist = new TasklistLoad(base);
        tasklist.login(user, password);

        String filters = tasklist.get(ENGINE + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task", "application/json");
        String unit = filterId(filters, "Enhetens oppgaver");
        String overdue = filterId(filters, "Forfalte oppgaver");
        // Tasklist's first page of a filter: sorted as Medvirk's Tasklist script sets it, the filter's
        // variables embedded in the HAL answer, which also carries the count.
        String page = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],"
                + "\"active\":true}";
        String listPath = "/list?firstResult=0&maxResults=15";

        String unitPage = tasklist.post(ENGINE + "/filter/" + unit + listPath, page, HAL);
        List<String> listed = taskIds(unitPage);

        List<String> rows = new ArrayList<>();
        rows.add(tasklist.time(label, "Enhetens oppgaver: first 15 with variables", requests,
                () -> tasklist.post(ENGINE + "/filter/" + unit + listPath, page, HAL)));
        rows.add(tasklist.time(label, "Enhetens oppgaver: count", requests,
                () -> tasklist.get(ENGINE + "/filter/" + unit + "/count", "application/json")));
        rows.add(tasklist.time(label, "Forfalte oppgaver: first 15 with variables", requests,
                () -> tasklist.post(ENGINE + "/filter/" + overdue + listPath, page, HAL)));
        rows.add(tasklist.time(label, "Forfalte oppgaver: count", requests,
                () -> tasklist.get(ENGINE + "/filter/" + overdue + "/count", "application/json")));
        int[] next = {0};
        rows.add(tasklist.time(label, "open a task's form (task, form, deployed form, variables)", requests,
                () -> tasklist.openForm(listed.get(next[0]++ % listed.size()))));

        // The user's own real cases: their call task, completed as "not reached".
        String year = String.valueOf(java.time.Year.now().getValue() % 100);
        String own = tasklist.get(ENGINE + "/task?assignee=" + user + "&taskDefinitionKey=Task_CallSubmitter"
                + "&processInstanceBusinessKeyLike=" + URLEncoder.encode(year + "/%", StandardCharsets.UTF_8)
                + "&firstResult=0&maxResults=" + completions, "application/json");
        List<String> toComplete = taskIds(own);
        if (!toComplete.isEmpty()) {
            int[] done = {0};
            rows.add(tasklist.time(label, "complete a task (submit-form)", toComplete.size(), () -> {
                String id = toComplete.get(done[0]++);
                return tasklist.post(ENGINE + "/task/" + id + "/submit-form",
                        "{\"variables\":{\"reached\":{\"value\":false}}}", "application/json");
            }, () -> tasklist.openForm(toComplete.get(done[0]))));
        }
        rows.forEach(System.out::println);
    }

    private String openForm(String taskId) throws Exception {
        get(ENGINE + "/task/" + taskId, HAL);
        get(ENGINE + "/task/" + taskId + "/form", "application/json");
        get(ENGINE + "/task/" + taskId + "/deployed-form", "application/json");
        return get(ENGINE + "/task/" + taskId + "/form-variables?deserializeValues=false", "application/json");
    }

    interface Call {
        String run() throws Exception;
    }

    private String time(String label, String name, int times, Call call) throws Exception {
        return time(label, name, times, call, null);
    }

    /** 3 warm-up calls (unless each call changes state), then TIMES timed ones; before runs untimed before each. */
    private String time(String label, String name, int times, Call call, Call before) throws Exception {
        if (before == null) {
            for (int i = 0; i < 3; i++) {
                call.run();
            }
        }
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            if (before != null) {
                before.run();
            }
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = times % 2 == 1 ? ms[times / 2] : (ms[times / 2 - 1] + ms[times / 2]) / 2;
        double p95 = ms[(int) Math.ceil(times * 0.95) - 1];
        return String.format("| %s | %s | %.0f ms | %.0f ms | %.0f ms |", label, name, median, p95, ms[times - 1]);
    }

    private void login(String user, String password) throws Exception {
        get("/camunda/app/tasklist/default/", "text/html");
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
        // The login starts a new session, which gets its CSRF token with its first GET.
        get("/camunda/api/admin/auth/user/default", "application/json");
    }

    private String get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    private String post(String path, String json, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals("XSRF-TOKEN")) {
                request.header("X-XSRF-TOKEN", cookie.getValue());
            }
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " from " + response.request().uri() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }

    private static String filterId(String filters, String name) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"[^}]*?\"name\":\"" + Pattern.quote(name) + "\"").matcher(filters);
        if (!m.find()) {
            throw new IllegalStateException("no filter " + name + " in " + filters);
        }
        return m.group(1);
    }

    /** The ids of the tasks in a list (plain JSON) or a HAL page: a task's id, a UUID, comes before its name. */
    private static List<String> taskIds(String body) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f]{8}-[0-9a-f-]{27})\",\"name\"").matcher(body);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
