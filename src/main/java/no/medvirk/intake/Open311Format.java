package no.medvirk.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GeoReport v2 answers in the format the path asks for ({@code .json} or {@code .xml}). The XML is
 * the spec's: a root element, one element per item, one per field; lists inside an item are named
 * by the spec's plural/singular pairs. Written with the JDK's StAX, so text is always escaped, and
 * a character XML 1.0 cannot hold (a control character in a text stored before the intake refused
 * them) is written as U+FFFD, so that one request never spoils an app's whole list.
 */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(MediaType.TEXT_XML);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> SINGULAR = Map.of(
            "services", "service", "service_requests", "request", "errors", "error", "endpoints", "endpoint",
            "formats", "format", "attributes", "attribute", "values", "value");

    private final MediaType type;

    Open311Format(MediaType type) {
        this.type = type;
    }

    static Open311Format of(String suffix) {
        return switch (suffix) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Requests.Refused(404, "format must be json or xml");
        };
    }

    /** A list answer: in JSON the array itself, in XML under its root element. */
    ResponseEntity<String> list(int status, String root, List<? extends Map<String, ?>> items) {
        return ResponseEntity.status(status).contentType(type).body(this == JSON ? json(items) : xml(root, items));
    }

    /** An object answer (discovery, a service definition). */
    ResponseEntity<String> object(String root, Map<String, ?> fields) {
        return ResponseEntity.ok().contentType(type).body(this == JSON ? json(fields) : xml(root, fields));
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(String root, Object value) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, value);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                element(xml, field.getKey().toString(), field.getValue());
            }
        } else if (value instanceof List<?> items) {
            String item = SINGULAR.getOrDefault(name, "item");
            for (Object each : items) {
                element(xml, item, each);
            }
        } else if (value != null) {
            xml.writeCharacters(xmlText(value.toString()));
        }
        xml.writeEndElement();
    }

    /** The text with every character outside XML 1.0's {@code Char} production replaced by U+FFFD. */
    private static String xmlText(String text) {
        StringBuilder xml = new StringBuilder(text.length());
        text.codePoints().forEach(c -> xml.appendCodePoint(xmlChar(c) ? c : 0xFFFD));
        return xml.toString();
    }

    private static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
    }
}
