package no.medvirk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image Jib wrote ({@code ./mvnw -Pimage package}, target/medvirk-image.tar): its entry point, user,
 * ports and volumes, and in its layers a Java runtime, Medvirk's libraries, its own jar (classes, models,
 * the demo organisation) and the start script. Run by the image profile right after the tar is written.
 */
class ImageTarTest {

    private static final Path IMAGE = Path.of("target", "medvirk-image.tar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode config;
    private static List<Map<String, TarArchiveEntry>> layers;

    @BeforeAll
    static void readTheImage() throws IOException {
        Assumptions.assumeTrue(Files.exists(IMAGE), "No image here: ./mvnw -Pimage package makes it");
        Map<String, byte[]> files = new HashMap<>();
        try (var tar = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(IMAGE)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                files.put(entry.getName(), tar.readAllBytes());
            }
        }
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        config = JSON.readTree(files.get(manifest.get("Config").asText()));
        layers = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            layers.add(entries(files.get(layer.asText())));
        }
    }

    @Test
    void startsMedvirkThroughItsScriptAsAUserWithoutRights() {
        JsonNode container = config.get("config");
        assertThat(container.get("Entrypoint").toString()).isEqualTo("[\"/app/bin/medvirk\"]");
        assertThat(container.get("User").asText()).isEqualTo("10001:10001");
        assertThat(container.get("WorkingDir").asText()).isEqualTo("/app");
        assertThat(container.get("ExposedPorts").fieldNames()).toIterable().contains("8080/tcp", "8081/tcp");
        assertThat(container.get("Volumes").fieldNames()).toIterable().contains("/app/data", "/app/cds");
        assertThat(container.get("Env").toString()).contains("TZ=Europe/Oslo");
    }

    @Test
    void itsLayersHoldAJavaRuntimeAndMedvirkWithTheLibrariesApartFromItsOwnJar() {
        // The base's layers first, then Jib's: libraries, Medvirk's jar, and the extra files.
        assertThat(layers.size()).isGreaterThanOrEqualTo(4);
        assertThat(layerWith(name -> name.matches("(\\./)?usr/lib/jvm/[^/]+/bin/java") || name.matches("(\\./)?opt/java/openjdk/bin/java")))
                .as("a Java runtime in the base").isNotNegative();
        int libraries = layerWith(name -> name.matches("app/libs/camunda-engine-[\\d.]+\\.jar"));
        int medvirk = layerWith(name -> name.matches("app/classpath/medvirk-[^/]+\\.jar"));
        assertThat(libraries).isNotNegative();
        // A change of Medvirk's code ships a small layer, not the libraries again.
        assertThat(medvirk).isGreaterThan(libraries);
        assertThat(layers.get(medvirk)).hasSizeLessThan(10);
        TarArchiveEntry script = entry("app/bin/medvirk");
        assertThat(script.getMode() & 0777).isEqualTo(0755);
        assertThat(entry("app/cds").getMode() & 0777).isEqualTo(0777);
        assertThat(entry("app/jib-classpath-file")).isNotNull();
        assertThat(entry("app/jvm.options")).isNotNull();
    }

    private static int layerWith(java.util.function.Predicate<String> name) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).keySet().stream().anyMatch(name)) {
                return i;
            }
        }
        return -1;
    }

    private static TarArchiveEntry entry(String name) {
        return layers.stream().map(layer -> layer.get(name)).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is in no layer"));
    }

    /** A layer's entries by name without a leading slash or "./"; gzipped or not. */
    private static Map<String, TarArchiveEntry> entries(byte[] layer) throws IOException {
        InputStream in = new ByteArrayInputStream(layer);
        if (layer.length > 2 && (layer[0] & 0xff) == 0x1f && (layer[1] & 0xff) == 0x8b) {
            in = new GZIPInputStream(in);
        }
        Map<String, TarArchiveEntry> entries = new HashMap<>();
        try (var tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                entries.put(entry.getName().replaceFirst("^\\.?/", "").replaceFirst("/$", ""), entry);
            }
        }
        return entries;
    }
}
