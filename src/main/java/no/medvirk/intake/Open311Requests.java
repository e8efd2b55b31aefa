package no.medvirk.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.message.Message;
import no.medvirk.message.MessageRegistration;
import no.medvirk.message.MessageRules;
import no.medvirk.message.MessageStatus;
import no.medvirk.message.Messages;
import no.medvirk.message.Place;
import no.medvirk.organisation.Organisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open311 service requests: a POST becomes a received message (channel OPEN311) for the service
 * centre; GET shows an app the requests it sent, with status, the unit responsible and the contact
 * deadline. The requester's name, phone and e-mail are never shown back.
 */
@Service
class Open311Requests {

    static final int MAX_RESULTS = 1000;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A request the spec's way refused: its HTTP status and a description of each problem. */
    static final class Refused extends RuntimeException {
        final int status;
        final List<String> descriptions;

        Refused(int status, String description) {
            this(status, List.of(description));
        }

        Refused(int status, List<String> descriptions) {
            super(String.join(" ", descriptions));
            this.status = status;
            this.descriptions = List.copyOf(descriptions);
        }
    }

    /** What GET requests may filter on (the spec's parameters). */
    record Filter(List<String> ids, String serviceCode, Instant start, Instant end, String status) {
    }

    private final MessageRegistration registration;
    private final Messages messages;
    private final Open311Services services;
    private final Organisation organisation;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean requireLocation;

    Open311Requests(MessageRegistration registration, Messages messages, Open311Services services,
                    Organisation organisation, JdbcTemplate jdbc, Clock clock, IntakeSettings settings) {
        this.registration = registration;
        this.messages = messages;
        this.services = services;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.clock = clock;
        this.requireLocation = settings.open311RequireLocation();
    }

    /** POST requests: the new message's case number, as service_request_id. */
    @Transactional
    Map<String, Object> submit(long client, Map<String, String> p) {
        String code = p.get("service_code");
        Open311Services.Service service = services.byCode(code == null ? null : code.strip())
                .orElseThrow(() -> new Refused(404, "service_code not found: use one of GET services"));
        Open311Input input = Open311Input.of(p, requireLocation);
        Message message;
        try {
            message = registration.receive(input.message(service.name()));
        } catch (InvalidInputException e) {
            throw new Refused(400, List.copyOf(new TreeMap<>(e.errors()).values()));
        }
        // Where and the picture's link are the message's own (removed with the submitter's details at retention).
        jdbc.update("insert into open311_request (case_number, client_id, service_code, device_id, account_id, "
                        + "requested_at) values (?, ?, ?, ?, ?, ?)",
                message.getCaseNumber(), client, service.code(), input.deviceId(), input.accountId(),
                Timestamp.from(clock.instant()));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", message.getCaseNumber());
        created.put("service_notice", notice(message));
        created.put("account_id", input.accountId());
        return created;
    }

    /** GET requests: this app's requests, newest first, at most {@link #MAX_RESULTS}. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> find(long client, Filter filter) {
        StringBuilder sql = new StringBuilder("select r.* from open311_request r "
                + "join message m on m.case_number = r.case_number where r.client_id = ?");
        List<Object> args = new ArrayList<>(List.of(client));
        if (!filter.ids().isEmpty()) {
            sql.append(" and r.case_number in (").append(placeholders(filter.ids().size())).append(")");
            args.addAll(filter.ids());
        } else {
            // The spec's default window when no dates are given: the last 90 days.
            Instant end = filter.end() == null ? clock.instant() : filter.end();
            Instant start = filter.start() == null ? end.minus(90, ChronoUnit.DAYS) : filter.start();
            sql.append(" and r.requested_at >= ? and r.requested_at <= ?");
            args.add(Timestamp.from(start));
            args.add(Timestamp.from(end));
        }
        if (filter.serviceCode() != null) {
            List<String> codes = List.of(filter.serviceCode().split(",")).stream().map(String::strip).toList();
            sql.append(" and r.service_code in (").append(placeholders(codes.size())).append(")");
            args.addAll(codes);
        }
        if (filter.status() != null) {
            List<String> statuses = List.of(filter.status().split(","));
            boolean open = statuses.contains("open");
            boolean closed = statuses.contains("closed");
            if (open != closed) {
                sql.append(closed ? " and m.status = 'CLOSED'" : " and m.status <> 'CLOSED'");
            } else if (!open) {
                throw new Refused(400, "status must be open, closed or both");
            }
        }
        sql.append(" order by r.requested_at desc, r.case_number desc fetch first " + MAX_RESULTS + " rows only");
        List<Map<String, Object>> rows = jdbc.queryForList(sql.toString(), args.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }
        // The messages of the whole page in one query, not one per request.
        Map<String, Message> byCaseNumber = messages.findByCaseNumberIn(
                        rows.stream().map(row -> (String) row.get("case_number")).toList()).stream()
                .collect(Collectors.toMap(Message::getCaseNumber, m -> m));
        return rows.stream().map(row -> request(row, byCaseNumber.get((String) row.get("case_number")))).toList();
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    /** One request of this app, in the spec's fields. */
    @Transactional(readOnly = true)
    Optional<Map<String, Object>> one(long client, String caseNumber) {
        return jdbc.queryForList("select * from open311_request where case_number = ? and client_id = ?",
                        caseNumber, client).stream().findFirst()
                .map(row -> request(row, messages.findByCaseNumber(caseNumber).orElseThrow()));
    }

    /** A request in the spec's fields: the service code from the request's row, the rest from its message. */
    private Map<String, Object> request(Map<String, Object> row, Message message) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", message.getCaseNumber());
        request.put("status", message.getStatus() == MessageStatus.CLOSED ? "closed" : "open");
        request.put("status_notes", message.getStatus().label());
        request.put("service_name", message.getSubjectArea());
        request.put("service_code", row.get("service_code"));
        request.put("description", message.getText());
        request.put("agency_responsible", message.getUnitCode() == null ? organisation.serviceCentre().name()
                : organisation.unitName(message.getUnitCode()));
        request.put("service_notice", notice(message));
        request.put("requested_datetime", time(message.getReceivedAt()));
        request.put("updated_datetime", time(Stream.of(message.getReceivedAt(), message.getRegisteredAt(),
                message.getContactedAt(), message.getClosedAt()).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null)));
        request.put("expected_datetime", time(message.getContactDeadline()));
        Place place = message.getPlace();
        request.put("address", place.text());
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", place.lat());
        request.put("long", place.lon());
        request.put("media_url", message.getMediaUrl());
        return request;
    }

    /** What the rules table promises the message as it is registered, or as the app described it. */
    private String notice(Message message) {
        MessageRules promise = registration.promisedTo(message);
        return message.getSubmitter().hasPhone() && promise.callBack()
                ? "Meldingen er mottatt. Du blir ringt opp innen " + promise.deadlineText()
                        + " etter at den er registrert."
                : "Meldingen er mottatt og blir registrert av servicesenteret i løpet av arbeidsdagen.";
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(OSLO).toOffsetDateTime().format(W3C);
    }
}
