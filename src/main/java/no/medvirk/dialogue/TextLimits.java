package no.medvirk.dialogue;

/**
 * How many characters each free text of the dialogue records may have: its column's length
 * (db/migration/V6__dialogue.sql), but never more than 4000, since a form's text passes through an
 * engine variable, which holds 4000 (the assessment and the minutes' points have columns of 8000).
 */
final class TextLimits {

    static final int TEXT = 4000;
    static final int NAME = 200;
    static final int PLACE = 300;
    static final int NEXT_MEETING = 400;
    static final int ARCHIVE_CASE_NUMBER = 40;
    static final int WISHED_PERIOD = 200;
    static final int EMAIL = 320;

    private TextLimits() {
    }
}
