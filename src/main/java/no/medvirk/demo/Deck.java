package no.medvirk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws values in fixed proportions, like cards from a shuffled deck that is shuffled anew when it is
 * empty: every deck's worth of draws holds each value exactly its number of times, so that a short
 * period of the demo year has the year's shape too.
 */
final class Deck<T> {

    private final List<T> cards = new ArrayList<>();
    private final Random random;
    private int next;

    /** @param counts each value and how many cards it has, in a stable order (never a hashed map's) */
    Deck(List<Map.Entry<T, Integer>> counts, Random random) {
        counts.forEach(count -> {
            for (int i = 0; i < count.getValue(); i++) {
                cards.add(count.getKey());
            }
        });
        this.random = random;
        this.next = cards.size();
    }

    T draw() {
        if (next == cards.size()) {
            Collections.shuffle(cards, random);
            next = 0;
        }
        return cards.get(next++);
    }
}
