package no.medvirk.duelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DueListRowsTest {

    @Test
    void shouldShowALongListWithinWhatTheEngineStoresAndSayHowManyMoreThePdfHolds() {
        List<DueListRows.Row> rows = IntStream.rangeClosed(1, 100).mapToObj(i -> new DueListRows.Row("26/" + i,
                "Vei, park og idrett", "02.02.2026", "12.02.2026", "Kari Nordmann", 2, 5, 1, "/sak/26/" + i)).toList();

        String table = DueListRows.markdown(rows, 3900);

        assertThat(table).hasSizeLessThanOrEqualTo(3900).contains("[26/1](/sak/26/1)")
                .doesNotContain("[26/100]").endsWith("meldinger til: se hele listen som PDF eller CSV.*");
        int shown = (int) table.lines().filter(line -> line.startsWith("| [")).count();
        assertThat(table).contains("… og " + (100 - shown) + " meldinger til");
    }

    @Test
    void shouldShowAShortListWhole() {
        List<DueListRows.Row> rows = List.of(new DueListRows.Row("26/1", "Barnehage", "02.02.2026", "12.02.2026",
                "ikke fordelt", 0, 0, 0, "/sak/26/1"));

        assertThat(DueListRows.markdown(rows, 3900)).contains("[26/1](/sak/26/1)").doesNotContain("meldinger til");
    }
}
