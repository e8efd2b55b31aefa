package no.medvirk.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A setting of the routine that a step of Medvirk reads from its element in the model, so that the
 * process owner sees and changes it in Modeler: how long before a meeting the invitation goes out, by
 * when an overdue list is cleared up, who is told of escalations. It is the element's extension
 * property ({@code camunda:property}) of that name, a field of the step's element template. Declared
 * on the step's class: the model check refuses a model whose value is missing or unreadable, and
 * {@link StepSettings} reads it when the step runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(StepSetting.List.class)
public @interface StepSetting {

    /** The extension property's name, as in the template's binding. */
    String name();

    /** What the setting is, in Norwegian, as the element template labels it. */
    String label();

    Kind kind();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        StepSetting[] value();
    }

    /** How a setting is written, read the one way for the check and for the step. */
    enum Kind {

        /** A calendar period, ISO 8601: P21D, P3W, P3M. */
        PERIOD("Skriv perioden etter ISO 8601: P21D er 21 dager, P3W tre uker, P3M tre måneder.") {
            @Override
            Object parse(String value) {
                Period period = Period.parse(value);
                if (period.isNegative() || period.isZero()) {
                    throw new IllegalArgumentException(value);
                }
                return period;
            }
        },

        /** A whole number of at least 1: 3. */
        COUNT("Skriv et helt tall, 1 eller mer, for eksempel 3.") {
            @Override
            Object parse(String value) {
                int count = Integer.parseInt(value.trim());
                if (count < 1) {
                    throw new IllegalArgumentException(value);
                }
                return count;
            }
        },

        /** A day of the week in Norwegian: fredag. */
        WEEKDAY("Skriv en ukedag: mandag, tirsdag, onsdag, torsdag, fredag, lørdag eller søndag.") {
            @Override
            Object parse(String value) {
                DayOfWeek day = WEEKDAYS.get(value.toLowerCase(Locale.ROOT));
                if (day == null) {
                    throw new IllegalArgumentException(value);
                }
                return day;
            }
        },

        /** A time of day, 24-hour clock: 15:00. */
        TIME("Skriv klokkeslettet som 15:00.") {
            @Override
            Object parse(String value) {
                return LocalTime.parse(value, DateTimeFormatter.ofPattern("H:mm"));
            }
        },

        /** A Camunda group whose people the step writes to: chief-executive. */
        GROUP("Skriv en gruppe: service-centre, mayor, chief-executive, committee-secretariat, politicians, "
                + "unit-<enhet> eller unit-<enhet>-leaders.") {
            @Override
            Object parse(String value) {
                if (!GROUP_ID.matcher(value).matches()) {
                    throw new IllegalArgumentException(value);
                }
                return value;
            }
        };

        private static final Map<String, DayOfWeek> WEEKDAYS = Arrays.stream(DayOfWeek.values()).collect(
                Collectors.toMap(day -> day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nb")), day -> day));
        private static final Pattern GROUP_ID = Pattern.compile("[a-z0-9-]+");

        private final String howToWrite;

        Kind(String howToWrite) {
            this.howToWrite = howToWrite;
        }

        /** @throws IllegalArgumentException or {@link DateTimeParseException} when the value is not of this kind */
        abstract Object parse(String value);

        String howToWrite() {
            return howToWrite;
        }
    }
}
