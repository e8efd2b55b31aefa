package no.medvirk.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

/**
 * The municipality's districts ({@code medvirk.map.districts}, GeoJSON): which one a message's point lies in,
 * so that the statistics can count messages per area without keeping the point past retention.
 */
@Component
public class Districts {

    /** A point outside every district. */
    public static final String OUTSIDE = "Utenfor områdene";
    /** What the statistics call messages without a point. */
    public static final String NONE = "Uten oppgitt sted";

    private record District(String name, Geometry shape) {
    }

    private final GeometryFactory geometries = new GeometryFactory();
    private final List<District> districts;

    Districts(MapSettings settings) {
        this.districts = read(settings);
    }

    /** The district the point lies in, {@link #OUTSIDE} when none; null without a point. */
    String of(Place place) {
        if (place == null || !place.hasPoint()) {
            return null;
        }
        var point = geometries.createPoint(new Coordinate(place.lon(), place.lat()));
        return districts.stream().filter(d -> d.shape().covers(point)).map(District::name).findFirst().orElse(OUTSIDE);
    }

    /** The districts' names, in the file's order. */
    public List<String> names() {
        return districts.stream().map(District::name).toList();
    }

    private List<District> read(MapSettings settings) {
        if (settings.districts() == null || !settings.districts().exists()) {
            return List.of();
        }
        try (InputStream in = settings.districts().getInputStream()) {
            JsonNode collection = new ObjectMapper().readTree(in);
            List<District> read = new ArrayList<>();
            for (JsonNode feature : collection.path("features")) {
                String name = feature.path("properties").path("name").asText(null);
                JsonNode geometry = feature.path("geometry");
                if (name == null || name.isBlank()) {
                    throw new IllegalStateException("A district in " + settings.districts() + " has no name property");
                }
                read.add(new District(name, shape(geometry)));
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the districts " + settings.districts(), e);
        }
    }

    /** A GeoJSON Polygon or MultiPolygon ([lon, lat] pairs, the first ring the outline, the others holes). */
    private Geometry shape(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(part)));
                yield geometries.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IllegalStateException("A district must be a Polygon or MultiPolygon, not " + type);
        };
    }

    private Polygon polygon(JsonNode rings) {
        List<LinearRing> read = new ArrayList<>();
        rings.forEach(ring -> {
            List<Coordinate> points = new ArrayList<>();
            ring.forEach(p -> points.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
            read.add(geometries.createLinearRing(points.toArray(Coordinate[]::new)));
        });
        return geometries.createPolygon(read.get(0), read.subList(1, read.size()).toArray(LinearRing[]::new));
    }
}
