package no.medvirk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How many messages come in on each day of a period, in the shape of Larvik's figures: a normal
 * weekday brings five to ten, a weekend or holiday two or three, the two weeks after the scheme's
 * launch in January up to sixty a day, and a week of campaign in spring as many again; July is
 * quiet. The day's weights are scaled so that the period holds the volume asked for. Larvik's
 * figures are under M12 in docs/requirements.md.
 */
final class YearShape {

    static final int MOST_IN_A_DAY = 60;

    /** The two weeks after the launch: the first Monday after New Year, then falling off. */
    private static final double[] LAUNCH = {60, 52, 45, 40, 34, 8, 6, 30, 26, 22, 18, 15};
    /** The spring campaign ("Meld fra om hull i veien"): the week after Easter's, weekdays. */
    private static final double[] CAMPAIGN = {44, 55, 40, 30, 22};

    private YearShape() {
    }

    /** The scheme's launch: the first Monday of the year after New Year's Day. */
    static LocalDate launch(int year) {
        return LocalDate.of(year, 1, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** The spring campaign's first day: the Monday two weeks after Easter Monday. */
    static LocalDate campaign(int year) {
        return WorkCalendar.easterSunday(year).plusDays(15);
    }

    static boolean inCampaign(LocalDate day) {
        long offset = day.toEpochDay() - campaign(day.getYear()).toEpochDay();
        return offset >= 0 && offset < CAMPAIGN.length;
    }

    /**
     * @param from the first day
     * @param to the last day (included)
     * @param volume how many messages the period holds in all
     */
    static Map<LocalDate, Integer> messagesPerDay(LocalDate from, LocalDate to, int volume, Random random) {
        List<LocalDate> days = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double sum = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double weight = weight(day) * (0.75 + 0.5 * random.nextDouble());
            days.add(day);
            weights.add(weight);
            sum += weight;
        }
        // Largest remainders, so that the days add up to the volume exactly (unless a day is full).
        double scale = sum == 0 ? 0 : volume / sum;
        int[] counts = new int[days.size()];
        double[] remainders = new double[days.size()];
        int given = 0;
        for (int i = 0; i < days.size(); i++) {
            double exact = weights.get(i) * scale;
            counts[i] = Math.min(MOST_IN_A_DAY, (int) Math.floor(exact));
            remainders[i] = exact - Math.floor(exact);
            given += counts[i];
        }
        while (given < volume) {
            int best = -1;
            for (int i = 0; i < days.size(); i++) {
                if (counts[i] < MOST_IN_A_DAY && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        for (int i = 0; i < days.size(); i++) {
            perDay.put(days.get(i), counts[i]);
        }
        return perDay;
    }

    /** The unscaled expected messages of a day. */
    static double weight(LocalDate day) {
        long sinceLaunch = day.toEpochDay() - launch(day.getYear()).toEpochDay();
        if (sinceLaunch >= 0 && sinceLaunch < LAUNCH.length) {
            return LAUNCH[(int) sinceLaunch];
        }
        long sinceCampaign = day.toEpochDay() - campaign(day.getYear()).toEpochDay();
        if (sinceCampaign >= 0 && sinceCampaign < CAMPAIGN.length) {
            return CAMPAIGN[(int) sinceCampaign];
        }
        if (WorkCalendar.isHoliday(day)) {
            return 2;
        }
        double weekday = switch (day.getDayOfWeek()) {
            case MONDAY -> 11;
            case TUESDAY -> 9;
            case WEDNESDAY -> 8.5;
            case THURSDAY -> 8;
            case FRIDAY -> 6.5;
            case SATURDAY -> 2.5;
            case SUNDAY -> 2;
        };
        if (day.getMonth() == Month.JULY && weekday > 3) {
            return weekday * 0.55;
        }
        // Before the launch only the old channels bring messages.
        return sinceLaunch < 0 ? weekday * 0.4 : weekday;
    }
}
