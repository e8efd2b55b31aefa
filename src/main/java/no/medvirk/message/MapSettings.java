package no.medvirk.message;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The map of the message card and the districts of the statistics.
 *
 * @param tilesUrl the tile server, as Leaflet takes it ({@code https://…/{z}/{x}/{y}.png}); empty: no map, the
 *        card asks for the place in words only
 * @param attribution the tile server's required credit, shown on the map
 * @param centerLat where the map opens (the municipality), latitude
 * @param centerLon where the map opens, longitude
 * @param zoom the map's first zoom level
 * @param districts a GeoJSON FeatureCollection of the municipality's districts (polygons with a {@code name}
 *        property): a message with a point counts under the district it lies in
 */
@ConfigurationProperties(prefix = "medvirk.map")
public record MapSettings(@DefaultValue("") String tilesUrl, @DefaultValue("") String attribution,
                          @DefaultValue("59.0533") double centerLat, @DefaultValue("10.0350") double centerLon,
                          @DefaultValue("12") int zoom,
                          @DefaultValue("classpath:districts-demo.geojson") Resource districts) {

    public boolean hasTiles() {
        return tilesUrl != null && !tilesUrl.isBlank();
    }

    /** The tile server's origin (scheme, host and port), for the card's Content-Security-Policy; null without tiles. */
    public String tilesOrigin() {
        if (!hasTiles()) {
            return null;
        }
        java.net.URI uri = java.net.URI.create(tilesUrl.replaceAll("\\{[a-z]}", "x"));
        return uri.getScheme() + "://" + uri.getHost().replaceFirst("^x\\.", "*.") + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
