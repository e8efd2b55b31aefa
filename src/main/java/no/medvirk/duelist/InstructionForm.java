package no.medvirk.duelist;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The chief executive's form (instruct-units): the instruction to the units. */
record InstructionForm(String instruction) {

    /** It is kept on each message, in a column of 4000 characters. */
    static final int MAX_TEXT = 4000;

    /** @throws InvalidInputException when there is no instruction, or it cannot be kept */
    void check() {
        Checks checks = new Checks();
        checks.required(DueListVariables.INSTRUCTION, instruction,
                "Skriv instruksen til enhetene om meldingene som står på restanselisten igjen.");
        checks.text(DueListVariables.INSTRUCTION, instruction, "Instruksen", MAX_TEXT);
        checks.refuseIfAny();
    }
}
