import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driver of .ci/crash-test.
 *
 * drive BASE_URL CLIENTS SECONDS ACKS TAG: CLIENTS concurrent clients register messages through
 * POST /api/messages (as the service centre's system) until SECONDS have passed or the server is gone
 * (it is killed meanwhile); every acknowledged message (201) is appended to the file ACKS at once, as
 * "case number TAB text", and every other answer is counted by status.
 *
 * check BASE_URL ACKS: every acknowledged message must be there under its own case number with its own
 * text, and no case number may have been acknowledged twice. Exits 1 when one is not.
 */
public class CrashLoad {

    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"(\\d+/\\d+)\"");
    private static final Pattern TEXT = Pattern.compile("\"text\":\"([^\"]*)\"");
    private static final String AUTH = "Basic "
            + Base64.getEncoder().encodeToString("servicesenter:demo".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        if (args[0].equals("drive")) {
            drive(args[1], Integer.parseInt(args[2]), Duration.ofSeconds(Long.parseLong(args[3])), Path.of(args[4]), args[5]);
        } else {
            System.exit(check(args[1], Path.of(args[2])) ? 0 : 1);
        }
    }

    private static void drive(String base, int clients, Duration duration, Path acks, String tag) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + duration.toNanos();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> senders = new ArrayList<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acks, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                senders.add(pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String text = "Krasjtest " + tag + "-" + client + "-" + i + ": hull i veien.";
                        HttpResponse<String> response;
                        try {
                            response = http.send(register(base, text), HttpResponse.BodyHandlers.ofString());
                        } catch (IOException e) {
                            // Killed: this request's outcome is unknown, and no further request gets an answer.
                            answers.computeIfAbsent("no answer", k -> new AtomicInteger()).incrementAndGet();
                            return null;
                        }
                        if (response.statusCode() == 201) {
                            Matcher number = CASE_NUMBER.matcher(response.body());
                            if (!number.find()) {
                                throw new IllegalStateException("201 without a case number: " + response.body());
                            }
                            synchronized (out) {
                                out.println(number.group(1) + "\t" + text);
                                out.flush();
                            }
                        }
                        answers.computeIfAbsent(String.valueOf(response.statusCode()), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
        }
        pool.shutdown();
        System.out.println("drive " + tag + ", " + clients + " clients: answers " + new TreeMap<>(answers));
    }

    private static boolean check(String base, Path acks) throws Exception {
        List<String[]> acknowledged = Files.readAllLines(acks, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split("\t", 2)).toList();
        Map<String, Integer> times = new HashMap<>();
        acknowledged.forEach(a -> times.merge(a[0], 1, Integer::sum));
        List<String> twice = times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();

        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger found = new AtomicInteger();
        List<String> missing = new ArrayList<>();
        List<String> otherText = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> reads = new ArrayList<>();
        for (String[] a : acknowledged) {
            reads.add(pool.submit(() -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/messages/" + a[0]))
                        .header("Authorization", AUTH).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher text = TEXT.matcher(response.body());
                synchronized (missing) {
                    if (response.statusCode() == 404) {
                        missing.add(a[0]);
                    } else if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET " + a[0] + " answered " + response.statusCode());
                    } else if (!text.find() || !text.group(1).equals(a[1])) {
                        otherText.add(a[0]);
                    } else {
                        found.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> read : reads) {
            read.get();
        }
        pool.shutdown();
        System.out.printf("check: %d acknowledged, %d found with their text, %d missing %s, %d with another text %s, "
                        + "%d case numbers acknowledged twice %s%n", acknowledged.size(), found.get(), missing.size(),
                first(missing), otherText.size(), first(otherText), twice.size(), first(twice));
        return missing.isEmpty() && otherText.isEmpty() && twice.isEmpty();
    }

    private static HttpRequest register(String base, String text) {
        String json = "{\"channel\":\"PHONE\",\"text\":\"" + text + "\",\"kind\":\"COMPLAINT\","
                + "\"subjectArea\":\"Vei og trafikk\",\"submitter\":{\"name\":\"Krasj Testesen\",\"phone\":\"912 34 567\"}}";
        return HttpRequest.newBuilder(URI.create(base + "/api/messages"))
                .header("Content-Type", "application/json").header("Authorization", AUTH)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static List<String> first(List<String> caseNumbers) {
        return caseNumbers.subList(0, Math.min(5, caseNumbers.size()));
    }
}
