import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for .ci/benchmark-intake: CLIENTS concurrent senders post messages to a running
 * Medvirk for SECONDS after a warm-up, through the public message card (each its own session and
 * CSRF token, as browsers) or the JSON API (as the service centre's system), and print the sustained
 * rate and the latency percentiles of the accepted messages.
 *
 * java .ci/IntakeLoad.java BASE_URL card|api CLIENTS SECONDS
 */
public class IntakeLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String channel = args[1];
        int clients = Integer.parseInt(args[2]);
        Duration measured = Duration.ofSeconds(Long.parseLong(args[3]));
        Duration warmUp = Duration.ofSeconds(10);

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger failures = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Future<?>> senders = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            senders.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                String token = channel.equals("card") ? token(http, base) : null;
                for (int i = 0; System.nanoTime() < end; i++) {
                    HttpRequest request = channel.equals("card") ? card(base, token, client, i) : api(base, client, i);
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - sent;
                    boolean accepted = response.statusCode() == (channel.equals("card") ? 302 : 201);
                    if (!accepted) {
                        failures.incrementAndGet();
                    } else if (sent >= measureFrom) {
                        latencies.add(took);
                    }
                }
                return null;
            }));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double seconds = measured.toMillis() / 1000.0;
        System.out.printf("%s, %d clients, %.0f s: %d messages, %.1f messages/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, refused %d%n",
                channel, clients, seconds, sorted.size(), sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.99),
                ms(sorted, 1.0), failures.get());
    }

    private static String token(HttpClient http, String base) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/melding")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /melding");
        }
        return token.group(1);
    }

    private static HttpRequest card(String base, String token, int client, int i) {
        String form = "_csrf=" + enc(token) + "&text=" + enc("Lastmelding " + client + "-" + i + ": gatelyset er mørkt.")
                + "&kind=COMPLAINT&subjectArea=Gatelys&name=&address=&phone=" + enc("912 34 567") + "&email=&website=";
        return HttpRequest.newBuilder(URI.create(base + "/melding"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static HttpRequest api(String base, int client, int i) {
        String json = "{\"channel\":\"PHONE\",\"text\":\"Lastmelding " + client + "-" + i + ": hull i veien.\","
                + "\"kind\":\"COMPLAINT\",\"subjectArea\":\"Vei og trafikk\","
                + "\"submitter\":{\"name\":\"Last Testesen\",\"phone\":\"912 34 567\"}}";
        String auth = Base64.getEncoder().encodeToString("servicesenter:demo".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
