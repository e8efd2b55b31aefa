package no.medvirk.message;

/** The standard answers file cannot be used; the message says, in Norwegian, what to correct. */
class InvalidStandardAnswersException extends RuntimeException {

    InvalidStandardAnswersException(String message) {
        super(message);
    }
}
