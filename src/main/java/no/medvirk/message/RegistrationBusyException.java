package no.medvirk.message;

/**
 * A registration that lost every race for a lock (the case number's, the engine's) and was given up,
 * with nothing stored: the caller is asked to send it again a little later.
 */
public class RegistrationBusyException extends RuntimeException {

    /** How long the caller is asked to wait (the Retry-After of the answer). */
    public static final int RETRY_AFTER_SECONDS = 5;

    RegistrationBusyException(int attempts, Throwable lastFailure) {
        super("Registration given up after " + attempts + " attempts, each lost a race for a lock", lastFailure);
    }
}
