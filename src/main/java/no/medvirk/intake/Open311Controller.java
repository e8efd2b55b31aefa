package no.medvirk.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (<a href="http://wiki.open311.org/GeoReport_v2">the spec</a>), so that
 * citizens' reporting apps can send messages: services are the routing table's subject areas, a
 * request becomes a received message for the service centre, its case number is the
 * service_request_id ({@code requests/26/5.json} works as clients build it).
 */
@RestController
@RequestMapping(Open311Controller.BASE)
class Open311Controller {

    static final String BASE = "/open311/v2";

    private final Open311Services services;
    private final Open311Requests requests;
    private final Open311Clients clients;

    Open311Controller(Open311Services services, Open311Requests requests, Open311Clients clients) {
        this.services = services;
        this.requests = requests;
        this.clients = clients;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        String url = request.getRequestURL().toString().replaceFirst("/discovery\\.[a-z]+$", "");
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", url);
        endpoint.put("changeset", "2026-11-23T00:00:00+01:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-11-23T00:00:00+01:00");
        discovery.put("contact", "Servicesenteret i kommunen");
        discovery.put("key_service", "Nøkler gis av kommunens Medvirk-administrator (POST /api/open311/clients)");
        discovery.put("endpoints", List.of(endpoint));
        return Open311Format.of(format).object("discovery", discovery);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        List<Map<String, Object>> list = services.all().stream().map(s -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", s.code());
            service.put("service_name", s.name());
            service.put("description", "Meldinger til kommunen om " + s.name().toLowerCase());
            service.put("metadata", false);
            service.put("type", "realtime");
            service.put("keywords", "");
            service.put("group", "");
            return service;
        }).toList();
        return Open311Format.of(format).list(200, "services", list);
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
        Open311Format answer = Open311Format.of(format);
        services.byCode(code).orElseThrow(() -> new Open311Requests.Refused(404, "service_code not found"));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of());
        return answer.object("service_definition", definition);
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> submit(@PathVariable String format, @RequestParam Map<String, String> parameters) {
        Open311Format answer = Open311Format.of(format);
        long client = client(parameters.get("api_key"));
        return answer.list(201, "service_requests", List.of(requests.submit(client, parameters)));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> find(@PathVariable String format, @RequestParam Map<String, String> parameters) {
        Open311Format answer = Open311Format.of(format);
        long client = client(parameters.get("api_key"));
        String ids = parameters.get("service_request_id");
        Open311Requests.Filter filter = new Open311Requests.Filter(
                ids == null || ids.isBlank() ? List.of() : List.of(ids.split(",")).stream().map(String::strip).toList(),
                blankToNull(parameters.get("service_code")), date(parameters, "start_date"),
                date(parameters, "end_date"), blankToNull(parameters.get("status")));
        return answer.list(200, "service_requests", requests.find(client, filter));
    }

    @GetMapping("/requests/{year}/{number}.{format}")
    ResponseEntity<String> one(@PathVariable String year, @PathVariable String number, @PathVariable String format,
                               @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format answer = Open311Format.of(format);
        long client = client(apiKey);
        return answer.list(200, "service_requests", List.of(requests.one(client, year + "/" + number)
                .orElseThrow(() -> new Open311Requests.Refused(404, "service_request_id not found"))));
    }

    /** Errors the spec's way: a list of code and description, one per problem, in the format asked for. */
    @ExceptionHandler(Open311Requests.Refused.class)
    ResponseEntity<String> refused(Open311Requests.Refused refused, HttpServletRequest request) {
        Open311Format answer = request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        return answer.list(refused.status, "errors", refused.descriptions.stream().map(description -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", refused.status);
            error.put("description", description);
            return error;
        }).toList());
    }

    private long client(String apiKey) {
        return clients.client(apiKey).orElseThrow(() -> new Open311Requests.Refused(403,
                "api_key missing or not valid: ask the municipality for a key for your app"));
    }

    private static Instant date(Map<String, String> parameters, String name) {
        String value = blankToNull(parameters.get(name));
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Requests.Refused(400, name + " must be a W3C date-time, like 2026-11-23T08:00:00+01:00");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
