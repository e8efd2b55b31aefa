package no.medvirk.message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.forms.Labelled;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "Saker": find any case one may read, in a plain form that works without script. Everything shown is escaped. */
@Controller
class CasesPage {

    /** One found case as a row of the page, in Norwegian words. */
    record Row(String caseNumber, String url, String status, String received, String kind, String subjectArea,
               String unit, String deadline, boolean overdue, String excerpt, String duplicateOf) {
    }

    /** A choice of a select: its value and what it says. */
    record Option(String value, String label) {
    }

    private final MessageSearch search;
    private final Organisation organisation;
    private final SubjectAreas subjectAreas;
    private final IdentityService identityService;
    private final Clock clock;

    CasesPage(MessageSearch search, Organisation organisation, SubjectAreas subjectAreas,
              IdentityService identityService, Clock clock) {
        this.search = search;
        this.organisation = organisation;
        this.subjectAreas = subjectAreas;
        this.identityService = identityService;
        this.clock = clock;
    }

    @GetMapping("/saker")
    String show(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> asked = new LinkedHashMap<>();
        for (String name : List.of("q", "status", "unit", "subjectArea", "kind", "channel", "from", "to", "overdue",
                "sort")) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                asked.put(name, value);
            }
        }
        model.addAttribute("asked", asked);
        model.addAttribute("options", options());
        try {
            CaseQuery query = CaseQuery.of(asked.get("q"), asked.get("status"), asked.get("unit"),
                    asked.get("subjectArea"), asked.get("kind"), asked.get("channel"), asked.get("from"), asked.get("to"),
                    asked.get("overdue"), asked.get("sort"), params.get("page"), params.get("size"));
            MessageSearch.Result result = search.find(query);
            var zone = clock.getZone();
            model.addAttribute("rows", result.items().stream().map(f -> new Row(f.caseNumber(), "/sak/" + f.caseNumber(),
                    f.status().label(), Dates.day(f.receivedAt(), zone), label(f.kind()), f.subjectArea(),
                    organisation.unitName(f.unit()), Dates.day(f.contactDeadline(), zone), f.overdue(), f.excerpt(), f.duplicateOf()))
                    .toList());
            model.addAttribute("total", result.total());
            model.addAttribute("more", result.more());
            int pages = (int) Math.max(1, (result.total() + query.size() - 1) / query.size());
            model.addAttribute("pageNumber", query.page() + 1);
            model.addAttribute("pages", pages);
            model.addAttribute("previous", query.page() > 0 ? link("/saker", asked, query.page() - 1) : null);
            model.addAttribute("next", query.page() + 1 < pages ? link("/saker", asked, query.page() + 1) : null);
            model.addAttribute("csv", link("/api/messages.csv", asked, null));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors().values());
        } catch (ResponseStatusException e) {
            model.addAttribute("errors", List.of(e.getReason()));
        }
        return "cases";
    }

    private Map<String, List<Option>> options() {
        List<String> readable = MessageSearch.readableUnits(CurrentUser.groups(identityService));
        Map<String, List<Option>> options = new LinkedHashMap<>();
        List<Option> statuses = new java.util.ArrayList<>(List.of(new Option("OPEN", "Alle åpne")));
        statuses.addAll(enumOptions(MessageStatus.values()));
        options.put("status", statuses);
        options.put("unit", organisation.units().stream().filter(u -> readable == null || readable.contains(u.code()))
                .map(u -> new Option(u.code(), u.name())).toList());
        options.put("subjectArea", subjectAreas.all().stream().map(a -> new Option(a, a)).toList());
        options.put("kind", enumOptions(Kind.values()));
        options.put("channel", enumOptions(Channel.values()));
        options.put("sort", Arrays.stream(CaseQuery.Sort.values())
                .map(s -> new Option(s.name().toLowerCase(Locale.ROOT), s.label())).toList());
        return options;
    }

    private static <E extends Enum<E> & Labelled> List<Option> enumOptions(E[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), v.label())).toList();
    }

    private static String link(String path, Map<String, String> asked, Integer page) {
        Map<String, String> params = new LinkedHashMap<>(asked);
        if (page != null) {
            params.put("page", String.valueOf(page));
        }
        return params.isEmpty() ? path : path + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }
}
