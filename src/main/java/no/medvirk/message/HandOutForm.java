package no.medvirk.message;

import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;

/** The form that hands a message out (assign-caseworker): the caseworker chosen. */
record HandOutForm(String caseworker) {

    /**
     * @return the caseworker, one of the unit's (see {@link OfferCaseworkers#candidates})
     * @throws InvalidInputException when none of them is chosen
     */
    String check(Organisation.Unit unit) {
        if (caseworker == null || !OfferCaseworkers.candidates(unit).contains(caseworker)) {
            throw new InvalidInputException(MessageVariables.CASEWORKER, "Velg en saksbehandler i " + unit.name() + ".");
        }
        return caseworker;
    }
}
