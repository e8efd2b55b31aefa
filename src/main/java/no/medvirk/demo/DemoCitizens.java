package no.medvirk.demo;

import static java.util.Map.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageInput.SubmitterInput;

/**
 * The demo year's citizens: who writes when, through which channel, about what, and what will
 * become of each message (reached on which call, how the answer is taken, whether it is late). The
 * proportions come from decks (see {@link Deck}), so that a short period has the year's shape.
 * Names, phones and addresses are made up and plainly so ("900 00 123", "Eksempelveien 12").
 */
final class DemoCitizens {

    enum Route { UNIT, POLITICAL, EXTERNAL }

    enum Contact { PHONE, WRITTEN, ANONYMOUS }

    /**
     * What will become of a message.
     *
     * @param reachedOnCall the call that reaches the submitter, 1 to 3, or 0 if none does (contact card)
     * @param callsBack whether the submitter calls back after the card
     * @param satisfaction how the submitter takes the answer
     * @param lateness 0 in time, 1 answered a few days after the deadline, 2 two weeks or more after it
     * @param toCaseworker whether the unit leader hands the message to a caseworker rather than taking it
     */
    record Fate(int reachedOnCall, boolean callsBack, String satisfaction, String dissatisfactionReason,
                String alternativeProposal, String answer, int lateness, boolean toCaseworker, long seed) {
    }

    /**
     * A message of the demo year.
     *
     * @param receivedAt when it came in
     * @param byItself whether it came in by itself (web, e-mail, app) and waits for the service
     *                 centre's registration, or is registered by the service centre at once
     */
    record Planned(Instant receivedAt, boolean byItself, MessageInput input, Fate fate) {
    }

    private static final List<String> MANUAL = List.of("PHONE", "CARD", "LETTER", "FAX", "IN_PERSON");

    private final WorkCalendar calendar;
    private final Random random;
    private final Deck<String> weekdayChannels;
    private final Deck<String> weekendChannels;
    private final Deck<String> kinds;
    private final Deck<Route> routes;
    private final Deck<String> winterAreas;
    private final Deck<String> summerAreas;
    private final Deck<String> campaignAreas;
    private final Deck<Contact> contacts;
    private final Deck<Integer> reachedOnCall;
    private final Deck<Boolean> callsBack;
    private final Deck<String> satisfaction;
    private final Deck<Integer> lateness;
    private final Deck<Boolean> toCaseworker;

    DemoCitizens(WorkCalendar calendar, long seed) {
        this.calendar = calendar;
        this.random = new Random(seed);
        weekdayChannels = new Deck<>(List.of(entry("WEB", 13), entry("EMAIL", 9), entry("PHONE", 11),
                entry("OPEN311", 5), entry("CARD", 4), entry("IN_PERSON", 4), entry("LETTER", 3), entry("FAX", 1)),
                random);
        weekendChannels = new Deck<>(List.of(entry("WEB", 6), entry("EMAIL", 2), entry("OPEN311", 2)), random);
        // Complaints to praise 3:1; questions and suggestions 60 %.
        kinds = new Deck<>(List.of(entry("QUESTION", 8), entry("SUGGESTION", 4), entry("COMPLAINT", 6),
                entry("PRAISE", 2)), random);
        routes = new Deck<>(List.of(entry(Route.UNIT, 45), entry(Route.POLITICAL, 2), entry(Route.EXTERNAL, 3)),
                random);
        // Of 45 messages for a unit, 33 are for Vei, park og idrett: two thirds of all messages.
        winterAreas = new Deck<>(List.of(entry("Vei og trafikk", 11), entry("Brøyting og strøing", 9),
                entry("Gatelys", 6), entry("Parker og friområder", 3), entry("Idrettsanlegg", 4),
                entry("Barnehage", 7), entry("Hjemmetjenester", 5)), random);
        summerAreas = new Deck<>(List.of(entry("Vei og trafikk", 13), entry("Gatelys", 3),
                entry("Parker og friområder", 10), entry("Idrettsanlegg", 7), entry("Barnehage", 7),
                entry("Hjemmetjenester", 5)), random);
        campaignAreas = new Deck<>(List.of(entry("Vei og trafikk", 8), entry("Gatelys", 1),
                entry("Barnehage", 1)), random);
        contacts = new Deck<>(List.of(entry(Contact.PHONE, 16), entry(Contact.WRITTEN, 3),
                entry(Contact.ANONYMOUS, 1)), random);
        reachedOnCall = new Deck<>(List.of(entry(1, 29), entry(2, 5), entry(3, 2), entry(0, 4)), random);
        callsBack = new Deck<>(List.of(entry(true, 1), entry(false, 1)), random);
        satisfaction = new Deck<>(List.of(entry("SATISFIED", 15), entry("PARTLY", 3), entry("DISSATISFIED", 2)),
                random);
        lateness = new Deck<>(List.of(entry(0, 36), entry(1, 3), entry(2, 1)), random);
        toCaseworker = new Deck<>(List.of(entry(true, 4), entry(false, 1)), random);
    }

