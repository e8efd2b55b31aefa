package no.medvirk.dialogue;

import java.util.List;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/**
 * The user council's items for a meeting's agenda (register-agenda-input), as rows of a dynamic
 * list. Who proposed an item is personal data, kept from the engine's history like the minutes'
 * names ({@code medvirk.personal-variables}).
 */
record AgendaForm(List<Item> items) {

    static final String ITEMS = "agendaItems";

    /** One row: the item, and who proposed it. */
    record Item(String text, String proposedBy) {
    }

    /**
     * @return the items with a text; an empty row Tasklist added, or one without a text, is left out
     * @throws InvalidInputException when a text does not fit
     */
    List<Item> check() {
        Checks checks = new Checks();
        for (int i = 0; i < items.size(); i++) {
            String row = "Nye saker, rad " + (i + 1);
            checks.text(ITEMS, items.get(i).text(), row + ": saken", TextLimits.TEXT);
            checks.text(ITEMS, items.get(i).proposedBy(), row + ": «Meldt inn av»", TextLimits.NAME);
        }
        checks.refuseIfAny();
        return items.stream().filter(item -> item.text() != null).toList();
    }

    @Override
    public String toString() {
        return "AgendaForm[who proposed the items]";
    }
}
