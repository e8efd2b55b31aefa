package no.medvirk.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;

/** When a meeting is: a day, and from and to in Oslo's local time (D1: afternoon or evening, two hours). */
record MeetingTime(LocalDate date, LocalTime start, LocalTime end) {
}