    /** The messages from the start of {@code from} up to {@code until}, in the order they come in. */
    List<Planned> plan(LocalDate from, Instant until, int volume) {
        LocalDate last = until.atZone(calendar.zone()).toLocalDate();
        List<Planned> planned = new ArrayList<>();
        YearShape.messagesPerDay(from, last, volume, random).forEach((day, count) -> {
            List<Planned> ofDay = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ofDay.add(message(day));
            }
            ofDay.stream().filter(p -> !p.receivedAt().isAfter(until)).sorted(Comparator.comparing(Planned::receivedAt))
                    .forEach(planned::add);
        });
        return planned;
    }

    private Planned message(LocalDate day) {
        boolean officeOpen = calendar.isWorkingDay(day);
        String channel = officeOpen ? weekdayChannels.draw() : weekendChannels.draw();
        Instant receivedAt = MANUAL.contains(channel) ? calendar.randomTime(day, random)
                : day.atTime(7 + random.nextInt(16), random.nextInt(60), random.nextInt(60))
                .atZone(calendar.zone()).toInstant();
        String kind = kinds.draw();
        Route route = routes.draw();
        String subjectArea;
        String text;
        String answer;
        List<DemoTexts.Political> political = DemoTexts.POLITICAL.stream().filter(p -> p.kind().equals(kind)).toList();
        List<DemoTexts.External> external = DemoTexts.EXTERNAL.stream().filter(e -> e.kind().equals(kind)).toList();
        if (route == Route.POLITICAL && !political.isEmpty()) {
            DemoTexts.Political chosen = DemoTexts.pick(political, random);
            subjectArea = chosen.subjectArea();
            text = chosen.text();
            answer = DemoTexts.pick(DemoTexts.POLITICAL_ANSWERS, random);
        } else if (route == Route.EXTERNAL && !external.isEmpty()) {
            DemoTexts.External chosen = DemoTexts.pick(external, random);
            subjectArea = chosen.subjectArea();
            text = DemoTexts.withPlace(chosen.text(), random);
            answer = chosen.referral();
        } else {
            // Praise is never political nor for another authority: it goes to the unit.
            route = Route.UNIT;
            subjectArea = YearShape.inCampaign(day) ? campaignAreas.draw()
                    : isWinter(day) ? winterAreas.draw() : summerAreas.draw();
            DemoTexts.Said said = DemoTexts.pick(DemoTexts.AREAS.get(subjectArea).of(kind), random);
            text = DemoTexts.withPlace(said.text(), random);
            answer = said.answer();
        }
        Contact contact = "PHONE".equals(channel) ? Contact.PHONE : contacts.draw();
        SubmitterInput submitter = submitter(contact, channel);

        // Whoever praises is content with being thanked.
        String reaction = "PRAISE".equals(kind) ? "SATISFIED" : satisfaction.draw();
        boolean negative = "DISSATISFIED".equals(reaction);
        Fate fate = new Fate(reachedOnCall.draw(), callsBack.draw(), reaction,
                negative ? DemoTexts.pick(DemoTexts.DISSATISFACTION_REASONS, random) : null,
                negative ? DemoTexts.pick(DemoTexts.ALTERNATIVE_PROPOSALS, random) : null,
                answer, lateness.draw(), toCaseworker.draw(), random.nextLong());
        MessageInput input = new MessageInput(channel,
                LocalDateTime.ofInstant(receivedAt, calendar.zone()).truncatedTo(ChronoUnit.SECONDS).toString(), text,
                kind, subjectArea, route == Route.POLITICAL, route == Route.EXTERNAL, submitter);
        return new Planned(receivedAt, !MANUAL.contains(channel), input, fate);
    }

    private SubmitterInput submitter(Contact contact, String channel) {
        if (contact == Contact.ANONYMOUS) {
            return null;
        }
        String first = DemoTexts.pick(DemoTexts.FIRST_NAMES, random);
        String last = DemoTexts.pick(DemoTexts.SURNAMES, random);
        String phone = contact == Contact.PHONE
                ? (random.nextInt(3) == 0 ? "400 00 " : "900 00 ") + (100 + random.nextInt(900)) : null;
        String address = contact == Contact.WRITTEN || random.nextInt(2) == 0
                ? DemoTexts.pick(DemoTexts.STREETS, random) + " " + (1 + random.nextInt(60)) : null;
        boolean email = "EMAIL".equals(channel) || (contact == Contact.WRITTEN ? address == null || random.nextBoolean()
                : random.nextInt(4) == 0);
        String mail = email ? ascii(first + "." + last) + "@demo.example" : null;
        return new SubmitterInput(first + " " + last, address, phone, mail);
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
    }

    private static boolean isWinter(LocalDate day) {
        Month month = day.getMonth();
        return month == Month.NOVEMBER || month == Month.DECEMBER || month.getValue() <= 3;
    }
}
